package com.slacredits.writers.jdbc;

import com.slacredits.domain.support.SupportTally;
import com.slacredits.domain.support.Ticket;
import com.slacredits.domain.support.TicketPause;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The support portal's tickets and pauses as stored (support-sla.md, section 1). The portal exports a
 * ticket again as it progresses, so a ticket id seen again is not a duplicate: with the same content it
 * is ignored, with other content it replaces the stored ticket, until the ticket is measured. From then
 * on its measurement is final, and other content, or a new pause, is refused; the refusal is the
 * caller's to reject as a row.
 *
 * <p>Rows are taken in the order given, as the file orders them: a chunk that holds a ticket twice
 * leaves the later content. Each chunk costs a query for what is stored and one batch per table
 * written, never a statement per row.
 */
public final class TicketJournal {

    /** Ids asked about in one statement: a chunk may be large, and an IN list of thousands is not cached. */
    private static final int IDS_PER_QUERY = 500;

    private static final Comparator<TicketPause> PAUSE_ORDER = Comparator.comparing(TicketPause::ticketId)
            .thenComparing(TicketPause::startsAt).thenComparing(TicketPause::endsAt);

    private static final String TICKET_COLUMNS = "ticket_id, contract_id, priority, reported_at, responded_at, resolved_at";

    private final JdbcTemplate jdbc;

    public TicketJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A row of a chunk that the journal refused.
     *
     * @param index the row's place in the list given to the journal
     * @param reason one sentence for {@code rejects.csv}
     */
    public record Refusal(int index, String reason) {
    }

