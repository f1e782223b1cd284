package com.slacredits.readers;

import com.slacredits.domain.support.TicketPause;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows of {@code ticket-pauses.csv} (support-sla.md, section 1): the times a ticket waited for the
 * customer. Instants are taken to the whole second before they are compared, so a pause must end at
 * least a second after it starts. Whether the ticket is known, and whether it is still open to new
 * pauses, is the {@link RowCheck}'s or the job's when it stores the row.
 */
public final class TicketPauseRows implements RowFormat<TicketPause> {

    public static final Columns COLUMNS = new Columns(List.of("ticket_id", "starts_at", "ends_at"), List.of());

    private final RowCheck<TicketPause> check;

    /** A format that takes every pause its row alone does not reject. */
    public TicketPauseRows() {
        this(RowCheck.none());
    }

    /** @param check run on each pause its row does not reject; what it finds rejects the row */
    public TicketPauseRows(RowCheck<TicketPause> check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public RowMapper<TicketPause> bind(Header header) {
        Column ticketId = header.column("ticket_id");
        Column startsAt = header.column("starts_at");
        Column endsAt = header.column("ends_at");
        return fields -> {
            String id = ticketId.text(fields);
            Instant start = WholeSeconds.instant(startsAt, fields);
            Instant end = WholeSeconds.instant(endsAt, fields);
            if (!end.isAfter(start)) {
                // the same second, once its fractions are dropped, may read as after in the file
                String wholeSecond = end.equals(start) && !endsAt.raw(fields).equals(startsAt.raw(fields))
                        ? " to the whole second" : "";
                throw new RowRejected("ends_at " + endsAt.raw(fields) + " is not after starts_at " + startsAt.raw(fields)
                        + wholeSecond);
            }
            TicketPause pause = new TicketPause(id, start, end);
            Optional<String> problem = check.problemWith(pause);
            if (problem.isPresent()) {
                throw new RowRejected(problem.get());
            }
            return pause;
        };
    }
}
