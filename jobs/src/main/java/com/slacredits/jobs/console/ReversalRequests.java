package com.slacredits.jobs.console;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.ReversalRefusedException;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reversals waiting for a second FINANCE user's approval, and their approvals ({@code V20}). */
@Repository
class ReversalRequests {

    private static final String REQUESTS = "SELECT r.requested_by, r.requested_at, r.reason AS request_reason, "
            + "r.approved_by, r.approved_at, r.approval_reason, a.* "
            + "FROM reversal_request r JOIN invoice_adjustment a ON a.adjustment_id = r.adjustment_id";

    private final JdbcTemplate jdbc;

    ReversalRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the request; one per adjustment, so a second one, even at the same moment, is refused. */
    void request(Adjustment adjustment, String user, Instant at, String reason) {
        try {
            jdbc.update("INSERT INTO reversal_request (adjustment_id, requested_by, requested_at, reason) "
                    + "VALUES (?, ?, ?, ?)", adjustment.adjustmentId(), user, at.toString(), reason);
        } catch (DuplicateKeyException raced) {
            throw ofClaim(adjustment.claimId()).map(ReversalRequests::askedBefore).orElseThrow(() -> raced);
        }
    }

    /**
     * Records the approval of the waiting request of {@code adjustmentId}, unless someone approved it
     * first.
     *
     * @return whether this call approved it
     */
    boolean approve(String adjustmentId, String approver, Instant at, String reason) {
        return jdbc.update("UPDATE reversal_request SET approved_by = ?, approved_at = ?, approval_reason = ? "
                + "WHERE adjustment_id = ? AND approved_by IS NULL", approver, at.toString(), reason, adjustmentId) == 1;
    }

    Optional<ReversalRequest> ofClaim(String claimId) {
        return jdbc.query(REQUESTS + " WHERE a.claim_id = ?", ReversalRequests::request, claimId).stream().findFirst();
    }

    /** The requests still waiting on adjustments run {@code runId} posted, by claim id. */
    List<ReversalRequest> waitingOfRun(long runId) {
        return jdbc.query(REQUESTS + " WHERE a.run_id = ? AND r.approved_by IS NULL", ReversalRequests::request, runId)
                .stream().sorted(Comparator.comparing(ReversalRequest::claimId)).toList();
    }

    static ReversalRefusedException askedBefore(ReversalRequest request) {
        return new ReversalRefusedException(request.isWaiting()
                ? "A reversal of claim " + request.claimId() + " is already waiting for approval, asked for by "
                        + request.requestedBy() + " at " + request.requestedAt() + "."
                : "The reversal of claim " + request.claimId() + " was already approved by "
                        + request.approvedBy().orElseThrow() + " at " + request.approvedAt().orElseThrow() + ".");
    }

    private static ReversalRequest request(ResultSet rs, int row) throws SQLException {
        return new ReversalRequest(AdjustmentJournal.adjustment(rs), rs.getString("requested_by"),
                Instant.parse(rs.getString("requested_at")), rs.getString("request_reason"),
                Optional.ofNullable(rs.getString("approved_by")),
                Optional.ofNullable(rs.getString("approved_at")).map(Instant::parse),
                Optional.ofNullable(rs.getString("approval_reason")));
    }
}
