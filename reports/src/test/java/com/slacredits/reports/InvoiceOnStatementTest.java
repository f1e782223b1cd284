package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Invoice;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The invoice each credit or refund goes against (files.md, adjustments.csv's invoice_id), under its
 * settlement on the statement, so that the customer can match the credit note to the invoice it corrects.
 */
class InvoiceOnStatementTest {

    @Test
    void aPostedCreditSaysWhichInvoiceItIsCreditedAgainst() {
        StatementLine line = new StatementLine(October2026.CL_01, Optional.of("INV-2026-10-A1"), Packs.WORDING);

        assertThat(line.getSettlement()).isEqualTo("credited on your next invoice");
        assertThat(line.getInvoice()).isEqualTo("credited against invoice\nINV-2026-10-A1");
    }

    @Test
    void aCreditWithoutAnInvoiceAndALineWithoutMoneyNameNone() {
        assertThat(new StatementLine(October2026.CL_01, Optional.empty(), Packs.WORDING).getInvoice()).isEmpty();
        assertThat(new StatementLine(October2026.CL_01, Packs.WORDING).getInvoice()).isEmpty();
        // a rejected claim posts nothing, whatever it is handed
        assertThat(new StatementLine(October2026.CL_02, Optional.of("INV-X"), Packs.WORDING).getInvoice()).isEmpty();
    }

    @Test
    void aReversalSaysWhichInvoiceTheReversedAdjustmentWasCreditedAgainst() {
        AdjustmentReversal reversal = AdjustmentReversal.of(October2026.CL_04.adjustment().orElseThrow()
                .correcting(List.of(new Invoice("INV-C1-2026", "K-C1", LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31), new BigDecimal("120000.00"), Currency.getInstance("EUR")))),
                "fiona", Instant.parse("2026-11-20T10:15:00Z"), "Refunded twice");

        StatementLine line = new StatementLine(reversal, Packs.WORDING);

        assertThat(line.getSettlement()).isEqualTo("no longer refunded");
        assertThat(line.getInvoice()).isEqualTo("reversed against invoice\nINV-C1-2026");
    }

    @Test
    void theStatementShowsTheInvoiceUnderTheSettlementOfEachLineThatHasOne(@TempDir Path out) throws IOException {
        CustomerStatement statement = CustomerStatement.of("CU-3", List.of(October2026.CL_03, October2026.CL_12))
                .withInvoices(Map.of("CL-03", "INV-2026-10-B1"));

        Statements.writer(out, false).write(new Chunk<>(statement));

        String text = PdfText.of(out.resolve("statements/CU-3.pdf")).flat();
        assertThat(text).contains("credited on your next invoice credited against invoice INV-2026-10-B1");
        assertThat(text.split("credited against invoice", -1)).hasSize(2);
        // the explanation floats below the longer settlement cell instead of being overprinted by it
        assertThat(text.indexOf("INV-2026-10-B1")).isLessThan(text.indexOf("CL-12"));
    }

    @Test
    void aStatementKeepsTheInvoicesItWasGivenAndOnlyThose() {
        CustomerStatement statement = CustomerStatement.of("CU-3", List.of(October2026.CL_03))
                .withInvoices(Map.of("CL-03", "INV-B"));

        assertThat(statement.invoiceOf("CL-03")).contains("INV-B");
        assertThat(statement.invoiceOf("CL-12")).isEmpty();
        assertThat(CustomerStatement.of("CU-3", List.of(October2026.CL_03)).invoiceOf("CL-03")).isEmpty();
    }
}
