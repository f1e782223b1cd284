package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.jobs.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/support-2026 through the real command line: two runs of support tickets on one database,
 * each giving exactly the files worked by hand in the example's README. Run on H2 and on MySQL/MariaDB
 * by the subclasses.
 */
abstract class SupportExampleScenarios {

    private static final Path EXAMPLE = ExampleCsv.SUPPORT;
    private static final List<String> FILES = List.of("support.csv", "decisions.csv", "rejects.csv", "evidence.csv");

    @TempDir
    Path work;

    TestDatabase database;

    abstract TestDatabase newDatabase(Path folder);

    @BeforeEach
    void createDatabase() {
        database = newDatabase(work);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void bothRunsGiveExactlyTheFilesWorkedByHand() throws IOException {
        Path november = work.resolve("2026-11-05");
        CommandRun first = run("2026-11-05", "input", november);
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.COMPLETED);
        assertExpected(november, "2026-11-05");

        Path january = work.resolve("2027-01-05");
        CommandRun second = run("2027-01-05", "input-2027-01", january);
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCode.COMPLETED);
        assertExpected(january, "2027-01-05");
    }

    @Test
    void aTicketIsMeasuredOnceAcrossReRunsAndItsRunExportsIt() throws IOException {
        Path november = work.resolve("2026-11-05");
        assertThat(run("2026-11-05", "input", november).code()).isEqualTo(ExitCode.COMPLETED);

        Path again = work.resolve("again");
        CommandRun rerun = run("2026-11-05", "input", again);

        assertThat(rerun.code()).as(rerun.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(again.resolve("support.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(again.resolve("decisions.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(again.resolve("adjustments.csv"))).isEmpty();
        Path exported = work.resolve("exported");
        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + exported,
                "--policies=" + EXAMPLE.resolve("policies"));
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.COMPLETED);
        for (String file : List.of("support.csv", "decisions.csv", "adjustments.csv")) {
            assertThat(exported.resolve(file)).as(file).hasSameBinaryContentAs(november.resolve(file));
        }
    }

    @Test
    void aDryRunMeasuresWhatTheRealRunThenMeasures() throws IOException {
        Path dry = work.resolve("dry");
        CommandRun dryRun = run("2026-11-05", "input", dry, "--dry-run");
        assertThat(dryRun.code()).as(dryRun.err()).isEqualTo(ExitCode.COMPLETED);
        Path real = work.resolve("real");
        assertThat(run("2026-11-05", "input", real).code()).isEqualTo(ExitCode.COMPLETED);

        for (String file : List.of("support.csv", "decisions.csv", "adjustments.csv")) {
            assertThat(ExampleCsv.rows(dry.resolve(file))).as(file).isEqualTo(ExampleCsv.rows(real.resolve(file)));
        }
        assertThat(ExampleCsv.rows(real.resolve("support.csv"))).hasSize(7);
    }

    /**
     * The statements and the summary of both runs speak of the tickets (support SLAs, section 5): a
     * statement for every customer with a ticket measured, each ticket worded with its calendar, and the
     * counts per pack and priority the README gives; an export of run 1 after run 2 counts as run 1 did.
     */
    @Test
    void statementsAndSummaryShowTheTicketsAsTheReadmeCountsThem() throws IOException {
        Path november = work.resolve("2026-11-05");
        CommandRun first = run("2026-11-05", "input", november);
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.COMPLETED);

        // CU-7 has support credits; CU-1 and CU-2 have measured tickets and no decision
        try (var statements = java.nio.file.Files.list(november.resolve("statements"))) {
            assertThat(statements.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("CU-1.pdf", "CU-2.pdf", "CU-7.pdf");
        }
        String cu7 = pdf(november.resolve("statements/CU-7.pdf"));
        assertThat(cu7).contains(
                "Z-02 K-Z1 2026-10 P1 2026-10-21 22:10 UTC+02:00",
                "First response after 40 min; target 30 min: missed.",
                "Not resolved by 2026-11-05 00:00 Europe/Amsterdam; target 4 h: missed.",
                "Counted around the clock.",
                // Z-01 on harbour, over its closed Friday 16 October
                "First response after 5 h of business hours; target 4 h: missed.",
                "Counted in business hours: Monday to Friday, 08:00–18:00 Europe/Amsterdam, except public holidays of"
                        + " the Netherlands and 2026-10-16, a day we announced we were closed.",
                // Z-04 and Z2-01: answered around the clock, resolved in harbour hours
                "First response counted around the clock; resolution counted in business hours: Monday to Friday,"
                        + " 08:00–18:00 Europe/Amsterdam, except public holidays of the Netherlands.",
                "Measured under Zeeland Ferries SLA 2026, Business edition",
                "Totals", "EUR €166.67 €5.01 €171.68",
                // README, "Support credits": the invoice each credit goes against
                "credited against invoice INV-Z1-2026", "credited against invoice INV-Z2-2026");
        assertThat(cu7.indexOf("Z-02 K-Z1 2026-10 P1")).isGreaterThan(cu7.indexOf("Support tickets"));
        String cu1 = pdf(november.resolve("statements/CU-1.pdf"));
        assertThat(cu1).contains("Amstel Freight B.V.", "decided no claim of yours",
                "Resolved after just over 2 h of business hours, not counting 1 h 15 min waiting for you; target 2 h:"
                        + " missed.",
                "Counted in business hours: Monday to Friday, 09:00–17:00 Europe/Amsterdam, except public holidays of"
                        + " the Netherlands.")
                .doesNotContain("Totals");

        // README, "Totals": 166.67 on the next invoice, K-Z2's 5.01 paid out, the contract having ended
        assertThat(first.out().replace("\r", "")).contains("Credits on the next invoice:\n"
                + "  EUR SUPPORT_CREDIT                 166.67  (3)\n"
                + "Cash refunds, paid out:\n"
                + "  EUR SUPPORT_CREDIT                   5.01  (1)\n");

        // README, "The summary": run 1
        assertThat(first.out()).contains("Support tickets measured: 7 (first response met 3, missed 4; resolution"
                + " met 2, missed 4)", "Support tickets open (waiting to be measured): 3; without targets: 2",
                "No claims.csv in the input: only automatic periods and support tickets were decided.");
        assertCounted(first.out(), "standard-2024 P2", 1, "standard-2024 P4", 1, "zeeland-ferries-2026 P1", 2,
                "zeeland-ferries-2026 P2", 2, "zeeland-ferries-2026 P3", 1);
        assertThat(pdf(november.resolve("summary.pdf"))).containsSubsequence(
                "Support tickets measured, by pack and priority",
                "standard-2024 · Standard SLA 2024", "P2 1 · 0 0 · 1 1", "P4 1 · 0 — 1", "All priorities 2 · 0 0 · 1 2",
                "zeeland-ferries-2026 · Zeeland Ferries SLA 2026", "P1 0 · 2 0 · 2 2", "P2 1 · 1 1 · 1 2",
                "P3 0 · 1 1 · 0 1", "All priorities 1 · 4 2 · 3 5",
                "All packs All priorities 3 · 4 2 · 4 7",
                "Support tickets not measured, at the end of the run", "All packs 3 2 5");

        // run 2
        Path january = work.resolve("2027-01-05");
        CommandRun second = run("2027-01-05", "input-2027-01", january);
        assertThat(second.code()).as(second.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(second.out()).contains("Support tickets measured: 7 (first response met 4, missed 3; resolution"
                + " met 2, missed 2)", "Support tickets open (waiting to be measured): 0; without targets: 0");
        // packs by id, priorities in each pack's order
        assertCounted(second.out(), "cpaas-2024 HIGH", 1, "cpaas-2024 NORMAL", 1, "pricing-saas-2018 S1", 1,
                "pricing-saas-2018 S2", 1, "standard-2024 P3", 1, "zeeland-ferries-2026 P3", 2);
        assertThat(pdf(january.resolve("statements/CU-6.pdf"))).contains("Hudson Pricing Inc.",
                "Counted in business hours: Monday to Friday, 09:00–17:00 America/New_York, except public holidays of"
                        + " the United States.");

        // an export of run 1 counts what run 1 counted, though nothing waits any more
        Path exported = work.resolve("exported");
        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + exported,
                "--policies=" + EXAMPLE.resolve("policies"));
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(export.out()).contains("Support tickets measured: 7 (first response met 3, missed 4; resolution"
                + " met 2, missed 4)", "Support tickets open (waiting to be measured): 3; without targets: 2");
        assertCounted(export.out(), "standard-2024 P2", 1, "standard-2024 P4", 1, "zeeland-ferries-2026 P1", 2,
                "zeeland-ferries-2026 P2", 2, "zeeland-ferries-2026 P3", 1);
        assertThat(pdf(exported.resolve("statements/CU-7.pdf")))
                .contains("Not resolved by 2026-11-05 00:00 Europe/Amsterdam; target 4 h: missed.");
    }

    /** The console's lines of measured tickets: exactly these packs and priorities, with these counts. */
    private static void assertCounted(String out, Object... packPriorityAndCount) {
        List<String> counted = out.lines().filter(line -> line.matches("  \\S+ \\S+ +\\d+  .*(response|resolution).*"))
                .map(line -> line.trim().replaceAll(" {2,}.*", "") + " " + line.trim().split(" +")[2])
                .toList();
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < packPriorityAndCount.length; i += 2) {
            expected.add(packPriorityAndCount[i] + " " + packPriorityAndCount[i + 1]);
        }
        assertThat(counted).containsExactlyElementsOf(expected);
    }

    private static String pdf(Path file) throws IOException {
        return MonthEndScenarios.pdfText(file).replaceAll("\\s+", " ");
    }

    private CommandRun run(String asOf, String input, Path output, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("month-end", "--as-of=" + asOf,
                "--input=" + EXAMPLE.resolve(input), "--policies=" + EXAMPLE.resolve("policies"),
                "--output=" + output));
        args.addAll(List.of(extra));
        return CommandRun.of(database, args.toArray(String[]::new));
    }

    static void assertExpected(Path output, String run) throws IOException {
        Path expected = EXAMPLE.resolve("expected").resolve(run);
        for (String file : FILES) {
            assertThat(ExampleCsv.rows(output.resolve(file))).as(run + " " + file)
                    .isEqualTo(ExampleCsv.rows(expected.resolve(file)));
        }
        // the expected file lists invoice_id and not reverses (empty here): compared on the columns both have
        List<List<Map<String, String>>> adjustments = ExampleCsv.onSharedColumns(output.resolve("adjustments.csv"),
                expected.resolve("adjustments.csv"));
        assertThat(adjustments.get(0)).as(run + " adjustments.csv").isEqualTo(adjustments.get(1));
        ExampleCsv.assertEvidenceAddsUpToDecisions(output);
    }
}
