package com.slacredits.reports;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Channel;
import com.slacredits.domain.MonitoringGap;
import com.slacredits.domain.Termination;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Renders the October 2026 statements and summary into a folder, to look at them (and to make
 * the README's picture with pdftoppm). Not a test. Arguments: folder [dry-run].
 */
public final class Preview {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        boolean dryRun = args.length > 1 && Boolean.parseBoolean(args[1]);
        CompiledReports reports = CompiledReports.compile();
        StatementRenderer renderer = new StatementRenderer(reports, Packs.WORDING);
        new StatementItemWriter(renderer, October2026.run(dryRun), out)
                .write(new Chunk<>(CustomerStatement.of(October2026.DECISIONS)));
        new SummaryRenderer(reports, Packs.CATALOG).render(October2026.summary(dryRun),
                new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, October2026.RUN_ID, Path.of("/data/in/2026-10"),
                        out, "jdbc:mysql://db.internal:3306/sla"), out.resolve("summary.pdf"));

        List<ClaimDecision> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(i % 3 == 0
                    ? October2026.rejected(October2026.claim(String.format("CL-%03d", i), "K-A1",
                            "2026-11-02T09:00:00Z", Channel.PHONE, 84L, true), October2026.K_A1,
                            com.slacredits.domain.Reason.NOT_IN_WRITING)
                    : October2026.credit(October2026.claim(String.format("CL-%03d", i), "K-A1",
                            "2026-11-02T09:00:00Z", Channel.EMAIL, 84L, false), October2026.K_A1, October2026.SVC_A,
                            "99.9", "10", "500.00", Termination.NONE));
        }
        new StatementItemWriter(renderer, October2026.run(dryRun), out.resolve("long"))
                .write(new Chunk<>(CustomerStatement.of(many)));

        // Every policy pack in one run (examples/five-packs-2026), and the cases no example shows.
        Path packs = out.resolve("five-packs");
        List<ClaimDecision> all = new ArrayList<>(FivePacks2026.DECISIONS);
        all.add(FivePacks2026.CL_Q1);
        all.add(FivePacks2026.CL_T2);
        new StatementItemWriter(renderer, FivePacks2026.run(), packs).write(new Chunk<>(CustomerStatement.of(all)));
        new SummaryRenderer(reports, Packs.CATALOG).render(FivePacks2026.summary(List.of(
                        new MonitoringGap("iot-edge", FivePacks2026.DEC),
                        new MonitoringGap("svc-std-1", FivePacks2026.NOV))),
                new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, FivePacks2026.RUN_ID, Path.of("/data/in/2026-q4"),
                        packs, "embedded database in ./data"), packs.resolve("summary.pdf"));

        // Support tickets (examples/support-2026, run 1): K-Z1's credits and tickets, and tickets alone.
        StatementRenderer support = new StatementRenderer(reports, new DecisionWording(SupportTickets.CATALOG));
        new StatementItemWriter(support, new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, 1, SupportTickets.RUN_1,
                dryRun), out.resolve("support")).write(new Chunk<>(
                CustomerStatement.of("CU-7", SupportTickets.K_Z1_DECISIONS, List.of(), SupportTickets.K_Z1_TICKETS, ""),
                CustomerStatement.of("CU-6", List.of(), List.of(), List.of(SupportTickets.U_01), "Hudson Pricing Inc.")));
        new SummaryRenderer(reports, SupportTickets.CATALOG).render(SupportSummaryPdfTest.summary(SupportSummaryPdfTest.RUN_1),
                new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, 1, Path.of("/data/in/support"),
                        out.resolve("support"), "embedded database in ./data"), out.resolve("support/summary.pdf"));
    }
}
