package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * files.md, {@code adjustments.csv}'s {@code invoice_id}: the contract's invoice whose period contains the
 * last day of the adjustment's period; among several, the latest {@code period_start}, then the greatest
 * {@code invoice_id}; failing that, the latest-starting invoice that starts on or before that day; none when
 * the contract has none.
 */
class CorrectedInvoiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ServicePeriod Q4 = ServicePeriod.quarter(2026, 4);

    @Test
    void the_invoice_whose_period_contains_the_periods_last_day() {
        assertThat(picked(OCTOBER,
                invoice("INV-09", "2026-09-01", "2026-09-30"),
                invoice("INV-10", "2026-10-01", "2026-10-31"),
                invoice("INV-11", "2026-11-01", "2026-11-30"))).contains("INV-10");
    }

    @Test
    void an_invoice_that_starts_or_ends_on_the_last_day_contains_it() {
        assertThat(picked(OCTOBER, invoice("STARTS", "2026-10-31", "2026-11-29"))).contains("STARTS");
        assertThat(picked(OCTOBER, invoice("ENDS", "2026-10-02", "2026-10-31"))).contains("ENDS");
        assertThat(picked(OCTOBER, invoice("ONE-DAY", "2026-10-31", "2026-10-31"))).contains("ONE-DAY");
    }

    @Test
    void among_invoices_containing_the_day_the_latest_start_wins_over_a_greater_id() {
        assertThat(picked(OCTOBER,
                invoice("Z-ANNUAL", "2026-01-01", "2026-12-31"),
                invoice("A-MONTH", "2026-10-01", "2026-10-31"))).contains("A-MONTH");
    }

    @Test
    void among_invoices_starting_the_same_day_the_greatest_id_wins_in_javas_order() {
        assertThat(picked(OCTOBER,
                invoice("INV-10", "2026-10-01", "2026-10-31"),
                invoice("INV-9", "2026-10-01", "2026-12-31"),
                invoice("INV-100", "2026-10-01", "2026-11-30"))).contains("INV-9");
        // compared as Java compares strings: capitals sort before small letters
        assertThat(picked(OCTOBER,
                invoice("inv-a", "2026-10-01", "2026-10-31"),
                invoice("INV-B", "2026-10-01", "2026-10-31"))).contains("inv-a");
    }

    @Test
    void an_invoice_containing_the_day_wins_over_a_later_start_that_ended_before_it() {
        assertThat(picked(OCTOBER,
                invoice("ANNUAL", "2026-01-01", "2026-12-31"),
                invoice("ONE-OFF", "2026-10-01", "2026-10-30"))).contains("ANNUAL");
    }

    @Test
    void failing_one_that_contains_it_the_latest_start_on_or_before_the_day() {
        assertThat(picked(OCTOBER,
                invoice("Q2", "2026-04-01", "2026-06-30"),
                invoice("Q3", "2026-07-01", "2026-09-30"),
                invoice("ENDED-THE-DAY-BEFORE", "2026-10-01", "2026-10-30"))).contains("ENDED-THE-DAY-BEFORE");
        assertThat(picked(OCTOBER,
                invoice("Q2", "2026-04-01", "2026-06-30"),
                invoice("Q3", "2026-07-01", "2026-09-30"),
                invoice("NEXT-YEAR", "2027-01-01", "2027-12-31"))).contains("Q3");
    }

    @Test
    void failing_one_that_contains_it_a_tie_in_start_goes_to_the_greatest_id() {
        assertThat(picked(OCTOBER,
                invoice("B", "2026-07-01", "2026-09-30"),
                invoice("C", "2026-07-01", "2026-07-31"),
                invoice("A", "2026-07-01", "2026-08-31"))).contains("C");
    }

    @Test
    void only_later_invoices_pick_none() {
        assertThat(picked(OCTOBER, invoice("NOVEMBER", "2026-11-01", "2026-11-30"))).isEmpty();
        assertThat(picked(OCTOBER, invoice("THE-DAY-AFTER", "2026-11-01", "2027-10-31"))).isEmpty();
    }

    @Test
    void a_contract_without_invoices_has_none() {
        assertThat(picked(OCTOBER)).isEmpty();
    }

    @Test
    void another_contracts_invoices_are_never_picked() {
        Invoice others = new Invoice("OTHER", "K-2", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"),
                BigDecimal.TEN, EUR);
        assertThat(CorrectedInvoice.of(List.of(others), "K-1", OCTOBER)).isEmpty();
        assertThat(CorrectedInvoice.of(List.of(others, invoice("MINE", "2026-01-01", "2026-03-31")), "K-1", OCTOBER)
                .map(Invoice::invoiceId)).contains("MINE");
    }

    @Test
    void a_quarter_is_judged_by_its_last_day_not_its_first() {
        Invoice[] monthly = {
            invoice("M-10", "2026-10-01", "2026-10-31"),
            invoice("M-11", "2026-11-01", "2026-11-30"),
            invoice("M-12", "2026-12-01", "2026-12-31")};
        assertThat(picked(Q4, monthly)).contains("M-12");
        assertThat(picked(Q4, invoice("Q4", "2026-10-01", "2026-12-31"), invoice("M-12", "2026-12-01", "2026-12-31")))
                .contains("M-12");
        // an October invoice alone still starts on or before 31 December: the fallback picks it
        assertThat(picked(Q4, invoice("M-10", "2026-10-01", "2026-10-31"))).contains("M-10");
    }

    @Test
    void the_order_the_invoices_come_in_changes_nothing() {
        List<Invoice> invoices = new ArrayList<>(List.of(
                invoice("A", "2026-10-01", "2026-10-31"),
                invoice("B", "2026-10-01", "2026-10-31"),
                invoice("C", "2026-09-01", "2026-12-31"),
                invoice("D", "2026-11-01", "2026-11-30"),
                invoice("E", "2026-01-01", "2026-09-30")));
        Random random = new Random(20_261_031L);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(invoices, random);
            assertThat(CorrectedInvoice.of(invoices, "K-1", OCTOBER).map(Invoice::invoiceId)).contains("B");
        }
    }

    @Test
    void an_adjustment_names_the_invoice_it_corrects_and_its_reversal_keeps_it() {
        Adjustment credit = new Adjustment("ADJ-CL-01", "CL-01", "K-1", "CU-1", OCTOBER, AdjustmentKind.SLA_CREDIT,
                new Money(new BigDecimal("500.00"), EUR), Settlement.NEXT_INVOICE);
        assertThat(credit.invoiceId()).isEmpty();

        Adjustment posted = credit.correcting(List.of(invoice("INV-2026-10-A1", "2026-10-01", "2026-10-31"),
                invoice("INV-2026-11-A1", "2026-11-01", "2026-11-30")));

        assertThat(posted.invoiceId()).contains("INV-2026-10-A1");
        assertThat(posted).usingRecursiveComparison().ignoringFields("invoiceId").isEqualTo(credit);
        AdjustmentReversal reversal = AdjustmentReversal.of(posted, "fiona", java.time.Instant.parse(
                "2026-11-20T10:15:30Z"), "credited twice");
        assertThat(reversal.invoiceId()).contains("INV-2026-10-A1");
        assertThat(credit.correcting(List.of())).isEqualTo(credit);
    }

    @Test
    void a_support_credit_is_judged_by_the_last_day_of_its_tickets_period() {
        Adjustment support = new Adjustment("ADJ-SUP-Z-06", "SUP-Z-06", "K-1", "CU-7",
                ServicePeriod.month(YearMonth.of(2026, 12)), AdjustmentKind.SUPPORT_CREDIT,
                new Money(new BigDecimal("83.33"), EUR), Settlement.NEXT_INVOICE);

        assertThat(support.correcting(List.of(invoice("H2", "2026-07-01", "2026-12-31"),
                invoice("NEXT", "2027-01-01", "2027-06-30"))).invoiceId()).contains("H2");
        assertThat(support.correcting(List.of(invoice("ENDED", "2026-01-01", "2026-10-31"))).invoiceId())
                .contains("ENDED");
    }

    @Test
    void a_termination_refund_is_judged_like_a_credit_by_its_claims_period() {
        Adjustment refund = new Adjustment("ADJ-CL-04", "CL-04", "K-1", "CU-4", OCTOBER,
                AdjustmentKind.TERMINATION_REFUND, new Money(new BigDecimal("16767.12"), EUR), Settlement.REFUND);

        assertThat(refund.correcting(List.of(invoice("INV-C1-2026", "2026-01-01", "2026-12-31"))).invoiceId())
                .contains("INV-C1-2026");
    }

    private static Optional<String> picked(ServicePeriod period, Invoice... invoices) {
        return CorrectedInvoice.of(List.of(invoices), "K-1", period).map(Invoice::invoiceId);
    }

    private static Invoice invoice(String id, String from, String to) {
        return new Invoice(id, "K-1", LocalDate.parse(from), LocalDate.parse(to), new BigDecimal("100.00"), EUR);
    }
}
