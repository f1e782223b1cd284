package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.RunDecisions;
import com.slacredits.domain.RunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/** A reversal on a customer's statement, as a line of its own, and in finance's summary. */
class ReversalReportTest {

    static final AdjustmentReversal CL_05_REVERSED = AdjustmentReversal.of(
            October2026.CL_05.adjustment().orElseThrow(), "fiona", Instant.parse("2026-11-20T10:15:00Z"),
            "Credited in error: the outage was the customer's own");

    @Test
    void aStatementWithAReversalShowsItsLineAndTotalsAfterIt(@TempDir Path out) throws IOException {
        CustomerStatement statement = CustomerStatement.of("CU-5", List.of(October2026.CL_05),
                List.of(CL_05_REVERSED), "");

        Statements.writer(out, false).write(new Chunk<>(statement));

        String text = PdfText.of(out.resolve("statements/CU-5.pdf")).flat();
        assertThat(text).contains("Reversed", "-€300.00", "no longer credited on your next invoice",
                "On 2026-11-20 we reversed the credit of €300.00 posted for this claim (ADJ-CL-05).",
                "Reason: Credited in error: the outage was the customer's own.",
                "as a line of its own, an amount we posted for you earlier and have reversed")
                .doesNotContain("fiona");
        // credited 300.00 and reversed: nothing is owed in EUR
        assertThat(text).containsPattern("EUR €0\\.00 €0\\.00 €0\\.00");
    }

    @Test
    void aCustomerWithAReversalAndNoDecisionStillGetsAStatement(@TempDir Path out) throws IOException {
        CustomerStatement statement = CustomerStatement.of("CU-5", List.of(), List.of(CL_05_REVERSED),
                "Evergreen Studio");

        Statements.writer(out, false).write(new Chunk<>(statement));

        String text = PdfText.of(out.resolve("statements/CU-5.pdf")).flat();
        assertThat(text).contains("Evergreen Studio", "decided no claim of yours", "Reversed", "-€300.00")
                .containsPattern("EUR -€300\\.00 €0\\.00 -€300\\.00");
    }

    @Test
    void aStatementRefusesAnotherCustomersReversalAndNeedsALine() {
        assertThatThrownBy(() -> new CustomerStatement("CU-1", "Acme", List.of(October2026.CL_01),
                List.of(CL_05_REVERSED))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CL-05");
        assertThatThrownBy(() -> new CustomerStatement("CU-1", "Acme", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSummaryListsTheReversalAndItsTotal(@TempDir Path dir) throws IOException {
        RunDecisions decided = new RunDecisions().addReversal(CL_05_REVERSED);
        RunSummary summary = new RunSummary(October2026.AS_OF, false, decided, 0, new TreeMap<>(), List.of(),
                List.of(), Optional.empty());

        String text = SummaryPdfTest.render(dir, summary, "jdbc:h2:mem:x").flat();

        assertThat(text).contains("Reversals of adjustments posted earlier",
                "CL-05 · K-C2 · 2026-10",
                "fiona, 2026-11-20T10:15:00Z:", "Credited in error",
                "ADJ-CL-05", "-€300.00", "All packs EUR Reversal 1 -€300.00");
    }
}
