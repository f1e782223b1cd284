package com.slacredits.domain;

/** How an adjustment reaches the customer. */
public enum Settlement {
    /** Deducted from the customer's next invoice. */
    NEXT_INVOICE,
    /** Paid out. */
    REFUND
}
