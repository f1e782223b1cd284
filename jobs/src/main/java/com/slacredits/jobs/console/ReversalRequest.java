package com.slacredits.jobs.console;

import com.slacredits.domain.Adjustment;
import java.time.Instant;
import java.util.Optional;

/**
 * A reversal above {@code sla-credits.controls.reversal-approval-above}, asked for and waiting for a
 * second FINANCE user, or approved by one (then posted).
 *
 * @param adjustment the posted adjustment to take back
 * @param requestedBy who asked, when and why: the reversal is posted in their name and with their reason
 * @param approvedBy who approved, when and why; empty while it waits
 */
public record ReversalRequest(Adjustment adjustment, String requestedBy, Instant requestedAt, String reason,
        Optional<String> approvedBy, Optional<Instant> approvedAt, Optional<String> approvalReason) {

    public boolean isWaiting() {
        return approvedBy.isEmpty();
    }

    public String claimId() {
        return adjustment.claimId();
    }
}
