package com.slacredits.domain;

/** The outcome column of {@code decisions.csv}. */
public enum Outcome {
    CREDIT,
    TERMINATION_REFUND,
    REJECTED,
    /** A compliance-only pack: measured against the commitment, no money either way. */
    COMPLIANCE;

    /** Whether a decision with this outcome carries an amount. */
    public boolean carriesMoney() {
        return this == CREDIT || this == TERMINATION_REFUND;
    }
}
