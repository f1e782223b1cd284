package com.slacredits.domain;

/** Why a window of time is excused (credit rules, section 3). */
public enum WindowCause {
    MAINTENANCE,
    THIRD_PARTY,
    FORCE_MAJEURE,
    CUSTOMER
}
