package com.slacredits.domain.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public holidays support-sla.md, section 2, gives for 2026, copied from it: the Netherlands,
 * Bulgaria and Belgium. Knows those three countries only, and no holiday of another year.
 */
public final class Holidays2026 implements PublicHolidays {

    public static final Holidays2026 HOLIDAYS = new Holidays2026();

    private static final Map<String, Set<LocalDate>> DAYS = Map.of(
            "NL", days("01-01", "04-05", "04-06", "04-27", "05-05", "05-14", "05-24", "05-25", "12-25", "12-26"),
            "BG", days("01-01", "01-02", "03-03", "04-10", "04-11", "04-12", "04-13", "05-01", "05-06", "05-25",
                    "09-07", "09-22", "12-24", "12-25", "12-28"),
            "BE", days("01-01", "04-05", "04-06", "05-01", "05-14", "05-24", "05-25", "07-21", "08-15", "11-01",
                    "11-11", "12-25"));

    private Holidays2026() {
    }

    private static Set<LocalDate> days(String... monthDays) {
        return Arrays.stream(monthDays).map(day -> LocalDate.parse("2026-" + day)).collect(Collectors.toSet());
    }

    @Override
    public boolean knows(String country) {
        return DAYS.containsKey(country.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean isHoliday(String country, LocalDate date) {
        Set<LocalDate> days = DAYS.get(country.toUpperCase(Locale.ROOT));
        if (days == null) {
            throw new IllegalArgumentException("no holidays known for " + country);
        }
        return days.contains(date);
    }
}
