package com.slacredits.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * The invoice an adjustment corrects (files.md, {@code adjustments.csv}'s {@code invoice_id}): what the
 * ERP links the credit note to, as EN 16931's preceding-invoice reference does.
 *
 * <p>Of the contract's invoices, the one whose period contains the last day of the adjustment's period;
 * among several, the one with the latest {@code period_start}, then the greatest {@code invoice_id};
 * failing that, the latest-starting invoice that starts on or before that day (ties again to the
 * greatest id); none when every invoice starts later, or the contract has none. So the rule always picks
 * exactly one invoice or none, whatever order the invoices come in.
 */
public final class CorrectedInvoice {

    private CorrectedInvoice() {
    }

    /**
     * The invoice of contract {@code contractId} that an adjustment of {@code period} corrects. Invoices of
     * other contracts among {@code invoices} are not considered.
     */
    public static Optional<Invoice> of(Collection<Invoice> invoices, String contractId, ServicePeriod period) {
        LocalDate lastDay = period.lastDay();
        // Containing the day outranks starting later: an annual invoice beats a later one-off that ended before.
        Comparator<Invoice> preference = Comparator.<Invoice, Boolean>comparing(invoice -> contains(invoice, lastDay))
                .thenComparing(Invoice::periodStart)
                .thenComparing(Invoice::invoiceId);
        return invoices.stream()
                .filter(invoice -> invoice.contractId().equals(contractId))
                .filter(invoice -> !invoice.periodStart().isAfter(lastDay))
                .max(preference);
    }

    private static boolean contains(Invoice invoice, LocalDate day) {
        return !invoice.periodStart().isAfter(day) && !invoice.periodEnd().isBefore(day);
    }
}
