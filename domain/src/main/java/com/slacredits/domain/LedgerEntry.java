package com.slacredits.domain;

import java.util.Optional;

/**
 * One row of the adjustment ledger finance exports to the ERP: an adjustment a decision posted, or the
 * reversal of one. Both are reported once, by the run that posts them, and never change afterwards:
 * taking money back is a new, negative entry, not an edit of the first.
 */
public sealed interface LedgerEntry permits Adjustment, AdjustmentReversal {

    /** Stable: the same claim always gives the same adjustment id, and the same adjustment the same reversal id. */
    String adjustmentId();

    String claimId();

    String contractId();

    String customerId();

    ServicePeriod period();

    AdjustmentKind kind();

    /** Positive for what the customer gets, negative for a reversal. */
    Money amount();

    Settlement settlement();

    /** The invoice the entry corrects ({@link CorrectedInvoice}); a reversal's is the reversed adjustment's. */
    Optional<String> invoiceId();

    /** The id of the adjustment this entry reverses; empty for an adjustment itself. */
    Optional<String> reverses();
}
