package com.slacredits.domain;

import static com.slacredits.domain.Generators.integersBetween;
import static com.slacredits.domain.Generators.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Credit rules, section 8: the refund is the exact sum over invoices of amount x days_after / days, rounded once. */
class TerminationRefundProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate ORIGIN = LocalDate.of(2026, 1, 1);
    /** Fixed, so that a failure shows up again on the next run; QuickTheories prints it with the failing values. */
    private static final long SEED = 20_261_031L;

    @Test
    void the_refund_is_the_exact_sum_rounded_once() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(invoices(), integersBetween(-30, 800))
                .checkAssert((invoices, dayOffset) -> {
                    LocalDate terminated = ORIGIN.plusDays(dayOffset);

                    // Sum of cents x after / days as one fraction over the product of the periods, all in integers.
                    BigInteger numerator = BigInteger.ZERO;
                    BigInteger denominator = BigInteger.ONE;
                    for (Invoice invoice : invoices) {
                        long days = ChronoUnit.DAYS.between(invoice.periodStart(), invoice.periodEnd()) + 1;
                        LocalDate firstAfter = terminated.plusDays(1).isAfter(invoice.periodStart())
                                ? terminated.plusDays(1) : invoice.periodStart();
                        long after = Math.max(0, ChronoUnit.DAYS.between(firstAfter, invoice.periodEnd()) + 1);
                        BigInteger cents = invoice.amount().movePointRight(2).toBigIntegerExact();
                        numerator = numerator.multiply(BigInteger.valueOf(days))
                                .add(cents.multiply(BigInteger.valueOf(after)).multiply(denominator));
                        denominator = denominator.multiply(BigInteger.valueOf(days));
                    }
                    BigInteger expectedCents = numerator.shiftLeft(1).add(denominator).divide(denominator.shiftLeft(1));

                    Money refund = TerminationRefund.of(invoices, terminated, EUR);

                    assertThat(refund.amount().movePointRight(2).toBigIntegerExact()).isEqualTo(expectedCents);
                    BigDecimal invoiced = invoices.stream().map(Invoice::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(refund.amount()).isBetween(BigDecimal.ZERO.setScale(2), invoiced.setScale(2));
                });
    }

    @Test
    void a_later_termination_never_refunds_more() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(invoices(), integersBetween(-30, 800), integersBetween(0, 400))
                .checkAssert((invoices, dayOffset, laterBy) -> {
                    LocalDate earlier = ORIGIN.plusDays(dayOffset);

                    assertThat(TerminationRefund.of(invoices, earlier.plusDays(laterBy), EUR).amount())
                            .isLessThanOrEqualTo(TerminationRefund.of(invoices, earlier, EUR).amount());
                });
    }

    private static Gen<List<Invoice>> invoices() {
        Gen<Invoice> invoice = integersBetween(0, 700).zip(
                Generate.pick(List.of(1, 28, 30, 31, 90, 92, 365, 366)),
                longsBetween(0, 100_000_000L),
                (start, length, cents) -> new Invoice("INV-" + start + "-" + length, "K-1", ORIGIN.plusDays(start),
                        ORIGIN.plusDays(start + length - 1), BigDecimal.valueOf(cents, 2), EUR));
        return lists().of(invoice).ofSizeBetween(0, 6);
    }
}
