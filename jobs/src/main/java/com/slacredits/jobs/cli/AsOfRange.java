package com.slacredits.jobs.cli;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The as-of dates a month-end takes. A month-end closes months that have ended, so an as-of more than a
 * year after today is a typing error, not a plan: such a run would list every month up to it as without
 * monitoring data (9999-12-31 gave an 11,670-page summary), and one past year 9999 posts, then fails
 * for good on a statement number its outputs cannot carry. Before 1970 no contract of this product ran.
 * Refused with the usage exit code before anything is written.
 */
final class AsOfRange {

    static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

    private final LocalDate latest;

    private AsOfRange(LocalDate latest) {
        this.latest = latest;
    }

    /** The range on the day {@code clock} says it is, in UTC. */
    static AsOfRange of(Clock clock) {
        return new AsOfRange(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)).plusYears(1));
    }

    LocalDate check(LocalDate asOf) throws UsageException {
        if (asOf.isAfter(latest)) {
            throw new UsageException("--as-of=" + asOf + " lies more than a year after today: a month-end closes "
                    + "months that have ended, so give a date no later than " + latest + ".");
        }
        if (asOf.isBefore(EARLIEST)) {
            throw new UsageException("--as-of=" + asOf + " lies before " + EARLIEST + ": give the date the month-end "
                    + "is run for, such as 2026-11-05.");
        }
        return asOf;
    }
}