    /**
     * Stores a chunk of tickets read in file order.
     *
     * @return the tickets refused, because they change a measured ticket, by their place in {@code tickets}
     */
    public List<Refusal> storeTickets(List<Ticket> tickets, long runId) {
        Map<String, StoredTicket> stored = storedTickets(idsOf(tickets.stream().map(Ticket::ticketId).toList()));
        // the content of each ticket as the chunk so far leaves it, when it differs from the stored one
        Map<String, Ticket> latest = new LinkedHashMap<>();
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            Ticket ticket = tickets.get(i);
            StoredTicket before = stored.get(ticket.ticketId());
            Ticket current = latest.containsKey(ticket.ticketId()) ? latest.get(ticket.ticketId())
                    : before == null ? null : before.ticket();
            if (ticket.equals(current)) {
                continue;
            }
            if (before != null && before.measuredIn().isPresent()) {
                refusals.add(new Refusal(i, measuredReason(ticket.ticketId(), before.measuredIn().getAsLong())));
                continue;
            }
            latest.put(ticket.ticketId(), ticket);
        }
        List<Ticket> fresh = new ArrayList<>();
        List<Ticket> replacing = new ArrayList<>();
        for (Ticket ticket : latest.values()) {
            StoredTicket before = stored.get(ticket.ticketId());
            if (before == null) {
                fresh.add(ticket);
            } else if (!before.ticket().equals(ticket)) {
                // a ticket changed and changed back within the chunk is left as it was stored
                replacing.add(ticket);
            }
        }
        if (!fresh.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ticket (" + TICKET_COLUMNS + ", stored_run) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    fresh, fresh.size(), (ps, t) -> {
                        ps.setString(1, t.ticketId());
                        bindContent(ps, 2, t);
                        ps.setLong(7, runId);
                    });
        }
        if (!replacing.isEmpty()) {
            jdbc.batchUpdate("UPDATE ticket SET contract_id = ?, priority = ?, reported_at = ?, responded_at = ?, "
                            + "resolved_at = ?, stored_run = ? WHERE ticket_id = ?",
                    replacing, replacing.size(), (ps, t) -> {
                        bindContent(ps, 1, t);
                        ps.setLong(6, runId);
                        ps.setString(7, t.ticketId());
                    });
        }
        return refusals;
    }

    /**
     * Stores a chunk of pauses read in file order. A pause already stored is ignored, even for a
     * measured ticket: it is what the measurement counted.
     *
     * @return the pauses refused, because their ticket is not stored or is measured, by their place in
     *     {@code pauses}
     */
    public List<Refusal> storePauses(List<TicketPause> pauses, long runId) {
        Set<String> ids = idsOf(pauses.stream().map(TicketPause::ticketId).toList());
        Map<String, StoredTicket> tickets = storedTickets(ids);
        Set<TicketPause> known = new HashSet<>(pausesOf(ids));
        Set<TicketPause> fresh = new LinkedHashSet<>();
        List<Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < pauses.size(); i++) {
            TicketPause pause = pauses.get(i);
            StoredTicket ticket = tickets.get(pause.ticketId());
            if (ticket == null) {
                refusals.add(new Refusal(i, "ticket " + pause.ticketId()
                        + " is not known: it is in no tickets.csv of this run or an earlier one"));
            } else if (known.contains(pause) || fresh.contains(pause)) {
                continue;
            } else if (ticket.measuredIn().isPresent()) {
                refusals.add(new Refusal(i, measuredReason(pause.ticketId(), ticket.measuredIn().getAsLong())));
            } else {
                fresh.add(pause);
            }
        }
        if (!fresh.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ticket_pause (ticket_id, starts_at, ends_at, stored_run) VALUES (?, ?, ?, ?)",
                    fresh, fresh.size(), (ps, p) -> {
                        ps.setString(1, p.ticketId());
                        ps.setString(2, p.startsAt().toString());
                        ps.setString(3, p.endsAt().toString());
                        ps.setLong(4, runId);
                    });
        }
        return refusals;
    }

    /** The stored tickets among {@code ticketIds}, by id. */
    public Map<String, Ticket> find(Collection<String> ticketIds) {
        Map<String, Ticket> found = new HashMap<>();
        storedTickets(idsOf(ticketIds)).forEach((id, stored) -> found.put(id, stored.ticket()));
        return found;
    }

    /** The stored pauses of {@code ticketIds}, by ticket, start and end. */
    public List<TicketPause> pausesOf(Collection<String> ticketIds) {
        List<TicketPause> pauses = new ArrayList<>();
        for (List<String> slice : slices(idsOf(ticketIds))) {
            pauses.addAll(jdbc.query("SELECT ticket_id, starts_at, ends_at FROM ticket_pause WHERE ticket_id IN ("
                            + InClause.marks(slice.size()) + ")",
                    (rs, n) -> pause(rs), slice.toArray()));
        }
        // in Java rather than SQL: H2 and MySQL's binary collation need not agree on every character
        pauses.sort(PAUSE_ORDER);
        return pauses;
    }

    /**
     * A stored ticket no run has measured, with its pauses by start and end.
     */
    public record Waiting(Ticket ticket, List<TicketPause> pauses) {

        public Waiting {
            pauses = List.copyOf(pauses);
        }
    }

    /**
     * A page of the stored tickets no run has measured, by ticket id, after {@code after} when given: keyset
     * paging on the primary key, so the database walks the tickets in order and every page costs the same,
     * however many came before. The page's pauses come from one range of their primary key, never a query
     * per ticket. A ticket measured while the pages are read is not in a later page.
     */
    public List<Waiting> unmeasuredAfter(Optional<String> after, int limit) {
        String unmeasured = "NOT EXISTS (SELECT 1 FROM ticket_measurement m WHERE m.ticket_id = t.ticket_id)";
        List<Ticket> page = after.isEmpty()
                ? jdbc.query("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE " + unmeasured
                        + " ORDER BY t.ticket_id LIMIT " + limit, (rs, n) -> ticket(rs))
                : jdbc.query("SELECT " + TICKET_COLUMNS + " FROM ticket t WHERE t.ticket_id > ? AND " + unmeasured
                        + " ORDER BY t.ticket_id LIMIT " + limit, (rs, n) -> ticket(rs), after.get());
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, List<TicketPause>> pauses = new HashMap<>();
        jdbc.query("SELECT ticket_id, starts_at, ends_at FROM ticket_pause WHERE ticket_id >= ? AND ticket_id <= ?",
                (ResultSet rs) -> {
                    TicketPause pause = pause(rs);
                    pauses.computeIfAbsent(pause.ticketId(), id -> new ArrayList<>()).add(pause);
                }, page.get(0).ticketId(), page.get(page.size() - 1).ticketId());
        List<Waiting> waiting = new ArrayList<>(page.size());
        for (Ticket ticket : page) {
            List<TicketPause> own = pauses.getOrDefault(ticket.ticketId(), List.of());
            waiting.add(new Waiting(ticket, own.stream().sorted(PAUSE_ORDER).toList()));
        }
        return waiting;
    }

    /**
     * The tickets of a contract that run {@code runId} measured with a missed clock, with their pauses: what
     * its support credits are decided on, once all of the run's tickets are measured.
     */
    public List<Waiting> missedInRun(long runId, String contractId) {
        List<Ticket> missed = jdbc.query("SELECT t.ticket_id, t.contract_id, t.priority, t.reported_at, "
                        + "t.responded_at, t.resolved_at FROM ticket_measurement m "
                        + "JOIN ticket t ON t.ticket_id = m.ticket_id WHERE m.run_id = ? AND m.contract_id = ? "
                        + "AND (m.response = 'MISSED' OR m.resolution = 'MISSED')",
                (rs, n) -> ticket(rs), runId, contractId);
        Map<String, List<TicketPause>> pauses = pausesOf(missed.stream().map(Ticket::ticketId).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(TicketPause::ticketId));
        return missed.stream().sorted(Comparator.comparing(Ticket::ticketId))
                .map(ticket -> new Waiting(ticket, pauses.getOrDefault(ticket.ticketId(), List.of())))
                .toList();
    }

    /**
     * The stored tickets no run has measured, counted per pack, edition and priority of their contracts:
     * what the summary sorts into open and without targets, which takes the packs' targets. One aggregate
     * over the tickets, never a row at a time; a million tickets give a row per pack, edition and priority.
     *
     * @param tickets every unmeasured ticket of the group
     * @param storedByRun those whose current content {@code runId} stored: new, or changed by its tickets.csv
     */
    public record UnmeasuredGroup(String policyId, String edition, String priority, long tickets, long storedByRun) {
    }

    /** The unmeasured tickets per pack, edition and priority, with those {@code runId} stored. */
    public List<UnmeasuredGroup> unmeasuredGroups(long runId) {
        return jdbc.query("SELECT c.policy_id, c.edition, t.priority, COUNT(*) AS tickets, "
                        + "SUM(CASE WHEN t.stored_run = ? THEN 1 ELSE 0 END) AS stored_by_run "
                        + "FROM ticket t JOIN contract c ON c.contract_id = t.contract_id "
                        + "WHERE NOT EXISTS (SELECT 1 FROM ticket_measurement m WHERE m.ticket_id = t.ticket_id) "
                        + "GROUP BY c.policy_id, c.edition, t.priority",
                (rs, n) -> new UnmeasuredGroup(rs.getString("policy_id"), rs.getString("edition"),
                        rs.getString("priority"), rs.getLong("tickets"), rs.getLong("stored_by_run")),
                runId);
    }

    /**
     * Records the tickets a run left unmeasured, per pack, once: the first summary of the run counts them
     * and every later one (a restart, an export) reads what it counted.
     *
     * @return false when the run's counts were recorded before, and nothing was written
     */
    public boolean noteUnmeasuredAtEndOf(long runId, List<SupportTally.Unmeasured> counts) {
        if (unmeasuredAtEndOf(runId).isPresent()) {
            return false;
        }
        jdbc.batchUpdate("INSERT INTO run_ticket_count (run_id, policy_id, open_tickets, tickets_without_targets) "
                + "VALUES (?, ?, ?, ?)", counts, counts.size(), (ps, count) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, count.policyId());
                    ps.setLong(3, count.open());
                    ps.setLong(4, count.withoutTargets());
                });
        return true;
    }

    /** What {@link #noteUnmeasuredAtEndOf} recorded for the run, by pack id; empty when nothing was. */
    public Optional<List<SupportTally.Unmeasured>> unmeasuredAtEndOf(long runId) {
        List<SupportTally.Unmeasured> counts = new ArrayList<>(jdbc.query("SELECT policy_id, open_tickets, "
                        + "tickets_without_targets FROM run_ticket_count WHERE run_id = ?",
                (rs, n) -> new SupportTally.Unmeasured(rs.getString("policy_id"), rs.getLong("open_tickets"),
                        rs.getLong("tickets_without_targets")), runId));
        counts.sort(Comparator.comparing(SupportTally.Unmeasured::policyId));
        return counts.isEmpty() ? Optional.empty() : Optional.of(counts);
    }

    /** Why a ticket cannot be stored, if it cannot. */
    public static Optional<String> unfit(Ticket t) {
        return ColumnFit.check().text("ticket_id", t.ticketId(), 100).text("contract_id", t.contractId(), 100)
                .text("priority", t.priority(), 100).problem();
    }

    /** Why a pause cannot be stored, if it cannot. */
    public static Optional<String> unfit(TicketPause p) {
        return ColumnFit.check().text("ticket_id", p.ticketId(), 100).problem();
    }

    private static String measuredReason(String ticketId, long runId) {
        return "ticket " + ticketId + " was measured in run " + runId + "; its measurement is final";
    }

    /** A stored ticket, and the run that measured it, if one did. */
    private record StoredTicket(Ticket ticket, OptionalLong measuredIn) {
    }

    private Map<String, StoredTicket> storedTickets(Set<String> ids) {
        Map<String, StoredTicket> stored = new HashMap<>();
        for (List<String> slice : slices(ids)) {
            jdbc.query("SELECT t.ticket_id, t.contract_id, t.priority, t.reported_at, t.responded_at, t.resolved_at, "
                    + "m.run_id AS measured_run FROM ticket t LEFT JOIN ticket_measurement m ON m.ticket_id = t.ticket_id "
                    + "WHERE t.ticket_id IN (" + InClause.marks(slice.size()) + ")", rs -> {
                        long run = rs.getLong("measured_run");
                        OptionalLong measuredIn = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(run);
                        Ticket ticket = ticket(rs);
                        stored.put(ticket.ticketId(), new StoredTicket(ticket, measuredIn));
                    }, slice.toArray());
        }
        return stored;
    }

    private static Ticket ticket(ResultSet rs) throws SQLException {
        return new Ticket(rs.getString("ticket_id"), rs.getString("contract_id"), rs.getString("priority"),
                Instant.parse(rs.getString("reported_at")), optionalInstant(rs, "responded_at"),
                optionalInstant(rs, "resolved_at"));
    }

    private static TicketPause pause(ResultSet rs) throws SQLException {
        return new TicketPause(rs.getString("ticket_id"), Instant.parse(rs.getString("starts_at")),
                Instant.parse(rs.getString("ends_at")));
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(Instant::parse);
    }

    /** Binds contract, priority and the three instants from {@code first} on. */
    private static void bindContent(PreparedStatement ps, int first, Ticket t) throws SQLException {
        ps.setString(first, t.contractId());
        ps.setString(first + 1, t.priority());
        ps.setString(first + 2, t.reportedAt().toString());
        ps.setString(first + 3, t.respondedAt().map(Instant::toString).orElse(null));
        ps.setString(first + 4, t.resolvedAt().map(Instant::toString).orElse(null));
    }

    private static Set<String> idsOf(Collection<String> ids) {
        return new LinkedHashSet<>(ids);
    }

    private static List<List<String>> slices(Set<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            slices.add(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
        }
        return slices;
    }
}
