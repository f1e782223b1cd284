package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a credit schedule says about one measured period: the outcome and reason a verified claim
 * gets, the credit percentage where there is one, and whether a termination the customer elected may
 * be granted (only a material breach under {@code remedy: TERMINATION_REFUND}).
 */
public record CreditAssessment(Outcome outcome, Reason reason, Optional<BigDecimal> creditPercent,
        boolean terminationAllowed) {

    public CreditAssessment {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(creditPercent, "creditPercent");
        if ((outcome == Outcome.CREDIT) != creditPercent.isPresent()) {
            throw new IllegalArgumentException("a credit percentage goes with a credit, and only then");
        }
        if (!reason.isVerified()) {
            throw new IllegalArgumentException(reason + " is not a verdict on measured availability");
        }
    }

    /** At or above the guarantee, or below it but in no row of a downtime table. */
    public static CreditAssessment noCreditDue() {
        return new CreditAssessment(Outcome.REJECTED, Reason.NO_CREDIT_DUE, Optional.empty(), false);
    }

    public static CreditAssessment tier(BigDecimal percent) {
        return new CreditAssessment(Outcome.CREDIT, Reason.TIER, Optional.of(percent), false);
    }

    /** Below the breach line: a credit at {@code percent}, or, where allowed and elected, a termination. */
    public static CreditAssessment materialBreach(BigDecimal percent, boolean terminationAllowed) {
        return new CreditAssessment(Outcome.CREDIT, Reason.MATERIAL_BREACH, Optional.of(percent), terminationAllowed);
    }

    public static CreditAssessment compliance(boolean met) {
        return new CreditAssessment(Outcome.COMPLIANCE, met ? Reason.MET : Reason.MISSED, Optional.empty(), false);
    }
}
