package com.slacredits.domain.support;

import com.slacredits.domain.Contract;
import com.slacredits.domain.PackDefinitionException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A calendar a pack defines (support SLAs, section 2): open on each local date of {@code days} in its
 * zone that is neither a public holiday of its country nor one of {@code closedDays}, from
 * {@code opens} up to (not including) {@code closes}, local time.
 *
 * @param zone empty for {@code zone: customer}: each contract's support_zone
 * @param country the country whose public holidays close it, upper case; empty for none, and for
 *     {@code holidays: customer}
 * @param customerHolidays {@code holidays: customer}: each contract's support_country, when it has one
 * @param closedDays days the provider announced it is closed
 */
public record WeeklyCalendar(
        String name,
        Optional<ZoneId> zone,
        Set<DayOfWeek> days,
        LocalTime opens,
        LocalTime closes,
        Optional<String> country,
        boolean customerHolidays,
        Set<LocalDate> closedDays) implements BusinessCalendar {

    public WeeklyCalendar {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(closedDays, "closedDays");
        // The pack's calendars are a mapping by name: its reader refuses these with the key they sit under.
        if (name.isBlank() || name.equals(ALWAYS_NAME)) {
            throw new IllegalArgumentException("a pack's calendar cannot be named '" + name + "'");
        }
        if (days.isEmpty()) {
            throw new PackDefinitionException("days", "needs at least one day of the week");
        }
        if (!opens.isBefore(closes)) {
            throw new PackDefinitionException("opens", opens + " is not before closes " + closes);
        }
        if (customerHolidays && country.isPresent()) {
            throw new IllegalArgumentException("calendar " + name + " takes its holidays from the customer or from "
                    + country.get() + ", not both");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        country = country.map(code -> code.toUpperCase(Locale.ROOT));
        closedDays = Set.copyOf(closedDays);
    }

    @Override
    public boolean usesCustomerZone() {
        return zone.isEmpty();
    }

    @Override
    public OpenHours hoursFor(Contract contract, PublicHolidays holidays) {
        return hoursIn(zoneFor(contract), countryFor(contract), holidays);
    }

    /** The hours in one zone, closed on the public holidays of {@code holidayCountry} when given. */
    public OpenHours hoursIn(ZoneId hoursZone, Optional<String> holidayCountry, PublicHolidays holidays) {
        return new WeeklyHours(hoursZone, days, opens, closes, holidayCountry, holidays, closedDays);
    }

    /** The zone the calendar has for this contract: its own, or the contract's support_zone. */
    public ZoneId zoneFor(Contract contract) {
        return zone.or(contract::supportZone).orElseThrow(() -> new IllegalStateException("contract "
                + contract.contractId() + " has no support_zone, which calendar " + name + " needs"));
    }

    /** Whose public holidays close the calendar for this contract; empty when none do. */
    public Optional<String> countryFor(Contract contract) {
        return customerHolidays ? contract.supportCountry() : country;
    }
}
