package com.slacredits.readers;

import com.slacredits.domain.support.Ticket;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rows of {@code tickets.csv} (support-sla.md, section 1): the incidents customers reported, as the
 * support portal exported them. Instants are taken to the whole second before they are compared. A
 * response or resolution before the report, or a resolution before the first response, rejects the row.
 *
 * <p>What the row alone cannot tell (the contract exists and covers the day the ticket was reported,
 * the priority is one of its pack's) is the {@link RowCheck}'s, or the job's when it stores the row. A
 * ticket id seen again is not this format's business either: the portal exports a ticket again as it
 * progresses, and whether a repeat is ignored, replaces the ticket or is refused depends on what is
 * stored (the job's ticket journal), not on the file.
 */
public final class TicketRows implements RowFormat<Ticket> {

    /**
     * Every column is required, the two that may be left empty included: a file without
     * {@code resolved_at} would otherwise read as tickets never resolved, and measure them as missed.
     */
    public static final Columns COLUMNS = new Columns(
            List.of("ticket_id", "contract_id", "priority", "reported_at", "responded_at", "resolved_at"), List.of());

    private final RowCheck<Ticket> check;

    /** A format that takes every ticket its row alone does not reject. */
    public TicketRows() {
        this(RowCheck.none());
    }

    /** @param check run on each ticket its row does not reject; what it finds rejects the row */
    public TicketRows(RowCheck<Ticket> check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public RowMapper<Ticket> bind(Header header) {
        Column ticketId = header.column("ticket_id");
        Column contractId = header.column("contract_id");
        Column priority = header.column("priority");
        Column reportedAt = header.column("reported_at");
        Column respondedAt = header.column("responded_at");
        Column resolvedAt = header.column("resolved_at");
        return fields -> {
            String id = ticketId.text(fields);
            String contract = contractId.text(fields);
            String level = priority.text(fields);
            Instant reported = WholeSeconds.instant(reportedAt, fields);
            Optional<Instant> responded = WholeSeconds.optionalInstant(respondedAt, fields);
            Optional<Instant> resolved = WholeSeconds.optionalInstant(resolvedAt, fields);
            if (responded.isPresent() && responded.get().isBefore(reported)) {
                throw new RowRejected("responded_at " + respondedAt.raw(fields) + " is before reported_at "
                        + reportedAt.raw(fields));
            }
            if (resolved.isPresent() && resolved.get().isBefore(reported)) {
                throw new RowRejected("resolved_at " + resolvedAt.raw(fields) + " is before reported_at "
                        + reportedAt.raw(fields));
            }
            if (resolved.isPresent() && responded.isPresent() && resolved.get().isBefore(responded.get())) {
                throw new RowRejected("resolved_at " + resolvedAt.raw(fields) + " is before responded_at "
                        + respondedAt.raw(fields));
            }
            Ticket ticket = new Ticket(id, contract, level, reported, responded, resolved);
            Optional<String> problem = check.problemWith(ticket);
            if (problem.isPresent()) {
                throw new RowRejected(problem.get());
            }
            return ticket;
        };
    }
}
