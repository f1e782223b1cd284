package com.slacredits.domain;

/** The outcome column of {@code decisions.csv}. */
public enum Outcome {
    CREDIT,
    TERMINATION_REFUND,
    REJECTED
}
