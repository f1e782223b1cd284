package com.slacredits.writers.jdbc;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ServicePeriod;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every claim ever received. A claim is pending until it has a decision in {@link DecisionJournal}:
 * the decision is the one record of it, written in the transaction that decides the claim.
 */
public final class ClaimRegister {

    private static final String COLUMNS =
            "claim_id, contract_id, period, received_at, channel, claimed_downtime_minutes, terminate_elected";

    /** Claims without a decision; {@code c} is the claim. */
    private static final String UNDECIDED = "NOT EXISTS (SELECT 1 FROM claim_decision d WHERE d.claim_id = c.claim_id)";

    /** Undecided claims on contracts known only from rejected contracts.csv rows (credit rules, section 7). */
    private static final String WAITING_FOR_CONTRACT = UNDECIDED
            + " AND EXISTS (SELECT 1 FROM withheld_contract w WHERE w.contract_id = c.contract_id)"
            + " AND NOT EXISTS (SELECT 1 FROM contract k WHERE k.contract_id = c.contract_id)";

    private final JdbcTemplate jdbc;

    public ClaimRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The registered claims among {@code claimIds}, by id. */
    public Map<String, Claim> findAll(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM claim WHERE claim_id IN (" + InClause.marks(claimIds.size()) + ")",
                        ClaimRegister::claim, claimIds.toArray())
                .stream()
                .collect(Collectors.toMap(Claim::claimId, Function.identity()));
    }

    public void register(List<Claim> claims, long runId) {
        jdbc.batchUpdate("INSERT INTO claim (" + COLUMNS + ", registered_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                claims, claims.size(), (ps, c) -> bind(ps, c, runId));
    }

    private static void bind(PreparedStatement ps, Claim c, long runId) throws SQLException {
        ps.setString(1, c.claimId());
        ps.setString(2, c.contractId());
        ps.setString(3, c.period().toString());
        ps.setString(4, c.receivedAt().toString());
        ps.setString(5, c.channel().name());
        ps.setObject(6, c.claimedDowntimeMinutes().isPresent() ? c.claimedDowntimeMinutes().getAsLong() : null);
        ps.setBoolean(7, c.terminationElected());
        ps.setLong(8, runId);
    }

    /**
     * Contracts with a pending claim whose period has ended before {@code asOf}. Periods are compared
     * in Java, by {@link ServicePeriod#hasEndedBefore}, so that the rule lives in one place: the
     * database only narrows to the pending claims.
     */
    public List<String> contractsWithDueClaims(LocalDate asOf) {
        TreeSet<String> due = new TreeSet<>();
        jdbc.query("SELECT DISTINCT contract_id, period FROM claim c WHERE " + UNDECIDED, rs -> {
            if (ServicePeriod.parse(rs.getString("period")).hasEndedBefore(asOf)) {
                due.add(rs.getString("contract_id"));
            }
        });
        return List.copyOf(due);
    }

    /** Registers the run's own claims for automatic periods, beside the decisions they carry. */
    public void registerDecided(List<Claim> claims, long runId) {
        register(claims, runId);
    }

    /** Every pending claim of a contract, due or not: the adjudicator tells which must wait. */
    public List<Claim> pendingOf(String contractId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM claim c WHERE c.contract_id = ? AND " + UNDECIDED
                + " ORDER BY c.claim_id", ClaimRegister::claim, contractId);
    }

    /**
     * Records, once per run, the claims pending at its end: the first summary of a run writes it, and
     * every later one (an export) reads what the run saw rather than what is pending today.
     */
    public void notePendingAtEndOf(long runId) {
        Integer noted = jdbc.queryForObject("SELECT COUNT(*) FROM run_pending WHERE run_id = ?", Integer.class, runId);
        if (noted != null && noted > 0) {
            return;
        }
        jdbc.update("INSERT INTO run_pending (run_id, pending_claims) SELECT ?, COUNT(*) FROM claim c WHERE "
                + UNDECIDED, runId);
        jdbc.update("INSERT INTO run_waiting_claim (run_id, claim_id) SELECT ?, c.claim_id FROM claim c WHERE "
                + WAITING_FOR_CONTRACT, runId);
    }

    /** How many claims were pending at the end of the run ({@link #notePendingAtEndOf}). */
    public long pendingAtEndOf(long runId) {
        List<Long> count = jdbc.queryForList("SELECT pending_claims FROM run_pending WHERE run_id = ?", Long.class,
                runId);
        return count.isEmpty() ? 0 : count.get(0);
    }

    /** Pending claims, at the end of the run, on contracts known only from rejected contracts.csv rows, by claim id. */
    public List<Claim> waitingForContractAtEndOf(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM claim c WHERE EXISTS (SELECT 1 FROM run_waiting_claim w "
                + "WHERE w.run_id = ? AND w.claim_id = c.claim_id) ORDER BY c.claim_id", ClaimRegister::claim, runId);
    }

    static Claim claim(ResultSet rs, int row) throws SQLException {
        long claimed = rs.getLong("claimed_downtime_minutes");
        OptionalLong claimedDowntime = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(claimed);
        return new Claim(rs.getString("claim_id"), rs.getString("contract_id"),
                ServicePeriod.parse(rs.getString("period")), Instant.parse(rs.getString("received_at")),
                Channel.valueOf(rs.getString("channel")), claimedDowntime, rs.getBoolean("terminate_elected"));
    }

    /** Why a claim cannot be stored, if it cannot. */
    public static Optional<String> unfit(Claim c) {
        return ColumnFit.check().text("claim_id", c.claimId(), 100).text("contract_id", c.contractId(), 100).problem();
    }
}
