package com.slacredits.domain;

/** The contract edition; each policy pack gives every edition its own credit schedule. */
public enum Edition {
    STARTER,
    ESSENTIAL,
    GROWTH,
    ENTERPRISE,
    CUSTOM
}
