package com.slacredits.domain.support;

import java.time.LocalDate;

/** The public holidays of whole countries, as the holiday library lists them; the domain reads no library files. */
public interface PublicHolidays {

    /** Whether the library knows this ISO 3166 two-letter country code, whatever its case. */
    boolean knows(String country);

    /** Whether the date is a public holiday (not an observance) of the country as a whole, no region. */
    boolean isHoliday(String country, LocalDate date);
}
