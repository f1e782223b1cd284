package com.slacredits.readers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Instants of the support portal's files, to the whole second: a fraction of a second is dropped when
 * the row is read, before any check compares them (support-sla.md, section 4), so that a response
 * 0.4 s "before" its report in the same second is no bad row, and a ticket is measured to the second.
 */
final class WholeSeconds {

    private WholeSeconds() {
    }

    static Instant instant(Column column, String[] fields) throws RowRejected {
        return column.instant(fields).truncatedTo(ChronoUnit.SECONDS);
    }

    static Optional<Instant> optionalInstant(Column column, String[] fields) throws RowRejected {
        return column.optionalInstant(fields).map(instant -> instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
