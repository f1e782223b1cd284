package com.slacredits.domain;

/** The termination column: whether a termination was asked for and what became of it. */
public enum Termination {
    /** Not asked for. */
    NONE,
    GRANTED,
    /** Asked for and not granted, whatever the reason. */
    DENIED;

    static Termination refused(Claim claim) {
        return claim.terminationElected() ? DENIED : NONE;
    }
}
