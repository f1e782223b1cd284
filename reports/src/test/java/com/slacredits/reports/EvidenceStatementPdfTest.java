package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/** files.md, "The evidence": the PDF shows it under the verified decision it belongs to, and only there. */
class EvidenceStatementPdfTest {

    @TempDir
    Path out;

    @Test
    void the_evidence_stands_under_its_decision_and_a_long_list_ends_in_one_line() throws IOException {
        List<DecisionEvidence.Run> runs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Instant start = Instant.parse("2026-10-01T08:00:00Z").plusSeconds(86_400L * i);
            runs.add(new DecisionEvidence.Run(DecisionEvidence.Kind.OUTAGE, Optional.empty(), Optional.empty(),
                    Optional.empty(), start, start.plusSeconds(120), 2));
        }
        runs.add(new DecisionEvidence.Run(DecisionEvidence.Kind.EXCUSED, Optional.of("W-1"), Optional.of("MAINTENANCE"),
                Optional.of(Instant.parse("2026-10-17T07:00:00Z")), Instant.parse("2026-10-20T00:00:00Z"),
                Instant.parse("2026-10-20T01:00:00Z"), 60));
        CustomerStatement statement = CustomerStatement.of("CU-1", List.of(October2026.CL_01, October2026.CL_06),
                        List.of(), "")
                .withEvidence(List.of(new DecisionEvidence("CL-01", runs)));

        Statements.writer(out, false).write(new Chunk<>(statement));

        String text = PdfText.of(out.resolve("statements").resolve("CU-1.pdf")).flat();
        assertThat(text).contains("Outages counted (times in Europe/Amsterdam):", "2026-10-01 10:00–10:02 UTC+02:00: 2 min",
                "and 5 more outages, 10 min in all: each is in evidence.csv",
                "W-1, maintenance, 2026-10-20 02:00–03:00 UTC+02:00: 60 min excused; announced 2026-10-17 09:00 UTC+02:00",
                "Monitoring data for every minute.");
        assertThat(text).doesNotContain("2026-10-21 10:00–10:02");
        // every outage counts on its day, listed or not; the marks' ends and legend stand under the words
        assertThat(text).contains("Counted downtime by day: 1 Oct 2 min, 2 Oct 2 min,", "25 Oct 2 min; every other day none.",
                "1 Oct", "31 Oct", "none", "under 1 h", "1 h to under 4 h", "4 h or more");
        // under CL-01, before the duplicate CL-06, which was not verified and shows no evidence
        assertThat(text.indexOf("Outages counted")).isBetween(text.indexOf("CL-01"), text.indexOf("CL-06"));
        assertThat(text.indexOf("Outages counted")).isEqualTo(text.lastIndexOf("Outages counted"));
    }

    @Test
    void a_decision_of_another_statement_cannot_bring_its_evidence() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CustomerStatement.of("CU-1",
                        List.of(October2026.CL_01), List.of(), "")
                .withEvidence(List.of(new DecisionEvidence("CL-03", List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CL-03");
    }
}
