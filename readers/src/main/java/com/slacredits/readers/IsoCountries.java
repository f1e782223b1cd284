package com.slacredits.readers;

import com.slacredits.domain.support.PublicHolidays;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * The ISO 3166 two-letter codes the JDK lists, and no holiday at all: what the pack loader and
 * contracts.csv check a country against when their caller passes no holiday library. A run passes the
 * library, which may know fewer countries; this only keeps the callers that predate support SLAs working,
 * and refuses to stand in for the library when a clock asks for a holiday.
 */
public final class IsoCountries implements PublicHolidays {

    public static final IsoCountries WITHOUT_HOLIDAYS = new IsoCountries();

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private IsoCountries() {
    }

    @Override
    public boolean knows(String country) {
        return CODES.contains(country.toUpperCase(Locale.ROOT));
    }

    @Override
    public boolean isHoliday(String country, LocalDate date) {
        throw new UnsupportedOperationException("no holiday library was given: pass one to measure support tickets");
    }
}
