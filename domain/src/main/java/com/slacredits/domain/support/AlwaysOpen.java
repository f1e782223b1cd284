package com.slacredits.domain.support;

import com.slacredits.domain.Contract;
import java.time.Instant;

/** The built-in calendar {@code ALWAYS}: every instant, so elapsed time is real time, across summer time too. */
final class AlwaysOpen implements BusinessCalendar, OpenHours {

    static final AlwaysOpen INSTANCE = new AlwaysOpen();

    private AlwaysOpen() {
    }

    @Override
    public String name() {
        return ALWAYS_NAME;
    }

    @Override
    public OpenHours hoursFor(Contract contract, PublicHolidays holidays) {
        return this;
    }

    @Override
    public boolean usesCustomerZone() {
        return false;
    }

    @Override
    public long openSeconds(Instant from, Instant to) {
        return Math.max(0, to.getEpochSecond() - from.getEpochSecond());
    }

    @Override
    public Instant reach(Instant from, long seconds) {
        return Instant.ofEpochSecond(from.getEpochSecond() + Math.max(0, seconds));
    }

    @Override
    public String toString() {
        return ALWAYS_NAME;
    }
}
