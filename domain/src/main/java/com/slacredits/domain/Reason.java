package com.slacredits.domain;

/** The reason column of {@code decisions.csv}, in the order the rules are checked. */
public enum Reason {
    UNKNOWN_CONTRACT(false),
    AUTOMATIC(false),
    NOT_IN_WRITING(false),
    WRONG_PERIOD(false),
    LATE(false),
    NOT_COVERED(false),
    DUPLICATE(false),
    NO_CREDIT_DUE(true),
    TIER(true),
    MATERIAL_BREACH(true),
    MET(true),
    MISSED(true),
    /**
     * A support credit: a ticket missed a target of a pack that pays for it (support SLAs, section 6).
     * Not a verified claim: a contract-period has one verified claim, and any number of tickets.
     */
    SUPPORT_MISSED(false),
    /** A ticket that missed a target, whose contract's period had used its support credits' cap. */
    CAP_REACHED(false);

    private final boolean verified;

    Reason(boolean verified) {
        this.verified = verified;
    }

    /** Whether the claim passed the eligibility rules and was verified against the records. */
    public boolean isVerified() {
        return verified;
    }
}
