package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Invoice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/** A termination refund's line shows each invoice with its days refunded out of its days. */
class RefundedDaysTest {

    /** The October example's only invoice of K-C1: terminated at the end of 2026-11-10, 51 of 365 days back. */
    private static final Invoice INV_C1_2026 = invoice("INV-C1-2026", "2026-01-01", "2026-12-31", "120000.00");

    @Test
    void theRefundOfTheOctoberExampleIs51Of365DaysOfItsInvoice() {
        assertThat(DecisionWording.refundedDays(CL_04, List.of(INV_C1_2026))).contains("The refund, invoice by invoice:"
                + " invoice INV-C1-2026 of €120,000.00 for 2026-01-01 to 2026-12-31, 51 of its 365 days.");
    }

    @Test
    void invoicesWithoutADayAfterTheTerminationAreLeftOutAndTheOthersFollowTheirPeriods() {
        // 1,000 x 20/30 + 500 x 31/31 = 1,166.67: what the decision says, so the days are shown.
        List<Invoice> invoices = List.of(invoice("M12", "2026-12-01", "2026-12-31", "500.00"),
                invoice("M10", "2026-10-01", "2026-10-31", "1000.00"), invoice("M11", "2026-11-01", "2026-11-30", "1000.00"));
        var decision = new com.slacredits.domain.ClaimDecision(CL_04.claim(), CL_04.contract(), CL_04.outcome(),
                CL_04.reason(), CL_04.availability(), CL_04.guaranteePercent(), CL_04.creditPercent(),
                java.util.Optional.of(new com.slacredits.domain.Money(new BigDecimal("1166.67"), EUR)),
                CL_04.settlement(), CL_04.termination(), CL_04.terminationEffective());

        assertThat(DecisionWording.refundedDays(decision, invoices)).contains("The refund, invoice by invoice:"
                + " invoice M11 of €1,000.00 for 2026-11-01 to 2026-11-30, 20 of its 30 days;"
                + " invoice M12 of €500.00 for 2026-12-01 to 2026-12-31, 31 of its 31 days.");
    }

    @Test
    void invoicesThatDoNotGiveTheRefundDecidedShowNoDays() {
        Invoice changed = invoice("INV-C1-2026", "2026-01-01", "2026-12-31", "120001.00");
        assertThat(DecisionWording.refundedDays(CL_04, List.of(changed))).isEmpty();
        assertThat(DecisionWording.refundedDays(CL_04, List.of())).isEmpty();
        assertThat(DecisionWording.refundedDays(CL_01, List.of(INV_C1_2026))).as("a credit").isEmpty();
    }

    @Test
    void theStatementShowsThemUnderTheRefund(@TempDir Path out) throws IOException {
        CustomerStatement statement = CustomerStatement.of("CU-4", List.of(CL_04));
        assertThat(statement.refundedContracts()).containsExactly("K-C1");

        Statements.writer(out, false).write(new Chunk<>(statement.withRefundedInvoices(Map.of("K-C1", List.of(INV_C1_2026)))));

        // PDFBox reads a date broken at the end of a line with a space after its hyphen
        assertThat(PdfText.of(out.resolve("statements/CU-4.pdf")).flat().replace("- ", "-")).contains("We refund the"
                + " part of your invoices that pays for the time after that date. The refund, invoice by invoice: invoice"
                + " INV-C1-2026 of €120,000.00 for 2026-01-01 to 2026-12-31, 51 of its 365 days. You counted 1,500");
    }

    private static Invoice invoice(String id, String from, String to, String amount) {
        return new Invoice(id, "K-C1", LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(amount), EUR);
    }
}
