package com.slacredits.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Finance taking back a posted adjustment: a compensating entry of the same amount with the other
 * sign, linked to the adjustment it reverses, with who did it, when and why. The adjustment itself
 * stays as it was posted, and the claim stays decided; the ERP gets both entries and nets them.
 *
 * <p>Its id is derived from the reversed adjustment's alone ({@link #idFor}), so a second attempt, a
 * retry from the console or two finance users at once can never post the same reversal under two ids;
 * the database's unique key on the reversed adjustment then refuses the second one.
 *
 * @param reversed the posted adjustment taken back: never a reversal (a reversal cannot be reversed)
 * @param reversedBy the finance user who asked for it
 * @param reason why, in the user's words: required, a customer's statement shows it
 */
public record AdjustmentReversal(Adjustment reversed, String reversedBy, Instant reversedAt, String reason)
        implements LedgerEntry {

    /** The longest reason kept: a statement line shows it, and a database column holds it. */
    public static final int MAX_REASON = 1_000;
    /** The longest user name kept, as the console's configuration spells it. */
    public static final int MAX_USER = 100;

    private static final String PREFIX = "REV-";

    public AdjustmentReversal {
        Objects.requireNonNull(reversed, "reversed");
        Objects.requireNonNull(reversedAt, "reversedAt");
        if (reversedBy == null || reversedBy.isBlank()) {
            throw new ReversalRefusedException("A reversal needs the name of the user who asks for it.");
        }
        if (reversedBy.length() > MAX_USER) {
            throw new ReversalRefusedException("A user name of more than " + MAX_USER + " characters cannot sign a reversal.");
        }
        if (reason == null || reason.isBlank()) {
            throw new ReversalRefusedException("A reversal needs a reason: the customer's statement shows it.");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new ReversalRefusedException("The reason is longer than " + MAX_REASON + " characters; shorten it.");
        }
    }

    /**
     * The reversal of {@code entry}, which must be a posted adjustment: a reversal is final, and
     * undoing one would be a new adjustment decided by a claim, not a reversal of a reversal.
     */
    public static AdjustmentReversal of(LedgerEntry entry, String reversedBy, Instant reversedAt, String reason) {
        if (entry instanceof Adjustment adjustment) {
            return new AdjustmentReversal(adjustment, reversedBy, reversedAt, reason);
        }
        throw new ReversalRefusedException("The entry " + entry.adjustmentId()
                + " is itself a reversal, and a reversal cannot be reversed.");
    }

    /** The id of the reversal of the adjustment {@code adjustmentId}. */
    public static String idFor(String adjustmentId) {
        return PREFIX + adjustmentId;
    }

    /** This reversal's own id, stable: {@code REV-} and the reversed adjustment's id. */
    @Override
    public String adjustmentId() {
        return idFor(reversed.adjustmentId());
    }

    @Override
    public String claimId() {
        return reversed.claimId();
    }

    @Override
    public String contractId() {
        return reversed.contractId();
    }

    @Override
    public String customerId() {
        return reversed.customerId();
    }

    @Override
    public ServicePeriod period() {
        return reversed.period();
    }

    @Override
    public AdjustmentKind kind() {
        return AdjustmentKind.REVERSAL;
    }

    /** The reversed amount with the other sign, exactly, in its currency. */
    @Override
    public Money amount() {
        return reversed.amount().negated();
    }

    /** Settled as the original was: taken off the next invoice's credit, or off what was refunded. */
    @Override
    public Settlement settlement() {
        return reversed.settlement();
    }

    /** The reversed adjustment's invoice: taking a credit back corrects the invoice the credit corrected. */
    @Override
    public Optional<String> invoiceId() {
        return reversed.invoiceId();
    }

    @Override
    public Optional<String> reverses() {
        return Optional.of(reversed.adjustmentId());
    }
}
