package com.slacredits.writers.csv;

import com.slacredits.domain.LedgerEntry;
import java.util.List;

/**
 * One row of {@code adjustments.csv} (files.md, "Output files"): an adjustment, or the reversal of
 * one (kind {@code REVERSAL}, a negative amount, and in {@code reverses} the id of the adjustment it
 * takes back). {@code reverses}, then {@code invoice_id} (the invoice the entry corrects; a reversal's
 * is the reversed adjustment's), are added last, as files.md asks of new columns: readers go by name.
 */
public final class AdjustmentRow implements OutputFormat<LedgerEntry> {

    public static final String FILE_NAME = "adjustments.csv";

    public static final List<String> HEADER = List.of(
            "adjustment_id",
            "claim_id",
            "contract_id",
            "customer_id",
            "service_month",
            "kind",
            "amount",
            "currency",
            "settlement",
            "period",
            "reverses",
            "invoice_id");

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public String[] cells(LedgerEntry adjustment) {
        return new String[] {
            adjustment.adjustmentId(),
            adjustment.claimId(),
            adjustment.contractId(),
            adjustment.customerId(),
            adjustment.period().month().map(Cells::month).orElse(Cells.NOT_APPLICABLE),
            adjustment.kind().name(),
            adjustment.amount().plain(),
            adjustment.amount().currency().getCurrencyCode(),
            adjustment.settlement().name(),
            adjustment.period().toString(),
            adjustment.reverses().orElse(Cells.NOT_APPLICABLE),
            adjustment.invoiceId().orElse(Cells.NOT_APPLICABLE)
        };
    }
}
