package com.slacredits.domain;

/** What an invoice adjustment is for. How it is settled is the decision's (credit rules, section 6). */
public enum AdjustmentKind {
    SLA_CREDIT,
    TERMINATION_REFUND,
    /** A support credit (support SLAs, section 6): an SLA credit for a missed support target. */
    SUPPORT_CREDIT,
    /**
     * The compensating entry of a posted adjustment that finance took back: negative, linked to the
     * adjustment it reverses. Only an {@link AdjustmentReversal} has it; an {@link Adjustment} never does.
     */
    REVERSAL
}
