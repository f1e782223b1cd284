package com.slacredits.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The refund a granted termination pays (credit rules, section 8): the part of every invoice that
 * pays for days after the termination date, summed exactly and rounded once.
 */
public final class TerminationRefund {

    private TerminationRefund() {
    }

    /**
     * An invoice's part of a refund: {@code refunded} of its {@link Invoice#daysInPeriod()} days, the ones after
     * the termination date. What a statement shows, so that a customer can check the refund invoice by invoice.
     */
    public record RefundedDays(Invoice invoice, long refunded) {

        public RefundedDays {
            Objects.requireNonNull(invoice, "invoice");
            if (refunded < 1 || refunded > invoice.daysInPeriod()) {
                throw new IllegalArgumentException("invoice " + invoice.invoiceId() + ": " + refunded + " of "
                        + invoice.daysInPeriod() + " days refunded");
            }
        }
    }

    /**
     * The invoices a termination on {@code terminationDate} refunds part of, each with its days after that date,
     * by period start, then invoice id; an invoice with no day after it has no part.
     */
    public static List<RefundedDays> days(Collection<Invoice> invoices, LocalDate terminationDate) {
        return invoices.stream()
                .filter(invoice -> invoice.daysAfter(terminationDate) > 0)
                .sorted(Comparator.comparing(Invoice::periodStart).thenComparing(Invoice::invoiceId))
                .map(invoice -> new RefundedDays(invoice, invoice.daysAfter(terminationDate)))
                .toList();
    }

    public static Money of(Collection<Invoice> invoices, LocalDate terminationDate, Currency currency) {
        // Sum of amount_i * after_i / days_i kept as one exact fraction, so that rounding happens once.
        BigDecimal numerator = BigDecimal.ZERO;
        BigInteger denominator = BigInteger.ONE;
        for (Invoice invoice : invoices) {
            if (!invoice.currency().equals(currency)) {
                throw new IllegalArgumentException(
                        "invoice " + invoice.invoiceId() + " is in " + invoice.currency() + ", the contract in " + currency);
            }
        }
        for (RefundedDays share : days(invoices, terminationDate)) {
            Invoice invoice = share.invoice();
            long after = share.refunded();
            BigInteger days = BigInteger.valueOf(invoice.daysInPeriod());
            BigDecimal part = invoice.amount().multiply(BigDecimal.valueOf(after));
            numerator = numerator.multiply(new BigDecimal(days)).add(part.multiply(new BigDecimal(denominator)));
            denominator = denominator.multiply(days);
        }
        return Money.roundedHalfUp(numerator, denominator, currency);
    }
}
