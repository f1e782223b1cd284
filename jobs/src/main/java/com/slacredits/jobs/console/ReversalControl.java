package com.slacredits.jobs.console;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.ReversalRefusedException;
import com.slacredits.domain.ReversalThreshold;
import com.slacredits.jobs.cli.FinanceControls;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where finance asks for a reversal, the only place one is asked for: at or below
 * {@code sla-credits.controls.reversal-approval-above} (or with none set) it is posted at once, as
 * ever; above it, it waits for a second FINANCE user, whose approval posts it in the requester's name
 * and with the requester's reason. Every request and approval that waits is also in the console's
 * record, with who, when and why.
 */
@Component
class ReversalControl {

    /** What a request came to: the reversal posted, or the request waiting. */
    record Outcome(Optional<AdjustmentReversal> posted, Optional<ReversalRequest> waiting) {
    }

    private final ReversalJournal reversals;
    private final ReversalRequests requests;
    private final AdjustmentJournal adjustments;
    private final LaunchBook book;
    private final ReversalThreshold threshold;
    private final TransactionTemplate transaction;

    ReversalControl(ReversalJournal reversals, ReversalRequests requests, AdjustmentJournal adjustments,
            LaunchBook book, FinanceControls controls, PlatformTransactionManager transactions) {
        this.reversals = reversals;
        this.requests = requests;
        this.adjustments = adjustments;
        this.book = book;
        this.threshold = controls.reversalThreshold();
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The threshold's rule, for the page that offers the reversal to say whether it will wait. */
    boolean waits(Adjustment adjustment) {
        return threshold.waits(adjustment.amount());
    }

    /**
     * Asks for the reversal of the claim's posted adjustment, decided in run {@code runId}.
     *
     * @throws ReversalRefusedException with one sentence: no posted adjustment, reversed already,
     *     already asked for, or a blank reason
     */
    Outcome request(long runId, String claimId, String user, String reason, Instant at) {
        Adjustment posted = adjustments.ofClaim(claimId).orElseThrow(() -> new ReversalRefusedException(
                "Claim " + claimId + " has no posted adjustment to reverse."));
        // a request already made stands, even should the threshold have changed since
        Optional<ReversalRequest> asked = requests.ofClaim(claimId).filter(ReversalRequest::isWaiting);
        if (asked.isPresent()) {
            throw ReversalRequests.askedBefore(asked.get());
        }
        if (!threshold.waits(posted.amount())) {
            return new Outcome(Optional.of(reversals.reverse(claimId, user, reason, at)), Optional.empty());
        }
        // the reversal's own checks (a reason, a user), before anything is recorded
        AdjustmentReversal checked = AdjustmentReversal.of(posted, user, at, reason);
        Optional<AdjustmentReversal> earlier = reversals.ofClaim(claimId);
        if (earlier.isPresent()) {
            throw new ReversalRefusedException("The adjustment of claim " + claimId + " was already reversed by "
                    + earlier.get().reversedBy() + " at " + earlier.get().reversedAt() + ".");
        }
        requests.request(posted, user, at, checked.reason());
        book.record(new ConsoleAction(OptionalLong.empty(), OptionalLong.of(runId),
                ConsoleAction.Kind.REQUEST_REVERSAL, user, at, checked.reason(),
                Optional.of("reversal of " + posted.adjustmentId() + " (" + posted.amount().plain() + " "
                        + posted.amount().currency().getCurrencyCode() + ") waits for a second FINANCE user")));
        return new Outcome(Optional.empty(), requests.ofClaim(claimId));
    }

    /**
     * Approves the waiting request on the claim and posts the reversal, both or neither.
     *
     * @throws ReversalRefusedException with one sentence: nothing waits, the approver asked for it
     *     themselves, someone approved it first, or a blank reason
     */
    AdjustmentReversal approve(long runId, String claimId, String approver, String reason, Instant at) {
        ReversalRequest request = requests.ofClaim(claimId).orElseThrow(() -> new ReversalRefusedException(
                "No reversal of claim " + claimId + " waits for approval."));
        if (!request.isWaiting()) {
            throw ReversalRequests.askedBefore(request);
        }
        ReversalThreshold.checkApprover(request.requestedBy(), approver);
        if (reason == null || reason.isBlank()) {
            throw new ReversalRefusedException("Give a reason for your approval: it is recorded with your name.");
        }
        String why = reason.strip();
        return transaction.execute(status -> {
            if (!requests.approve(request.adjustment().adjustmentId(), approver, at, why)) {
                throw requests.ofClaim(claimId).map(ReversalRequests::askedBefore).orElseThrow();
            }
            AdjustmentReversal posted = reversals.reverse(claimId, request.requestedBy(), request.reason(), at);
            book.record(new ConsoleAction(OptionalLong.empty(), OptionalLong.of(runId),
                    ConsoleAction.Kind.APPROVE_REVERSAL, approver, at, why, Optional.of("posted " + posted.adjustmentId()
                            + ", asked for by " + request.requestedBy())));
            return posted;
        });
    }
}
