package com.slacredits.writers.jdbc;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.Money;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Posted invoice adjustments. One per claim, enforced by a unique key. */
public final class AdjustmentJournal {

    private final JdbcTemplate jdbc;

    public AdjustmentJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void post(long runId, List<? extends Adjustment> adjustments) {
        jdbc.batchUpdate("INSERT INTO invoice_adjustment (adjustment_id, claim_id, run_id, contract_id, customer_id, "
                        + "period, kind, amount, currency, settlement, invoice_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                adjustments, adjustments.size(), (ps, a) -> {
                    ps.setString(1, a.adjustmentId());
                    ps.setString(2, a.claimId());
                    ps.setLong(3, runId);
                    ps.setString(4, a.contractId());
                    ps.setString(5, a.customerId());
                    ps.setString(6, a.period().toString());
                    ps.setString(7, a.kind().name());
                    ps.setBigDecimal(8, a.amount().amount());
                    ps.setString(9, a.amount().currency().getCurrencyCode());
                    ps.setString(10, a.settlement().name());
                    ps.setString(11, a.invoiceId().orElse(null));
                });
    }

    /** Claim ids of the run's decisions that carry money and have no adjustment yet. */
    public List<String> unpostedClaimsOfRun(long runId) {
        return jdbc.queryForList("SELECT d.claim_id FROM claim_decision d LEFT JOIN invoice_adjustment a "
                + "ON a.claim_id = d.claim_id WHERE d.run_id = ? AND d.amount IS NOT NULL AND a.claim_id IS NULL "
                + "ORDER BY d.claim_id", String.class, runId);
    }

    /** The run's adjustments, sorted by claim id in Java's order, whatever the database's collation. */
    public List<Adjustment> ofRun(long runId) {
        return jdbc.query("SELECT * FROM invoice_adjustment WHERE run_id = ? ORDER BY claim_id",
                (rs, n) -> adjustment(rs), runId).stream().sorted(Comparator.comparing(Adjustment::claimId)).toList();
    }

    /**
     * The invoice each adjustment run {@code runId} posted for the customer corrects, by claim id; a claim
     * whose adjustment names none is absent. What the customer's statement says each credit goes against.
     */
    public Map<String, String> invoicesOfCustomer(long runId, String customerId) {
        Map<String, String> invoices = new HashMap<>();
        jdbc.query("SELECT claim_id, invoice_id FROM invoice_adjustment WHERE run_id = ? AND customer_id = ? "
                + "AND invoice_id IS NOT NULL", (ResultSet rs) -> {
                    invoices.put(rs.getString("claim_id"), rs.getString("invoice_id"));
                }, runId, customerId);
        return invoices;
    }

    /**
     * A customer's posted adjustments in every run, with the run that posted each: the newest run first,
     * each run's by claim id. A customer has at most one a contract and period (rejected duplicates post
     * nothing), so the list is short.
     */
    public List<PostedAdjustment> ofCustomer(String customerId) {
        return jdbc.query("SELECT * FROM invoice_adjustment WHERE customer_id = ?",
                (rs, n) -> new PostedAdjustment(rs.getLong("run_id"), adjustment(rs)), customerId).stream()
                .sorted(Comparator.comparingLong(PostedAdjustment::runId).reversed()
                        .thenComparing(posted -> posted.adjustment().claimId()))
                .toList();
    }

    /** The adjustment posted for the claim, by whichever run posted it. */
    public Optional<Adjustment> ofClaim(String claimId) {
        return jdbc.query("SELECT * FROM invoice_adjustment WHERE claim_id = ?", (rs, n) -> adjustment(rs), claimId)
                .stream().findFirst();
    }

    /**
     * A row of {@code invoice_adjustment}, its amount at the currency's minor unit; public for the
     * queries that join it, such as the console's reversal requests.
     */
    public static Adjustment adjustment(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Adjustment(rs.getString("adjustment_id"), rs.getString("claim_id"), rs.getString("contract_id"),
                rs.getString("customer_id"), ServicePeriod.parse(rs.getString("period")),
                AdjustmentKind.valueOf(rs.getString("kind")),
                new Money(StoredAmount.atMinorUnit(rs.getBigDecimal("amount"), currency), currency),
                Settlement.valueOf(rs.getString("settlement")), Optional.ofNullable(rs.getString("invoice_id")));
    }
}
