package com.slacredits.domain;

/** The reason column of {@code decisions.csv}, in the order the rules are checked. */
public enum Reason {
    UNKNOWN_CONTRACT(false),
    NOT_IN_WRITING(false),
    LATE(false),
    NOT_COVERED(false),
    DUPLICATE(false),
    NO_CREDIT_DUE(true),
    TIER(true),
    MATERIAL_BREACH(true);

    private final boolean verified;

    Reason(boolean verified) {
        this.verified = verified;
    }

    /** Whether the claim passed rules 1-5 and was verified against the records. */
    public boolean isVerified() {
        return verified;
    }
}
