package com.slacredits.writers.jdbc;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Money;
import com.slacredits.domain.ReversalRefusedException;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reversals of posted adjustments (V11): what finance took back, and which run reported it. One per
 * adjustment, ever, enforced by a unique key, so that two finance users pressing the button at once
 * post one reversal and the other is told it was already done.
 *
 * <p>A reversal is posted here at once, and reported by the next real run's posting step
 * ({@link #report}), which lists it in that run's {@code adjustments.csv}, summary and statement.
 */
public final class ReversalJournal {

    private static final String REVERSALS = "SELECT r.reversed_by, r.reversed_at, r.reason, a.* "
            + "FROM adjustment_reversal r JOIN invoice_adjustment a ON a.adjustment_id = r.adjustment_id";

    private final JdbcTemplate jdbc;

    public ReversalJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Posts the reversal of the claim's posted adjustment, by {@code user} at {@code at} for
     * {@code reason}.
     *
     * @throws ReversalRefusedException with one sentence a browser can show: the claim has no posted
     *     adjustment (unknown, rejected, or held by the credit brake), it is reversed already (also
     *     when another user reversed it a moment before), or the reason is blank
     */
    public AdjustmentReversal reverse(String claimId, String user, String reason, Instant at) {
        Adjustment posted = postedAdjustmentOf(claimId).orElseThrow(() -> new ReversalRefusedException(
                "Claim " + claimId + " has no posted adjustment to reverse."));
        AdjustmentReversal reversal = AdjustmentReversal.of(posted, user, at, reason);
        Optional<AdjustmentReversal> earlier = ofClaim(claimId);
        if (earlier.isPresent()) {
            throw alreadyReversed(earlier.get());
        }
        try {
            jdbc.update("INSERT INTO adjustment_reversal (reversal_id, adjustment_id, reversed_by, reversed_at, reason) "
                    + "VALUES (?, ?, ?, ?, ?)", reversal.adjustmentId(), posted.adjustmentId(), reversal.reversedBy(),
                    reversal.reversedAt().toString(), reversal.reason());
        } catch (DuplicateKeyException raced) {
            // another request got in between the check and the insert: the key kept it to one
            throw ofClaim(claimId).map(ReversalJournal::alreadyReversed).orElseThrow(() -> raced);
        }
        return reversal;
    }

    private static ReversalRefusedException alreadyReversed(AdjustmentReversal reversal) {
        return new ReversalRefusedException("The adjustment of claim " + reversal.claimId() + " was already reversed by "
                + reversal.reversedBy() + " at " + reversal.reversedAt() + ".");
    }

    /** The reversal of the claim's adjustment, if finance reversed it. */
    public Optional<AdjustmentReversal> ofClaim(String claimId) {
        return jdbc.query(REVERSALS + " WHERE a.claim_id = ?", ReversalJournal::reversal, claimId).stream().findFirst();
    }

    /**
     * Reports the reversals {@code reversalIds} in run {@code runId}, unless a run reported them
     * already: a reversal is reported by exactly one run, and the same run reporting it again, on a
     * resume, changes nothing.
     *
     * @return how many this call reported
     */
    public int report(long runId, Collection<String> reversalIds) {
        if (reversalIds.isEmpty()) {
            return 0;
        }
        return jdbc.update("UPDATE adjustment_reversal SET reported_run = ? WHERE reported_run IS NULL AND reversal_id IN ("
                + InClause.marks(reversalIds.size()) + ")", args(runId, reversalIds));
    }

    /** Reversals no run has reported yet, by claim id: what the next real run reports. */
    public List<AdjustmentReversal> unreported() {
        return sorted(jdbc.query(REVERSALS + " WHERE r.reported_run IS NULL", ReversalJournal::reversal));
    }

    /** The reversals of the adjustments run {@code runId} posted, by claim id: what finance took back of it. */
    public List<AdjustmentReversal> ofAdjustmentsOfRun(long runId) {
        return sorted(jdbc.query(REVERSALS + " WHERE a.run_id = ?", ReversalJournal::reversal, runId));
    }

    /** The reversals run {@code runId} reported, by claim id. */
    public List<AdjustmentReversal> reportedInRun(long runId) {
        return sorted(jdbc.query(REVERSALS + " WHERE r.reported_run = ?", ReversalJournal::reversal, runId));
    }

    /** A customer's reversals reported in run {@code runId}, by claim id: the reversal lines of their statement. */
    public List<AdjustmentReversal> reportedInRunOfCustomer(long runId, String customerId) {
        return sorted(jdbc.query(REVERSALS + " WHERE r.reported_run = ? AND a.customer_id = ?",
                ReversalJournal::reversal, runId, customerId));
    }

    /** The customers with a reversal reported in run {@code runId}, by id. */
    public List<String> customersReportedInRun(long runId) {
        return jdbc.queryForList("SELECT DISTINCT a.customer_id FROM adjustment_reversal r JOIN invoice_adjustment a "
                + "ON a.adjustment_id = r.adjustment_id WHERE r.reported_run = ?", String.class, runId)
                .stream().sorted().toList();
    }

    /** A customer's reversals, of adjustments of any run, by claim id. */
    public List<AdjustmentReversal> ofCustomer(String customerId) {
        return sorted(jdbc.query(REVERSALS + " WHERE a.customer_id = ?", ReversalJournal::reversal, customerId));
    }

    /**
     * The run that reported each of a customer's reversals, by reversal id; a reversal no run has reported
     * yet is absent.
     */
    public Map<String, Long> reportingRunsOfCustomer(String customerId) {
        Map<String, Long> runs = new HashMap<>();
        jdbc.query("SELECT r.reversal_id, r.reported_run FROM adjustment_reversal r JOIN invoice_adjustment a "
                + "ON a.adjustment_id = r.adjustment_id WHERE a.customer_id = ? AND r.reported_run IS NOT NULL",
                (ResultSet rs) -> {
                    runs.put(rs.getString("reversal_id"), rs.getLong("reported_run"));
                }, customerId);
        return runs;
    }

    private Optional<Adjustment> postedAdjustmentOf(String claimId) {
        return jdbc.query("SELECT * FROM invoice_adjustment WHERE claim_id = ?",
                (rs, n) -> AdjustmentJournal.adjustment(rs), claimId)
                .stream().findFirst();
    }

    private static Object[] args(long runId, Collection<String> ids) {
        Object[] args = new Object[ids.size() + 1];
        args[0] = runId;
        int i = 1;
        for (String id : ids) {
            args[i++] = id;
        }
        return args;
    }

    /** Sorted here, not by the database: a collation must not decide the order of a file or a statement. */
    private static List<AdjustmentReversal> sorted(List<AdjustmentReversal> reversals) {
        return reversals.stream().sorted(Comparator.comparing(AdjustmentReversal::claimId)).toList();
    }

    private static AdjustmentReversal reversal(ResultSet rs, int row) throws SQLException {
        return new AdjustmentReversal(AdjustmentJournal.adjustment(rs), rs.getString("reversed_by"),
                Instant.parse(rs.getString("reversed_at")), rs.getString("reason"));
    }
}
