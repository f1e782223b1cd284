package com.slacredits.domain.support;

import java.time.Instant;

/**
 * A business calendar made concrete for one contract (support SLAs, section 2): the instants at which a
 * clock counted on it runs. Measures whole seconds; a fraction of a second was dropped when the row was read.
 */
public sealed interface OpenHours permits AlwaysOpen, WeeklyHours {

    /** The measure, in seconds, of the open instants from {@code from} up to (not including) {@code to}. */
    long openSeconds(Instant from, Instant to);

    /**
     * The earliest instant at which {@code seconds} of open time have passed since {@code from}: the end of
     * the last of them, so that a target reached as the calendar closes is reached at the closing instant.
     */
    Instant reach(Instant from, long seconds);
}
