package com.slacredits.domain;

/** What a material breach gives a customer who elects to terminate (policy packs, section 3). */
public enum BreachRemedy {
    /** The termination refund of credit rules, section 8. */
    TERMINATION_REFUND,
    /** The breach credit only: an elected termination is denied. */
    CREDIT
}
