package com.slacredits.writers.jdbc;

import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.support.SupportCredit;
import com.slacredits.domain.support.SupportTally;
import com.slacredits.writers.csv.SupportLine;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tickets measured (support-sla.md, sections 4 and 5): the support.csv row each run wrote, stored with
 * the run, once and for ever, and the support credits a contract's period has already taken from its
 * cap. A ticket's primary key makes a second measurement impossible even under a bug.
 */
public final class MeasurementJournal {

    private static final int PAGE = 1_000;
    private static final List<String> COLUMN_NAMES = List.of("ticket_id", "contract_id", "customer_id", "period",
            "policy_id", "priority", "response_calendar", "resolution_calendar", "reported_at", "responded_at",
            "resolved_at", "response_target_minutes", "response_due", "response_minutes", "response",
            "resolution_target_minutes", "resolution_due", "resolution_minutes", "paused_minutes", "resolution");
    private static final String COLUMNS = columns("");

    private final JdbcTemplate jdbc;

    public MeasurementJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the tickets a run measured, in the chunk's transaction, with one batch. */
    public void record(long runId, List<SupportLine> lines) {
        jdbc.batchUpdate("INSERT INTO ticket_measurement (run_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, lines.size(), (ps, line) -> {
                    Optional<SupportLine.Clock> response = line.response();
                    Optional<SupportLine.Clock> resolution = line.resolution();
                    ps.setLong(1, runId);
                    ps.setString(2, line.ticketId());
                    ps.setString(3, line.contractId());
                    ps.setString(4, line.customerId());
                    ps.setString(5, line.period());
                    ps.setString(6, line.policyId());
                    ps.setString(7, line.priority());
                    ps.setString(8, response.map(SupportLine.Clock::calendar).orElse(null));
                    ps.setString(9, resolution.map(SupportLine.Clock::calendar).orElse(null));
                    ps.setString(10, line.reportedAt().toString());
                    ps.setString(11, line.respondedAt().map(Instant::toString).orElse(null));
                    ps.setString(12, line.resolvedAt().map(Instant::toString).orElse(null));
                    ps.setObject(13, response.map(SupportLine.Clock::targetMinutes).orElse(null));
                    ps.setString(14, response.map(clock -> clock.due().toString()).orElse(null));
                    ps.setObject(15, response.flatMap(clock -> boxed(clock.minutes())).orElse(null));
                    ps.setString(16, response.map(MeasurementJournal::outcome).orElse(null));
                    ps.setObject(17, resolution.map(SupportLine.Clock::targetMinutes).orElse(null));
                    ps.setString(18, resolution.map(clock -> clock.due().toString()).orElse(null));
                    ps.setObject(19, resolution.flatMap(clock -> boxed(clock.minutes())).orElse(null));
                    ps.setObject(20, resolution.map(SupportLine.Clock::pausedMinutes).orElse(null));
                    ps.setString(21, resolution.map(MeasurementJournal::outcome).orElse(null));
                });
    }

    /** Every ticket a run measured, by ticket id, read a page at a time as the iterator reaches it. */
    public Iterator<SupportLine> iteratorOfRun(long runId) {
        return new Iterator<>() {
            private List<SupportLine> page = pageOfRun(runId, Optional.empty());
            private int next;

            @Override
            public boolean hasNext() {
                if (next == page.size() && page.size() == PAGE) {
                    page = pageOfRun(runId, Optional.of(page.get(PAGE - 1).ticketId()));
                    next = 0;
                }
                return next < page.size();
            }

            @Override
            public SupportLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }

    /**
     * The contracts, sorted, with a ticket the run measured with a missed clock under one of {@code packs},
     * whose support credits are not decided yet: a contract's are decided in one transaction, so a restart
     * finds only the contracts it had not reached.
     */
    public List<String> contractsOwingSupportCredits(long runId, Collection<String> packs) {
        if (packs.isEmpty()) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(runId);
        arguments.addAll(packs);
        arguments.add(SupportCredit.CLAIM_ID_PREFIX);
        List<String> contracts = new ArrayList<>(jdbc.queryForList("SELECT DISTINCT m.contract_id "
                + "FROM ticket_measurement m WHERE m.run_id = ? AND m.policy_id IN (" + InClause.marks(packs.size())
                + ") AND (m.response = 'MISSED' OR m.resolution = 'MISSED') "
                + "AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.claim_id = CONCAT(?, m.ticket_id))",
                String.class, arguments.toArray()));
        contracts.sort(Comparator.naturalOrder());
        return contracts;
    }

    /** The customers with a ticket the run measured, each once, in order: those who get a statement for it. */
    public List<String> customersOfRun(long runId) {
        return jdbc.queryForList("SELECT DISTINCT customer_id FROM ticket_measurement WHERE run_id = ?", String.class,
                runId).stream().sorted().toList();
    }

    /** A customer's tickets measured in the run, by ticket id: the support section of their statement. */
    public List<SupportLine> ofCustomer(long runId, String customerId) {
        // Sorted here, not by the database: a collation must not decide the order of a statement.
        return jdbc.query("SELECT " + COLUMNS + " FROM ticket_measurement WHERE run_id = ? AND customer_id = ?",
                        MeasurementJournal::line, runId, customerId).stream()
                .sorted(Comparator.comparing(SupportLine::ticketId)).toList();
    }

    /**
     * What the run measured, per pack and priority, each clock met and missed (support SLAs, section 5):
     * one aggregate over the run's rows, so that a run of a million tickets costs one scan of its index
     * range and returns a row per pack and priority.
     */
    public List<SupportTally.Measured> tallyOfRun(long runId) {
        return jdbc.query("SELECT policy_id, priority, COUNT(*) AS tickets, "
                        + "SUM(CASE WHEN response = 'MET' THEN 1 ELSE 0 END) AS response_met, "
                        + "SUM(CASE WHEN response = 'MISSED' THEN 1 ELSE 0 END) AS response_missed, "
                        + "SUM(CASE WHEN resolution = 'MET' THEN 1 ELSE 0 END) AS resolution_met, "
                        + "SUM(CASE WHEN resolution = 'MISSED' THEN 1 ELSE 0 END) AS resolution_missed "
                        + "FROM ticket_measurement WHERE run_id = ? GROUP BY policy_id, priority",
                (rs, n) -> new SupportTally.Measured(rs.getString("policy_id"), rs.getString("priority"),
                        rs.getLong("tickets"), rs.getLong("response_met"), rs.getLong("response_missed"),
                        rs.getLong("resolution_met"), rs.getLong("resolution_missed")),
                runId);
    }

    public long countOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ticket_measurement WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /**
     * The support credit percentages a contract's periods have taken from their cap in earlier runs: the
     * {@code SUP-} decisions recorded for it, whatever their outcome.
     */
    public Map<ContractPeriod, BigDecimal> supportCreditsUsed(String contractId) {
        Map<ContractPeriod, BigDecimal> used = new HashMap<>();
        jdbc.query("SELECT period, credit_pct FROM claim_decision WHERE contract_id = ? AND claim_id LIKE ? "
                        + "AND credit_pct IS NOT NULL",
                (ResultSet rs) -> {
                    used.merge(new ContractPeriod(contractId, ServicePeriod.parse(rs.getString(1))),
                            rs.getBigDecimal(2).stripTrailingZeros(), BigDecimal::add);
                }, contractId, SupportCredit.CLAIM_ID_PREFIX + "%");
        return used;
    }

    /**
     * A page of a run's measurements by ticket id, after {@code after}: keyset paging on the index
     * (run_id, ticket_id). Ordered by both, so that H2 walks the index instead of sorting the run.
     */
    private List<SupportLine> pageOfRun(long runId, Optional<String> after) {
        return after.isEmpty()
                ? jdbc.query("SELECT " + COLUMNS + " FROM ticket_measurement WHERE run_id = ? ORDER BY run_id, ticket_id LIMIT "
                        + PAGE, MeasurementJournal::line, runId)
                : jdbc.query("SELECT " + COLUMNS + " FROM ticket_measurement WHERE run_id = ? AND ticket_id > ? "
                        + "ORDER BY run_id, ticket_id LIMIT " + PAGE, MeasurementJournal::line, runId, after.get());
    }

    /** The columns a stored row is read from, each behind {@code alias} (such as {@code "m."}). */
    static String columns(String alias) {
        return String.join(", ", COLUMN_NAMES.stream().map(column -> alias + column).toList());
    }

    /** A stored row as support.csv shows it. */
    static SupportLine line(ResultSet rs, int row) throws SQLException {
        return new SupportLine(rs.getString("ticket_id"), rs.getString("contract_id"), rs.getString("customer_id"),
                rs.getString("period"), rs.getString("policy_id"), rs.getString("priority"),
                Instant.parse(rs.getString("reported_at")), instant(rs, "responded_at"), instant(rs, "resolved_at"),
                clock(rs, "response", "response_calendar", "response_minutes", null),
                clock(rs, "resolution", "resolution_calendar", "resolution_minutes", "paused_minutes"));
    }

    private static Optional<SupportLine.Clock> clock(ResultSet rs, String prefix, String calendar, String minutes,
            String paused) throws SQLException {
        if (rs.getString(prefix) == null) {
            return Optional.empty();
        }
        long elapsed = rs.getLong(minutes);
        OptionalLong shown = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(elapsed);
        return Optional.of(new SupportLine.Clock(rs.getString(calendar), rs.getLong(prefix + "_target_minutes"),
                Instant.parse(rs.getString(prefix + "_due")), shown, paused == null ? 0 : rs.getLong(paused),
                "MET".equals(rs.getString(prefix))));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column)).map(Instant::parse);
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }

    private static String outcome(SupportLine.Clock clock) {
        return clock.met() ? "MET" : "MISSED";
    }
}
