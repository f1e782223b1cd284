package com.slacredits.domain.support;

import com.slacredits.domain.Contract;

/**
 * The times at which a support target's clock runs (support SLAs, section 2): {@link #ALWAYS}, or the
 * weekly open hours a pack defines. A pack's calendar may take its zone or its holidays from the
 * contract, so the hours themselves are only known for one contract.
 */
public sealed interface BusinessCalendar permits AlwaysOpen, WeeklyCalendar {

    /** The name of the built-in calendar, which a pack may not give one of its own. */
    String ALWAYS_NAME = "ALWAYS";

    /** Every instant. */
    BusinessCalendar ALWAYS = AlwaysOpen.INSTANCE;

    /** The name targets give it, {@code ALWAYS} included: support.csv shows it. */
    String name();

    /**
     * The hours for one contract. A contract whose edition needs its support_zone has one: the row was
     * rejected otherwise.
     */
    OpenHours hoursFor(Contract contract, PublicHolidays holidays);

    /** Whether the calendar takes its zone from the contract's support_zone ({@code zone: customer}). */
    boolean usesCustomerZone();
}
