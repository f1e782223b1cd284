package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Finance's control on large reversals: a reversal whose amount is above the threshold waits for a
 * second finance user's approval; one at the threshold or below is posted at once.
 *
 * <p>The threshold is one number in major units, compared with the reversed amount in its own
 * currency, without conversion: 1000 means EUR 1,000.00, USD 1,000.00 and JPY 1,000 alike. No rate of
 * exchange belongs in a control finance must be able to read off its settings.
 *
 * @param above the largest amount posted at once; empty: no reversal waits (the default)
 */
public record ReversalThreshold(Optional<BigDecimal> above) {

    public static final ReversalThreshold NONE = new ReversalThreshold(Optional.empty());

    public static final String OWN_REQUEST =
            "You asked for this reversal: a second FINANCE user must approve it.";

    public ReversalThreshold {
        above.filter(amount -> amount.signum() < 0).ifPresent(amount -> {
            throw new IllegalArgumentException("The reversal approval threshold is an amount of 0 or more, not "
                    + amount.toPlainString() + ".");
        });
    }

    public static ReversalThreshold above(BigDecimal amount) {
        return new ReversalThreshold(Optional.of(amount));
    }

    /** Whether reversing {@code amount} (a posted adjustment's, either sign) waits for a second approver. */
    public boolean waits(Money amount) {
        return above.filter(limit -> amount.amount().abs().compareTo(limit) > 0).isPresent();
    }

    /**
     * Refuses the approval of a waiting reversal by the user who asked for it.
     *
     * @throws ReversalRefusedException with one sentence a browser can show
     */
    public static void checkApprover(String requestedBy, String approver) {
        if (requestedBy.equals(approver)) {
            throw new ReversalRefusedException(OWN_REQUEST);
        }
    }
}
