package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Credit rules, section 8: every invoice refunds amount x days_after / days_in_period, days as whole local
 * dates with both ends included; the sum is rounded once, half up.
 */
class TerminationRefundTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate TENTH_OF_NOVEMBER = LocalDate.of(2026, 11, 10);

    @Test
    void the_october_example_refunds_51_of_365_days() {
        Invoice annual = invoice("INV-C1-2026", "2026-01-01", "2026-12-31", "120000.00", EUR);

        // 120,000 x 51 / 365 = 16,767.123...
        assertThat(refund(TENTH_OF_NOVEMBER, EUR, annual)).isEqualTo("16767.12");
    }

    @Test
    void a_refund_over_annual_quarterly_and_monthly_invoices_is_rounded_once() {
        List<Invoice> invoices = List.of(
                invoice("Y", "2026-01-01", "2026-12-31", "12000.00", EUR), // 12,000 x 51 / 365 = 1,676.712328...
                invoice("Q4", "2026-10-01", "2026-12-31", "3000.00", EUR), // 3,000 x 51 / 92 = 1,663.043478...
                invoice("M10", "2026-10-01", "2026-10-31", "1000.00", EUR), // all before: 0
                invoice("M11", "2026-11-01", "2026-11-30", "1000.01", EUR), // 1,000.01 x 20 / 30 = 666.673333...
                invoice("M12", "2026-12-01", "2026-12-31", "1000.00", EUR)); // all after: 1,000

        // 5,006.429140... -> 5,006.43; rounding every invoice first would give 5,006.42.
        assertThat(TerminationRefund.of(invoices, TENTH_OF_NOVEMBER, EUR).plain()).isEqualTo("5006.43");
    }

    @Test
    void each_invoice_shows_its_days_after_the_termination_date_out_of_its_days_by_period_start() {
        List<Invoice> invoices = List.of(
                invoice("M12", "2026-12-01", "2026-12-31", "1000.00", EUR),
                invoice("Y", "2026-01-01", "2026-12-31", "12000.00", EUR),
                invoice("M10", "2026-10-01", "2026-10-31", "1000.00", EUR),
                invoice("M11-B", "2026-11-01", "2026-11-30", "1000.01", EUR),
                invoice("M11-A", "2026-11-01", "2026-11-30", "5.00", EUR),
                invoice("Q4", "2026-10-01", "2026-12-31", "3000.00", EUR),
                invoice("END", "2026-10-11", "2026-11-10", "1000.00", EUR),
                invoice("NEXT", "2026-11-11", "2026-12-10", "1000.00", EUR));

        assertThat(TerminationRefund.days(invoices, TENTH_OF_NOVEMBER))
                .extracting(days -> days.invoice().invoiceId() + " " + days.refunded() + "/" + days.invoice().daysInPeriod())
                .containsExactly("Y 51/365", "Q4 51/92", "M11-A 20/30", "M11-B 20/30", "NEXT 30/30", "M12 31/31");
    }

    @Test
    void an_invoice_ending_on_the_termination_date_refunds_nothing() {
        assertThat(refund(TENTH_OF_NOVEMBER, EUR, invoice("M", "2026-10-11", "2026-11-10", "1000.00", EUR)))
                .isEqualTo("0.00");
    }

    @Test
    void an_invoice_starting_the_day_after_refunds_in_full() {
        assertThat(refund(TENTH_OF_NOVEMBER, EUR, invoice("M", "2026-11-11", "2026-12-10", "1000.00", EUR)))
                .isEqualTo("1000.00");
    }

    @Test
    void a_leap_year_invoice_has_366_days() {
        // 36,600 x 51 / 366 = 5,100 exactly.
        assertThat(refund(LocalDate.of(2028, 11, 10), EUR, invoice("Y", "2028-01-01", "2028-12-31", "36600.00", EUR)))
                .isEqualTo("5100.00");
    }

    @Test
    void yen_are_refunded_in_whole_yen_half_up() {
        // 1,200,000 x 51 / 365 = 167,671.23...
        assertThat(refund(TENTH_OF_NOVEMBER, JPY, invoice("Y", "2026-01-01", "2026-12-31", "1200000", JPY)))
                .isEqualTo("167671");
        // 45 x 15 / 30 = 22.5 -> 23.
        assertThat(refund(LocalDate.of(2026, 11, 15), JPY, invoice("M", "2026-11-01", "2026-11-30", "45", JPY)))
                .isEqualTo("23");
    }

    @Test
    void no_invoices_refund_nothing() {
        assertThat(TerminationRefund.of(List.of(), TENTH_OF_NOVEMBER, EUR).plain()).isEqualTo("0.00");
    }

    @Test
    void an_invoice_in_another_currency_is_an_error_not_a_silent_sum() {
        assertThatThrownBy(() -> TerminationRefund.of(
                List.of(invoice("Y", "2026-01-01", "2026-12-31", "1200000", JPY)), TENTH_OF_NOVEMBER, EUR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invoice_days_are_whole_dates_with_both_ends_included() {
        Invoice quarter = invoice("Q4", "2026-10-01", "2026-12-31", "3000.00", EUR);

        assertThat(quarter.daysInPeriod()).isEqualTo(92);
        assertThat(quarter.daysAfter(TENTH_OF_NOVEMBER)).isEqualTo(51);
        assertThat(quarter.daysAfter(LocalDate.of(2026, 9, 30))).isEqualTo(92);
        assertThat(quarter.daysAfter(LocalDate.of(2026, 10, 1))).isEqualTo(91);
        assertThat(quarter.daysAfter(LocalDate.of(2026, 12, 30))).isEqualTo(1);
        assertThat(quarter.daysAfter(LocalDate.of(2026, 12, 31))).isZero();
        assertThat(invoice("D", "2026-11-10", "2026-11-10", "10.00", EUR).daysInPeriod()).isEqualTo(1);
    }

    @Test
    void an_invoice_must_not_end_before_it_starts_nor_be_negative() {
        assertThatThrownBy(() -> invoice("X", "2026-11-10", "2026-11-09", "10.00", EUR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> invoice("X", "2026-11-10", "2026-11-10", "-10.00", EUR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String refund(LocalDate terminationDate, Currency currency, Invoice... invoices) {
        Money refund = TerminationRefund.of(List.of(invoices), terminationDate, currency);
        assertThat(refund.currency()).isEqualTo(currency);
        return refund.plain();
    }

    private static Invoice invoice(String id, String from, String to, String amount, Currency currency) {
        return new Invoice(id, "K-1", LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(amount), currency);
    }
}
