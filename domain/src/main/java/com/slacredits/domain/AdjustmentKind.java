package com.slacredits.domain;

/** What an invoice adjustment is for. How it is settled is the decision's (credit rules, section 6). */
public enum AdjustmentKind {
    SLA_CREDIT,
    TERMINATION_REFUND
}
