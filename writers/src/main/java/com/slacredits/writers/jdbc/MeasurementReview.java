package com.slacredits.writers.jdbc;

import com.slacredits.domain.support.SupportCredit;
import com.slacredits.writers.csv.SupportLine;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tickets a run measured as the finance console reviews them: filtered pages of the rows
 * {@link MeasurementJournal} stored, read only. Works on H2 and MySQL/MariaDB alike.
 */
public final class MeasurementReview {

    /** The most tickets one page may ask for. */
    public static final int MAX_PAGE = 1_000;

    private static final String COLUMNS = MeasurementJournal.columns("m.");

    private final JdbcTemplate jdbc;

    public MeasurementReview(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of a run's measured tickets that {@code query} selects, by ticket id, after the ticket id
     * {@code after} (none: from the first). Keyset paging, never an offset: the index on run_id holds
     * the primary key, so a page starts at {@code after} however deep it is.
     */
    public List<SupportLine> pageOfRun(long runId, MeasurementQuery query, Optional<String> after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " tickets, not " + size);
        }
        List<Object> arguments = new ArrayList<>(List.of(runId));
        String condition = query.condition(arguments);
        if (after.isPresent()) {
            condition += " AND m.ticket_id > ?";
            arguments.add(after.get());
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM ticket_measurement m WHERE m.run_id = ?" + condition
                + " ORDER BY m.run_id, m.ticket_id LIMIT " + size, MeasurementJournal::line, arguments.toArray());
    }

    /** How many of a run's measured tickets {@code query} selects. */
    public long countOfRun(long runId, MeasurementQuery query) {
        List<Object> arguments = new ArrayList<>(List.of(runId));
        String condition = query.condition(arguments);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ticket_measurement m WHERE m.run_id = ?" + condition,
                Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /** The priorities of a run's measured tickets, sorted: what the priority filter offers. */
    public List<String> prioritiesOfRun(long runId) {
        return jdbc.queryForList("SELECT DISTINCT priority FROM ticket_measurement WHERE run_id = ?", String.class,
                runId).stream().sorted().toList();
    }

    /**
     * The reason of each support credit decision ({@code SUP-<ticket>}) the run made for one of
     * {@code ticketIds}, by ticket id: {@code SUPPORT_MISSED} or {@code CAP_REACHED}. A ticket of a pack
     * that pays nothing for a miss, or that met its targets, has none.
     */
    public Map<String, String> supportDecisionsOf(long runId, Collection<String> ticketIds) {
        Map<String, String> reasons = new HashMap<>();
        if (ticketIds.isEmpty()) {
            return reasons;
        }
        List<Object> arguments = new ArrayList<>(List.of(runId));
        ticketIds.forEach(ticket -> arguments.add(SupportCredit.CLAIM_ID_PREFIX + ticket));
        jdbc.query("SELECT claim_id, reason FROM claim_decision WHERE run_id = ? AND claim_id IN ("
                + InClause.marks(ticketIds.size()) + ")", (ResultSet rs) -> {
                    reasons.put(rs.getString(1).substring(SupportCredit.CLAIM_ID_PREFIX.length()), rs.getString(2));
                }, arguments.toArray());
        return reasons;
    }
}
