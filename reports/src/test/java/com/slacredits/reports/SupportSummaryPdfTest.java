package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.RunSummary;
import com.slacredits.domain.support.SupportTally;
import com.slacredits.domain.support.SupportTally.Measured;
import com.slacredits.domain.support.SupportTally.Unmeasured;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary's support sections (support SLAs, section 5), with run 1 of examples/support-2026: the
 * tickets measured per pack and priority, each clock met and missed, and the tickets left open or
 * without targets.
 */
class SupportSummaryPdfTest {

    /** Run 1 as the example's README counts it. */
    static final SupportTally RUN_1 = new SupportTally(List.of(
            new Measured("standard-2024", "P4", 1, 1, 0, 0, 0),
            new Measured("standard-2024", "P2", 1, 1, 0, 0, 1),
            new Measured(SupportTickets.PACK, "P1", 2, 0, 2, 0, 2),
            new Measured(SupportTickets.PACK, "P2", 2, 1, 1, 1, 1),
            new Measured(SupportTickets.PACK, "P3", 1, 0, 1, 1, 0)),
            List.of(new Unmeasured("cpaas-2024", 1, 0), new Unmeasured("iot-cloud-2022", 0, 1),
                    new Unmeasured("plm-2022", 0, 1), new Unmeasured(SupportTickets.PACK, 1, 0),
                    new Unmeasured("standard-2024", 0, 0), new Unmeasured("pricing-saas-2018", 1, 0)));

    static String render(Path dir, RunSummary summary) throws IOException {
        Path target = dir.resolve("summary.pdf");
        new SummaryRenderer(Statements.REPORTS, SupportTickets.CATALOG).render(summary,
                new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, 1, Path.of("/data/in"), dir, "h2"), target);
        return PdfText.of(target).flat();
    }

    static RunSummary summary(SupportTally tally) {
        return new RunSummary(SupportTickets.RUN_1, false, SupportTickets.K_Z1_DECISIONS, 0, new TreeMap<>(Map.of()),
                List.of()).withSupport(tally);
    }

    @Test
    void ticketsMeasuredPerPackAndPriorityInThePacksOrder(@TempDir Path dir) throws IOException {
        String text = render(dir, summary(RUN_1));
        // in this order, whichever page each row falls on
        assertThat(text).containsSubsequence("Support tickets measured, by pack and priority Priority First response"
                        + " met · missed Resolution met · missed Tickets",
                "harbour-support-2026 · Harbour Support SLA 2026", "P1 0 · 2 0 · 2 2", "P2 1 · 1 1 · 1 2",
                "P3 0 · 1 1 · 0 1", "All priorities 1 · 4 2 · 3 5",
                "standard-2024 · Standard SLA 2024", "P2 1 · 0 0 · 1 1", "P4 1 · 0 — 1", "All priorities 2 · 0 0 · 1 2",
                "All packs All priorities 3 · 4 2 · 4 7");
    }

    @Test
    void ticketsOpenAndWithoutTargetsPerPack(@TempDir Path dir) throws IOException {
        String text = render(dir, summary(RUN_1));
        assertThat(text).containsSubsequence("Support tickets not measured, at the end of the run",
                "Pack Open, waiting Without targets Tickets",
                "cpaas-2024 · CPaaS SLA 2024 1 0 1",
                // a long title wraps in its column, and the counts read after its first line
                "harbour-support-2026 · Harbour Support 1 0 1",
                "iot-cloud-2022 · IoT Cloud Platform SLA 0 1 1",
                "plm-2022 · PLM Platform SLA 2022 0 1 1",
                // a pack the catalogue does not hold is named by its id
                "pricing-saas-2018 1 0 1",
                "All packs 3 2 5",
                "Open, waiting Stored and not yet measured, with a target",
                "Without targets Stored by this run, new or changed");
        // a pack with nothing unmeasured gets no row
        assertThat(text).doesNotContain("Standard SLA 2024 0 0 0");
    }

    @Test
    void aRunWithoutTicketsReadsAsItAlwaysDid(@TempDir Path dir) throws IOException {
        assertThat(render(dir, summary(SupportTally.NONE))).doesNotContain("Support tickets");
    }

    @Test
    void aRunThatMeasuredNothingButLeftTicketsOpenSaysSo(@TempDir Path dir) throws IOException {
        String text = render(dir, summary(new SupportTally(List.of(), List.of(new Unmeasured("cpaas-2024", 2, 0)))));
        assertThat(text).contains("Support tickets measured, by pack and priority Priority First response met · missed"
                + " Resolution met · missed Tickets All packs None — — 0");
        assertThat(text).contains("cpaas-2024 · CPaaS SLA 2024 2 0 2", "All packs 2 0 2");
    }
}
