package com.slacredits.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;

/**
 * The refund a granted termination pays (credit rules, section 8): the part of every invoice that
 * pays for days after the termination date, summed exactly and rounded once.
 */
public final class TerminationRefund {

    private TerminationRefund() {
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
            long after = invoice.daysAfter(terminationDate);
            if (after == 0) {
                continue;
            }
            BigInteger days = BigInteger.valueOf(invoice.daysInPeriod());
            BigDecimal part = invoice.amount().multiply(BigDecimal.valueOf(after));
            numerator = numerator.multiply(new BigDecimal(days)).add(part.multiply(new BigDecimal(denominator)));
            denominator = denominator.multiply(days);
        }
        return Money.roundedHalfUp(numerator, denominator, currency);
    }
}
