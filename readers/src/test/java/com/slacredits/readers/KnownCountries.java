package com.slacredits.readers;

import com.slacredits.domain.support.PublicHolidays;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * A holiday library for the readers' tests, which only ask whether it knows a country: the countries of
 * the built-in packs and a few more, not France, so that a valid ISO code it does not know can be tried.
 */
public final class KnownCountries implements PublicHolidays {

    public static final KnownCountries HOLIDAY_LIBRARY = new KnownCountries();

    private static final Set<String> CODES = Set.of("NL", "BG", "BE", "DE", "US");

    private KnownCountries() {
    }

    @Override
    public boolean knows(String country) {
        return CODES.contains(country.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean isHoliday(String country, LocalDate date) {
        throw new UnsupportedOperationException("the readers do not ask for holidays");
    }
}
