package com.slacredits.readers.holidays;

import com.slacredits.domain.support.PublicHolidays;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/**
 * Public holidays as Jollyday 2.19 lists them (support-sla.md, section 2): the days of type
 * {@link HolidayType#PUBLIC_HOLIDAY} of a country's own calendar, asked for with no region, so that
 * neither observances nor a province's or state's holidays count.
 *
 * <p>A run asks for every open hour of every ticket, millions of times, while Jollyday parses its
 * rules again for each new year it is asked about and answers {@code isHoliday} by scanning a set.
 * So each country and year is asked once and kept as one bit per day of the year. Safe to share
 * between threads: the caches are concurrent maps, and a year's days never change once made.
 */
public final class JollydayHolidays implements PublicHolidays {

    /**
     * The countries the library has a calendar for. Its list also holds markets and exchanges
     * ({@code NYSE}, {@code TARGET}), which are not ISO 3166 countries: only two-letter codes count.
     */
    private static final Set<String> COUNTRIES = HolidayManager.getSupportedCalendarCodes().stream()
            .filter(JollydayHolidays::isTwoLetters)
            .map(code -> code.toUpperCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private final ConcurrentMap<String, Country> countries = new ConcurrentHashMap<>();

    @Override
    public boolean knows(String country) {
        // checked before the library sees it: Jollyday reads an empty code as the default locale's country
        return country != null && isTwoLetters(country) && COUNTRIES.contains(country.toUpperCase(Locale.ROOT));
    }

    /** @throws IllegalArgumentException for a country the library does not know: a pack naming one is invalid */
    @Override
    public boolean isHoliday(String country, LocalDate date) {
        return countryOf(country).isHoliday(date);
    }

    private Country countryOf(String country) {
        // the code as the pack writes it, every time after the first: no case to fold, nothing to check
        Country known = country == null ? null : countries.get(country);
        if (known != null) {
            return known;
        }
        if (!knows(country)) {
            throw new IllegalArgumentException("the holiday library does not know the country " + country);
        }
        // one Country per country, whatever the case it is asked in, kept under each spelling asked
        Country canonical = countries.computeIfAbsent(country.toUpperCase(Locale.ROOT), Country::new);
        countries.putIfAbsent(country, canonical);
        return canonical;
    }

    private static boolean isTwoLetters(String code) {
        return code.length() == 2 && isLetter(code.charAt(0)) && isLetter(code.charAt(1));
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** One country's holidays, year by year as they are asked for. */
    private static final class Country {

        private final HolidayManager manager;
        private final ConcurrentMap<Integer, long[]> years = new ConcurrentHashMap<>();

        Country(String code) {
            // a manager per country and no region: the country as a whole
            manager = HolidayManager.getInstance(ManagerParameters.create(code.toLowerCase(Locale.ROOT)));
        }

        boolean isHoliday(LocalDate date) {
            long[] days = years.computeIfAbsent(date.getYear(), this::holidaysOf);
            int day = date.getDayOfYear() - 1;
            return (days[day >>> 6] & (1L << day)) != 0;
        }

        /**
         * One bit per day of the year, set on each public holiday kept on it. Jollyday lists a holiday
         * under the year of its rule, kept on the day it moves to: one moved across New Year (31 December
         * on a Saturday kept on the Monday after) is listed under the year before. So the years on either
         * side are asked too, and every holiday kept in this year counts.
         */
        private long[] holidaysOf(int year) {
            long[] days = new long[6];
            for (int listed = year - 1; listed <= year + 1; listed++) {
                // no region argument: only the holidays of the country's own calendar
                for (Holiday holiday : manager.getHolidays(Year.of(listed), HolidayType.PUBLIC_HOLIDAY)) {
                    // getDate() is the day the holiday is kept: a Bulgarian holiday on a Sunday moves to the Monday
                    LocalDate kept = holiday.getDate();
                    if (kept.getYear() == year) {
                        int day = kept.getDayOfYear() - 1;
                        days[day >>> 6] |= 1L << day;
                    }
                }
            }
            return days;
        }
    }
}
