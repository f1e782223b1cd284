package com.slacredits.domain;

/** What an invoice adjustment is for, and how it is settled (credit rules, section 6). */
public enum AdjustmentKind {
    SLA_CREDIT(Settlement.NEXT_INVOICE),
    TERMINATION_REFUND(Settlement.REFUND);

    private final Settlement settlement;

    AdjustmentKind(Settlement settlement) {
        this.settlement = settlement;
    }

    public Settlement settlement() {
        return settlement;
    }
}
