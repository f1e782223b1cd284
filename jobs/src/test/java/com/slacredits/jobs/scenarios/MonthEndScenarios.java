package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month-end run through the real command line, on the October 2026 and the five-packs examples.
 * Run once on H2 and once on MySQL/MariaDB by the subclasses: the database must not change a single cell.
 */
abstract class MonthEndScenarios {

    static final Path EXAMPLE = ExampleCsv.EXAMPLE;
    static final Path FIVE_PACKS = ExampleCsv.FIVE_PACKS;

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

    CommandRun monthEnd(String asOf, Path output, String... extra) {
        String[] args = new String[3 + extra.length];
        args[0] = "month-end";
        args[1] = "--as-of=" + asOf;
        args[2] = "--input=" + EXAMPLE.resolve("input");
        System.arraycopy(extra, 0, args, 3, extra.length);
        String[] withOutput = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--output=" + output)).toArray(String[]::new);
        return CommandRun.of(database, withOutput);
    }

    @Test
    void octoberGivesExactlyTheExpectedFiles() throws IOException {
        Path out = work.resolve("out");
        CommandRun run = monthEnd("2026-11-05", out);

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedOctober(out);
        assertThat(run.out()).contains("Claims decided: 11", "Claims still pending: 1",
                "Rows rejected: claims.csv 1, probes.csv 1", "EUR TERMINATION_REFUND");
        // the termination refund is paid out: apart from the credits, on the last lines as in the summary
        assertThat(run.out().replace("\r", "")).contains("Credits on the next invoice:\n"
                + "  EUR SLA_CREDIT                     800.00  (2)\n"
                + "  USD SLA_CREDIT                     350.00  (2)\n"
                + "Cash refunds, paid out:\n"
                + "  EUR TERMINATION_REFUND           16767.12  (1)\n");
        // CL-09 names no known contract, so no customer: six customers, six statements.
        try (var statements = Files.list(out.resolve("statements"))) {
            assertThat(statements.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("CU-1.pdf", "CU-2.pdf", "CU-3.pdf", "CU-4.pdf", "CU-5.pdf", "CU-6.pdf");
        }
        assertThat(out.resolve("summary.pdf")).isNotEmptyFile();
        // The refund of CL-04 against the contract's invoice as the database holds it: 51 of 365 days.
        assertThat(pdfText(out.resolve("statements/CU-4.pdf")).replaceAll("\\s+", " ").replace("- ", "-"))
                .contains("invoice INV-C1-2026 of €120,000.00 for 2026-01-01 to 2026-12-31, 51 of its 365 days.");
        // the evidence as the run stored it, under CL-01 in Amsterdam's time (files.md, "The evidence")
        assertThat(pdfText(out.resolve("statements/CU-1.pdf"))).contains("2026-10-12 14:00–14:50 UTC+02:00: 50 min",
                "W-1, maintenance, 2026-10-20 02:00–03:00 UTC+02:00: 60 min excused; announced 2026-10-17 09:00 UTC+02:00");
        assertThat(pdfText(out.resolve("statements/CU-4.pdf")))
                .contains("2026-10-24 20:00 UTC+02:00 – 2026-10-25 20:00 UTC+01:00: 1,500 min");
        // the marks for the days in words, in Amsterdam's days: 25 October has the hour summer time gave back
        assertThat(pdfText(out.resolve("statements/CU-1.pdf")))
                .contains("Counted downtime by day: 12 Oct 50 min; every other day none.", "1 Oct", "31 Oct");
        assertThat(pdfText(out.resolve("statements/CU-4.pdf")))
                .contains("Counted downtime by day: 24 Oct 240 min, 25 Oct 1,260 min; every other day none.");
    }

    /** Each probe file is a partition, read on its own thread: rows split over files decide the same. */
    @Test
    void probesSplitOverTwoFilesDecideExactlyAsOneFile() throws Exception {
        Path input = Files.createDirectories(work.resolve("split"));
        for (String name : List.of("contracts.csv", "invoices.csv", "windows.csv", "claims.csv")) {
            Files.copy(EXAMPLE.resolve("input").resolve(name), input.resolve(name));
        }
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("input/probes.csv"));
        List<String> odd = new java.util.ArrayList<>(List.of(lines.get(0)));
        List<String> even = new java.util.ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            (i % 2 == 0 ? even : odd).add(lines.get(i));
        }
        Files.write(input.resolve("probes-1.csv"), odd);
        Files.write(input.resolve("probes-2.csv"), even);
        Path out = work.resolve("out");

        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + input,
                "--output=" + out);

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        List<Map<String, String>> decisions = ExampleCsv.rows(EXAMPLE.resolve("expected/decisions.csv"));
        assertThat(ExampleCsv.projected(ExampleCsv.rows(out.resolve("decisions.csv")), decisions)).isEqualTo(decisions);
        List<Map<String, String>> adjustments = ExampleCsv.rows(EXAMPLE.resolve("expected/adjustments.csv"));
        assertThat(ExampleCsv.projected(ExampleCsv.rows(out.resolve("adjustments.csv")), adjustments))
                .isEqualTo(adjustments);
        assertThat(ExampleCsv.rows(out.resolve("rejects.csv"))).extracting(row -> row.get("file"))
                .containsExactly("claims.csv", lineOfProbeWithoutOffset() % 2 == 0 ? "probes-1.csv" : "probes-2.csv");
        assertThat(database.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name LIKE 'probeFile:%'"))
                .isEqualTo(2);
    }

    @Test
    void theSameMonthAgainDecidesNothingAndALaterDateWaitsForMonitoringData() throws Exception {
        assertThat(monthEnd("2026-11-05", work.resolve("first")).code()).isEqualTo(ExitCode.COMPLETED);

        CommandRun again = monthEnd("2026-11-05", work.resolve("again"));
        assertThat(again.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(work.resolve("again/decisions.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(work.resolve("again/adjustments.csv"))).isEmpty();

        // CL-10's November is over by 5 December, but svc-a has no probe at all in November: it waits
        // for monitoring data (credit rules, section 7) instead of being verified against nothing.
        CommandRun december = monthEnd("2026-12-05", work.resolve("december"));
        assertThat(december.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(work.resolve("december/decisions.csv"))).isEmpty();
        assertThat(december.out()).contains("Claims still pending: 1",
                "Services without monitoring data in a period to decide: svc-a 2026-11");
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
    }

    @Test
    void aDryRunCommitsNothingAndTheRealRunAfterItDecidesTheSame() throws Exception {
        CommandRun dry = monthEnd("2026-11-05", work.resolve("dry"), "--dry-run");
        assertThat(dry.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(dry.out()).contains("DRY RUN");
        assertExpectedOctober(work.resolve("dry"));
        assertThat(committedDecisions()).isZero();

        CommandRun real = monthEnd("2026-11-05", work.resolve("real"));
        assertThat(real.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedOctober(work.resolve("real"));
        assertThat(committedDecisions()).isEqualTo(11);
    }

    @Test
    void anotherRunOnTheSameDatabaseGetsExitCodeThree() throws Exception {
        // Make sure the schema exists, then hold the run lock the way a running month-end does.
        assertThat(monthEnd("2026-11-05", work.resolve("first")).code()).isEqualTo(ExitCode.COMPLETED);
        try (Connection holder = database.connect(); Statement lock = holder.createStatement()) {
            holder.setAutoCommit(false);
            lock.executeUpdate("UPDATE run_lock SET holder = 'test' WHERE lock_name = 'month-end'");

            CommandRun second = monthEnd("2026-11-05", work.resolve("second"));

            assertThat(second.code()).isEqualTo(ExitCode.LOCKED);
            assertThat(second.err()).contains("Another month-end run is in progress");
            assertThat(work.resolve("second")).doesNotExist();
            holder.rollback();
        }
    }

    @Test
    void aRunThatFailedResumesWhereItStoppedAndDecidesEachClaimOnce() throws Exception {
        // Everything is ingested and waits: October is not over on the 15th.
        assertThat(monthEnd("2026-10-15", work.resolve("mid-october")).code()).isEqualTo(ExitCode.COMPLETED);
        // A row in the way of CL-03's adjustment makes posting fail, as a constraint violation would.
        execute("INSERT INTO invoice_adjustment (adjustment_id, claim_id, run_id, contract_id, customer_id, "
                + "period, kind, amount, currency, settlement) VALUES ('ADJ-CL-03', 'IN-THE-WAY', 0, 'K-X', "
                + "'CU-X', '2026-10', 'SLA_CREDIT', 1, 'EUR', 'NEXT_INVOICE')");
        Path out = work.resolve("out");

        CommandRun failed = monthEnd("2026-11-05", out);

        assertThat(failed.code()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.err()).contains("The run failed", "Run the same command again");
        assertThat(out.resolve("decisions.csv")).doesNotExist();
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(1);

        // A new run beside the failed one would leave its customers without statements: refused.
        CommandRun beside = monthEnd("2026-11-05", work.resolve("elsewhere"));
        assertThat(beside.code()).isEqualTo(ExitCode.USAGE);
        assertThat(beside.err().strip().lines()).hasSize(1);
        assertThat(beside.err()).contains("is unfinished (FAILED)", "results in " + out,
                "resume it first with: java -jar sla-credits.jar month-end --as-of=2026-11-05", "--output=" + out);
        assertThat(work.resolve("elsewhere")).doesNotExist();

        execute("DELETE FROM invoice_adjustment WHERE claim_id = 'IN-THE-WAY'");
        CommandRun resumed = monthEnd("2026-11-05", out);

        assertThat(resumed.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(resumed.err()).contains("Resuming");
        assertExpectedOctober(out);
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
    }

    /**
     * The way out of a failed run that can never finish (issue 22, item 9): abandoned with a reason, it no
     * longer blocks the next month-end, what it posted stays posted and is exported, and it is recorded.
     */
    @Test
    void aFailedRunThatCannotFinishIsAbandonedWithAReasonAndTheNextRunGoesOn() throws Exception {
        assertThat(monthEnd("2026-10-15", work.resolve("mid-october")).code()).isEqualTo(ExitCode.COMPLETED);
        execute("INSERT INTO invoice_adjustment (adjustment_id, claim_id, run_id, contract_id, customer_id, "
                + "period, kind, amount, currency, settlement) VALUES ('ADJ-CL-03', 'IN-THE-WAY', 0, 'K-X', "
                + "'CU-X', '2026-10', 'SLA_CREDIT', 1, 'EUR', 'NEXT_INVOICE')");
        Path out = work.resolve("out");
        assertThat(monthEnd("2026-11-05", out).code()).isEqualTo(ExitCode.FAILED);
        long failedRun = database.count("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE");

        CommandRun noReason = CommandRun.of(database, "abandon", "--run=" + failedRun);
        assertThat(noReason.code()).isEqualTo(ExitCode.USAGE);
        CommandRun abandoned = CommandRun.of(database, "abandon", "--run=" + failedRun,
                "--reason=ADJ-CL-03 is held by an id of the old ERP; posted by hand, ticket FIN-1234");

        assertThat(abandoned.code()).as(abandoned.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(abandoned.out()).contains("Run " + failedRun + " (as of 2026-11-05) is abandoned by ",
                "the next month-end can run", "export --run=" + failedRun);
        assertThat(database.count("SELECT COUNT(*) FROM run_abandonment WHERE run_id = " + failedRun
                + " AND reason LIKE '%FIN-1234'")).isEqualTo(1);
        assertThat(CommandRun.of(database, "abandon", "--run=" + failedRun, "--reason=again").code())
                .as("a run is abandoned once").isEqualTo(ExitCode.USAGE);
        assertThat(CommandRun.of(database, "abandon", "--run=" + (failedRun - 1), "--reason=done").code())
                .as("a completed run is not abandoned").isEqualTo(ExitCode.USAGE);

        CommandRun exported = CommandRun.of(database, "export", "--run=" + failedRun,
                "--output=" + work.resolve("export"));
        assertThat(exported.code()).as(exported.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(work.resolve("export").resolve("adjustments.csv")))
                .as("what the abandoned run posted before it failed").isNotNull();

        CommandRun next = monthEnd("2026-12-05", work.resolve("december"));
        assertThat(next.code()).as(next.err()).isIn(ExitCode.COMPLETED, ExitCode.HELD);
        assertThat(next.err()).doesNotContain("resume it first");
    }

    /**
     * Ingest steps read their files again on every restart: a row rejected by the failed attempt and
     * mended in the input before the same command is run again is read, decided, and gone from rejects.csv.
     */
    @Test
    void aRowMendedInTheInputBeforeTheResumeIsReadAgainAndDecided() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        try (var files = Files.list(EXAMPLE.resolve("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Path claims = input.resolve("claims.csv");
        String mended = "CL-20,K-A1,2026-10,2026-11-02T09:00:00+01:00,EMAIL,,\r\n";
        Files.writeString(claims, mended.replace("+01:00", ""), java.nio.file.StandardOpenOption.APPEND);
        int line = Files.readAllLines(claims).size();
        // the schema, and everything ingested and waiting: October is not over on the 15th
        assertThat(CommandRun.of(database, "month-end", "--as-of=2026-10-15", "--input=" + input,
                "--output=" + work.resolve("mid-october")).code()).isEqualTo(ExitCode.COMPLETED);
        execute("INSERT INTO invoice_adjustment (adjustment_id, claim_id, run_id, contract_id, customer_id, "
                + "period, kind, amount, currency, settlement) VALUES ('ADJ-CL-03', 'IN-THE-WAY', 0, 'K-X', "
                + "'CU-X', '2026-10', 'SLA_CREDIT', 1, 'EUR', 'NEXT_INVOICE')");
        Path out = work.resolve("out");
        String[] command = {"month-end", "--as-of=2026-11-05", "--input=" + input, "--output=" + out};

        assertThat(CommandRun.of(database, command).code()).isEqualTo(ExitCode.FAILED);
        assertThat(database.count("SELECT COUNT(*) FROM rejected_row WHERE run_id = 2 AND file_name = 'claims.csv' "
                + "AND line_no = " + line)).isEqualTo(1);

        execute("DELETE FROM invoice_adjustment WHERE claim_id = 'IN-THE-WAY'");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(claims));
        lines.set(line - 1, mended.strip());
        Files.write(claims, lines);
        CommandRun resumed = CommandRun.of(database, command);

        assertThat(resumed.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(out.resolve("rejects.csv"))).extracting(row -> row.get("file") + ":" + row.get("line"))
                .containsExactly("claims.csv:14", "probes.csv:" + lineOfProbeWithoutOffset());
        assertThat(ExampleCsv.rows(out.resolve("decisions.csv"))).filteredOn(row -> row.get("claim_id").equals("CL-20"))
                .extracting(row -> row.get("outcome") + " " + row.get("reason")).containsExactly("REJECTED DUPLICATE");
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(12);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
    }

    @Test
    void aResumedRunWhoseFolderWasEmptiedWritesEveryFileAgain() throws Exception {
        assertThat(monthEnd("2026-10-15", work.resolve("mid-october")).code()).isEqualTo(ExitCode.COMPLETED);
        execute("INSERT INTO invoice_adjustment (adjustment_id, claim_id, run_id, contract_id, customer_id, "
                + "period, kind, amount, currency, settlement) VALUES ('ADJ-CL-03', 'IN-THE-WAY', 0, 'K-X', "
                + "'CU-X', '2026-10', 'SLA_CREDIT', 1, 'EUR', 'NEXT_INVOICE')");
        Path out = work.resolve("out");
        assertThat(monthEnd("2026-11-05", out).code()).isEqualTo(ExitCode.FAILED);
        execute("DELETE FROM invoice_adjustment WHERE claim_id = 'IN-THE-WAY'");
        // The resume gets past posting, the CSVs and the statements, and fails on the summary, whose
        // place a folder takes.
        Files.createDirectories(out.resolve("summary.pdf").resolve("in-the-way"));
        assertThat(monthEnd("2026-11-05", out).code()).isEqualTo(ExitCode.FAILED);
        assertThat(out.resolve("decisions.csv")).exists();

        // The operator's rm -rf of what they took for a partial folder, then the same command.
        org.springframework.util.FileSystemUtils.deleteRecursively(out);
        CommandRun again = monthEnd("2026-11-05", out);

        assertThat(again.code()).as(again.err()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedOctober(out);
        assertThat(out.resolve("summary.pdf")).exists();
        try (var statements = Files.list(out.resolve("statements"))) {
            assertThat(statements.count()).isEqualTo(6);
        }
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
    }

    @Test
    void aCompletedMonthRunAgainIntoANewFolderSaysThereWasNothingNewToDecide() throws Exception {
        assertThat(monthEnd("2026-11-05", work.resolve("first")).code()).isEqualTo(ExitCode.COMPLETED);

        CommandRun again = monthEnd("2026-11-05", work.resolve("again"));

        assertThat(again.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(again.out()).containsOnlyOnce("Nothing new to decide");
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
    }

    CommandRun fivePacks(String asOf, Path output, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("month-end", "--as-of=" + asOf,
                "--input=" + FIVE_PACKS.resolve("input"), "--policies=" + FIVE_PACKS.resolve("policies"),
                "--output=" + output));
        args.addAll(List.of(extra));
        return CommandRun.of(database, args.toArray(String[]::new));
    }

    @Test
    void fivePacksGiveExactlyTheExpectedFiles() throws IOException {
        Path out = work.resolve("out");
        CommandRun run = fivePacks("2027-01-05", out);

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedFivePacks(out);
        assertThat(run.out()).contains("Claims decided: 30", "COMPLIANCE MET", "COMPLIANCE MISSED", "REJECTED AUTOMATIC",
                "REJECTED WRONG_PERIOD", "Rows rejected: none");
        try (var statements = Files.list(out.resolve("statements"))) {
            assertThat(statements.map(p -> p.getFileName().toString()).sorted()).containsExactly("CU-10.pdf",
                    "CU-11.pdf", "CU-12.pdf", "CU-20.pdf", "CU-30.pdf", "CU-31.pdf", "CU-40.pdf", "CU-41.pdf",
                    "CU-50.pdf", "CU-51.pdf");
        }
        // the README's invoices: each credit says which invoice it goes against, K-I3's none (only a later one)
        String cu20 = pdfText(out.resolve("statements/CU-20.pdf")).replaceAll("\\s+", " ");
        assertThat(cu20).contains("credited against invoice INV-I1-2026-Q4", "credited against invoice INV-I2-2026-10-B",
                "credited against invoice INV-I2-2026-11").doesNotContain("INV-I3-2027", "INV-I2-2026-10 ");
        assertThat(cu20.split("credited against invoice", -1)).hasSize(6);
        assertThat(pdfText(out.resolve("statements/CU-11.pdf")).replaceAll("\\s+", " "))
                .contains("credited against invoice INV-G1-FY2026").doesNotContain("INV-G1-SETUP");
        // a quarter's marks run from its first day to its last, and name each day with downtime in words
        assertThat(pdfText(out.resolve("statements/CU-30.pdf")).replaceAll("\\s+", " ")).contains(
                "Counted downtime by day: 9 Oct 1 min, 19 Nov 1 min, 22 Dec 1 min, 28 Dec 10 min; every other day none.",
                "Counted downtime by day: 15 Oct 20 min; every other day none.", "1 Oct", "31 Dec");
    }

    @Test
    void automaticPeriodsAreDecidedOnceAcrossReRunsAndLaterDates() throws Exception {
        assertThat(fivePacks("2027-01-05", work.resolve("first")).code()).isEqualTo(ExitCode.COMPLETED);
        long automatic = database.count("SELECT COUNT(*) FROM claim_decision WHERE claim_id LIKE 'AUTO-%'");
        assertThat(automatic).isEqualTo(17);

        CommandRun again = fivePacks("2027-01-05", work.resolve("again"));
        CommandRun later = fivePacks("2027-02-05", work.resolve("later"));

        assertThat(again.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(later.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(work.resolve("again/decisions.csv"))).isEmpty();
        // January has no probe at all: its automatic periods wait, listed, instead of being decided at 100 %.
        assertThat(ExampleCsv.rows(work.resolve("later/decisions.csv"))).isEmpty();
        assertThat(later.out()).contains("iot-dash 2027-01", "plm-core 2027-01").doesNotContain("2026-09", "2022-");
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision WHERE claim_id LIKE 'AUTO-%'")).isEqualTo(automatic);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(13);
    }

    @Test
    void fivePacksDryRunThenRealRunDecideTheSame() throws Exception {
        CommandRun dry = fivePacks("2027-01-05", work.resolve("dry"), "--dry-run");
        assertThat(dry.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedFivePacks(work.resolve("dry"));
        assertThat(committedDecisions()).isZero();

        CommandRun real = fivePacks("2027-01-05", work.resolve("real"));
        assertThat(real.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedFivePacks(work.resolve("real"));
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision WHERE claim_id LIKE 'AUTO-%'")).isEqualTo(17);
    }

    @Test
    void aFailedFivePacksRunResumesAndDecidesEachAutomaticPeriodOnce() throws Exception {
        // Everything is ingested and nothing has ended on 1 October.
        assertThat(fivePacks("2026-10-01", work.resolve("early")).code()).isEqualTo(ExitCode.COMPLETED);
        execute("INSERT INTO invoice_adjustment (adjustment_id, claim_id, run_id, contract_id, customer_id, "
                + "period, kind, amount, currency, settlement) VALUES ('ADJ-AUTO-K-I2-2026-11', 'IN-THE-WAY', 0, 'K-X', "
                + "'CU-X', '2026-11', 'SLA_CREDIT', 1, 'EUR', 'NEXT_INVOICE')");
        Path out = work.resolve("out");

        assertThat(fivePacks("2027-01-05", out).code()).isEqualTo(ExitCode.FAILED);
        execute("DELETE FROM invoice_adjustment WHERE claim_id = 'IN-THE-WAY'");
        CommandRun resumed = fivePacks("2027-01-05", out);

        assertThat(resumed.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedFivePacks(out);
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision WHERE claim_id LIKE 'AUTO-%'")).isEqualTo(17);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(13);
    }

    static void assertExpectedFivePacks(Path out) throws IOException {
        assertThat(ExampleCsv.rows(out.resolve("decisions.csv")))
                .isEqualTo(ExampleCsv.rows(FIVE_PACKS.resolve("expected/decisions.csv")));
        // by the expected file's columns (invoice_id among them): reverses is not in it, and is empty when
        // nothing was reversed
        List<Map<String, String>> adjustments = ExampleCsv.rows(FIVE_PACKS.resolve("expected/adjustments.csv"));
        List<Map<String, String>> written = ExampleCsv.rows(out.resolve("adjustments.csv"));
        assertThat(ExampleCsv.projected(written, adjustments)).isEqualTo(adjustments);
        assertThat(written).extracting(row -> row.get("reverses")).containsOnly("");
        assertThat(ExampleCsv.rows(out.resolve("rejects.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(out.resolve("evidence.csv")))
                .isEqualTo(ExampleCsv.rows(FIVE_PACKS.resolve("expected/evidence.csv")));
        ExampleCsv.assertEvidenceAddsUpToDecisions(out);
    }

    void execute(String sql) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    long committedDecisions() throws Exception {
        try {
            return database.count("SELECT COUNT(*) FROM claim_decision");
        } catch (java.sql.SQLException noSchemaYet) {
            return 0;
        }
    }

    // --- the brake on runaway credits (files.md, exit 4) ---------------------------------------------

    /**
     * October's USD credits are exactly 10 % of its USD contracts' month: 9.999 % holds the run, once
     * its six verified claims are enough to judge it by (the default minimum is 20).
     */
    static final String TIGHT_FEE_SHARE = "--sla-credits.brake.fee-share-percent=9.999";
    static final String ANY_RUN = "--sla-credits.brake.minimum-verified-claims=0";

    @Test
    void aRunOverALimitIsHeldPostsNothingAndTheSameCommandWithReleaseHeldPostsExactlyWhatWasHeld() throws Exception {
        Path out = work.resolve("out");

        CommandRun held = monthEnd("2026-11-05", out, ANY_RUN, TIGHT_FEE_SHARE);

        assertThat(held.code()).isEqualTo(ExitCode.HELD);
        assertThat(held.code().status()).isEqualTo(4);
        assertThat(held.err()).contains("The run decided everything and posted nothing: its SLA credits of 350.00 USD"
                + " are more than 9.999 % of the fee base of the USD contracts and months it decided (3500.00 USD).",
                "--release-held");
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isZero();
        assertThat(ExampleCsv.rows(out.resolve("adjustments.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(out.resolve("decisions.csv"))).hasSize(11);
        assertThat(Files.readString(out.resolve("HELD.txt"))).startsWith("HELD, nothing posted.");
        assertThat(pdfText(out.resolve("statements/CU-1.pdf"))).contains("HELD — nothing posted");
        // nothing posted, so no invoice is credited yet
        assertThat(pdfText(out.resolve("statements/CU-4.pdf"))).doesNotContain("credited against invoice");
        assertThat(pdfText(out.resolve("summary.pdf"))).contains("HELD — nothing posted", "Held, nothing posted",
                "350.00 USD");

        // without the flag, the same command leaves it held; a new run is refused while it is
        CommandRun again = monthEnd("2026-11-05", out, ANY_RUN, TIGHT_FEE_SHARE);
        assertThat(again.code()).isEqualTo(ExitCode.HELD);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isZero();
        CommandRun other = monthEnd("2026-11-05", work.resolve("other"), ANY_RUN, TIGHT_FEE_SHARE);
        assertThat(other.code()).isEqualTo(ExitCode.USAGE);
        assertThat(other.err()).contains("is held for review and has posted nothing", "--release-held");
        assertThat(work.resolve("other")).doesNotExist();

        CommandRun released = monthEnd("2026-11-05", out, ANY_RUN, TIGHT_FEE_SHARE, "--release-held");

        assertThat(released.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedOctober(out);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
        assertThat(database.count("SELECT COUNT(*) FROM held_run WHERE released_at IS NOT NULL")).isEqualTo(1);
        assertThat(out.resolve("HELD.txt")).doesNotExist();
        assertThat(pdfText(out.resolve("statements/CU-1.pdf"))).doesNotContain("HELD");
        assertThat(pdfText(out.resolve("statements/CU-4.pdf")).replaceAll("\\s+", " "))
                .contains("credited against invoice INV-C1-2026");
        assertThat(pdfText(out.resolve("summary.pdf"))).doesNotContain("HELD").contains("adjustments posted");
        try (var statements = Files.list(out.resolve("statements"))) {
            assertThat(statements).hasSize(6);
        }
        assertThat(monthEnd("2026-11-05", out, ANY_RUN, TIGHT_FEE_SHARE, "--release-held").code()).isEqualTo(ExitCode.USAGE);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
    }

    @Test
    void releaseHeldOnTheFirstRunPostsAtOnceAndRecordsWhatItLetThrough() throws Exception {
        Path out = work.resolve("out");

        CommandRun run = monthEnd("2026-11-05", out, ANY_RUN, TIGHT_FEE_SHARE, "--release-held");

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertExpectedOctober(out);
        assertThat(database.count("SELECT COUNT(*) FROM held_run WHERE limit_key = 'fee-share' "
                + "AND released_at IS NOT NULL")).isEqualTo(1);
        assertThat(out.resolve("HELD.txt")).doesNotExist();
    }

    @Test
    void theDefaultLimitsLetOctoberThrough() throws Exception {
        assertThat(monthEnd("2026-11-05", work.resolve("out")).code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(database.count("SELECT COUNT(*) FROM held_run")).isZero();
    }

    @Test
    void aDryRunOverALimitSaysTheRealRunWouldBeHeldAndCompletes() throws Exception {
        Path out = work.resolve("dry");

        CommandRun dry = monthEnd("2026-11-05", out, ANY_RUN, TIGHT_FEE_SHARE, "--dry-run");

        assertThat(dry.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(dry.out()).contains("A real run would be HELD: The run decided everything and posted nothing");
        assertThat(pdfText(out.resolve("summary.pdf"))).contains("DRY RUN — nothing posted", "A real run would be held");
        assertThat(out.resolve("HELD.txt")).doesNotExist();
    }

    /**
     * The summary is signed off by the operating system's user who ran the command; no argument names
     * another, or an approver, whose line is left to sign on paper.
     */
    @Test
    void theSummaryIsPreparedByWhoRanTheCommandAndNoArgumentNamesAnApprover() throws IOException {
        Path out = work.resolve("out");
        CommandRun run = monthEnd("2026-11-05", out, "--sla-credits.sign-off.prepared-by=mallory",
                "--sla-credits.sign-off.approved-by=mallory", "--sla-credits.sign-off.approved-at=2026-11-05T06:00:00Z");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
        String summary = pdfText(out.resolve("summary.pdf")).replaceAll("\\s+", " ");
        assertThat(summary).doesNotContain("mallory").containsPattern("Sign-off Name Date Signature Prepared by "
                + java.util.regex.Pattern.quote(System.getProperty("user.name"))
                + " \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC Approved by \\S");
        assertThat(summary.substring(summary.indexOf("Approved by"))).doesNotContain("UTC");
    }

    static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    static void assertExpectedOctober(Path out) throws IOException {
        // The expected files predate the columns files.md added after termination: compare by name,
        // then pin the added columns, which every October claim has alike but for its channel.
        List<Map<String, String>> decisions = ExampleCsv.rows(EXAMPLE.resolve("expected/decisions.csv"));
        List<Map<String, String>> decided = ExampleCsv.rows(out.resolve("decisions.csv"));
        assertThat(ExampleCsv.projected(decided, decisions)).isEqualTo(decisions);
        assertThat(decided).allSatisfy(row -> assertThat(row).containsEntry("period", "2026-10"));
        assertThat(decided).extracting(row -> row.get("policy"))
                .containsOnly("standard-2024", "").filteredOn(String::isEmpty).hasSize(1);
        assertThat(decided).extracting(row -> row.get("claim_id") + " " + row.get("channel") + " " + row.get("settlement"))
                .containsExactly("CL-01 EMAIL NEXT_INVOICE", "CL-02 PORTAL ", "CL-03 LETTER NEXT_INVOICE",
                        "CL-04 EMAIL REFUND", "CL-05 EMAIL NEXT_INVOICE", "CL-06 EMAIL ", "CL-07 PHONE ", "CL-08 EMAIL ",
                        "CL-09 EMAIL ", "CL-11 EMAIL ", "CL-12 PORTAL NEXT_INVOICE");
        List<Map<String, String>> adjustments = ExampleCsv.rows(EXAMPLE.resolve("expected/adjustments.csv"));
        List<Map<String, String>> written = ExampleCsv.rows(out.resolve("adjustments.csv"));
        assertThat(ExampleCsv.projected(written, adjustments)).isEqualTo(adjustments);
        assertThat(written).extracting(row -> row.get("adjustment_id"))
                .containsExactly("ADJ-CL-01", "ADJ-CL-03", "ADJ-CL-04", "ADJ-CL-05", "ADJ-CL-12");
        List<Map<String, String>> rejects = ExampleCsv.rows(out.resolve("rejects.csv"));
        assertThat(rejects).extracting(row -> row.get("file") + ":" + row.get("line"))
                .containsExactly("claims.csv:14", "probes.csv:" + lineOfProbeWithoutOffset());
        assertThat(rejects.get(0).get("raw")).isEqualTo("CL-13,K-A1,2026-10,2026-11-02T09:00:00,EMAIL,,");
        assertThat(rejects).allSatisfy(row -> assertThat(row.get("reason")).isNotBlank());
        assertThat(ExampleCsv.rows(out.resolve("evidence.csv")))
                .isEqualTo(ExampleCsv.rows(EXAMPLE.resolve("expected/evidence.csv")));
        ExampleCsv.assertEvidenceAddsUpToDecisions(out);
    }

    private static long lineOfProbeWithoutOffset() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("input/probes.csv"));
        for (int i = 1; i < lines.size(); i++) {
            String checkedAt = lines.get(i).split(",")[1];
            if (!checkedAt.endsWith("Z") && !checkedAt.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return i + 1;
            }
        }
        throw new AssertionError("the example has a probe without offset");
    }
}
