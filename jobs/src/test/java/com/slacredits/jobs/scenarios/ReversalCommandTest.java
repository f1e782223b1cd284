package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.writers.jdbc.ReversalJournal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A posted adjustment reversed between two month-end runs, through the real command line on H2: the
 * next run reports it (adjustments.csv, the summary, the customer's statement), a dry run shows it
 * first without reporting it, an export of the run gives the same file, a resumed run reports it
 * once, and the run after reports it no more.
 */
class ReversalCommandTest {

    private static final Instant REVERSED_AT = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path work;

    TestDatabase database;

    /** H2 here; {@link ReversalOnMySqlTest} runs the same on MySQL/MariaDB. */
    TestDatabase newDatabase(Path folder) {
        return TestDatabase.h2(folder);
    }

    @BeforeEach
    void createDatabase() {
        database = newDatabase(work);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void theNextRunReportsTheReversalOnceBesideTheOriginalAndTheRunAfterItNoMore() throws Exception {
        Path october = work.resolve("october");
        assertThat(monthEnd(october).code()).isEqualTo(ExitCode.COMPLETED);
        Map<String, String> original = ExampleCsv.rows(october.resolve("adjustments.csv")).stream()
                .filter(row -> row.get("claim_id").equals("CL-05")).findFirst().orElseThrow();
        assertThat(original).containsEntry("amount", "300.00").containsEntry("currency", "EUR")
                .containsEntry("customer_id", "CU-5").containsEntry("reverses", "");

        new ReversalJournal(database.jdbc()).reverse("CL-05", "fiona", "Credited in error: the outage was planned",
                REVERSED_AT);

        // a dry run shows what the next real run will, and reports nothing in the real database
        Path dry = work.resolve("dry");
        CommandRun dryRun = monthEnd(dry, "--dry-run");
        assertThat(dryRun.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal WHERE reported_run IS NULL")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);

        // the claims are decided already: the next run decides nothing and reports the reversal
        Path next = work.resolve("next");
        CommandRun run = monthEnd(next);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
        long runId = runIdOf(run);
        assertThat(runId).isEqualTo(2);
        assertThat(ExampleCsv.rows(next.resolve("decisions.csv"))).isEmpty();

        List<Map<String, String>> rows = ExampleCsv.rows(next.resolve("adjustments.csv"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).isEqualTo(original);
        assertThat(rows.get(1)).containsEntry("adjustment_id", "REV-ADJ-CL-05").containsEntry("claim_id", "CL-05")
                .containsEntry("contract_id", original.get("contract_id")).containsEntry("customer_id", "CU-5")
                .containsEntry("kind", "REVERSAL").containsEntry("amount", "-300.00").containsEntry("currency", "EUR")
                .containsEntry("settlement", original.get("settlement")).containsEntry("period", "2026-10")
                .containsEntry("reverses", "ADJ-CL-05");
        assertThat(Files.readAllLines(next.resolve("adjustments.csv")).get(0))
                .isEqualTo("adjustment_id,claim_id,contract_id,customer_id,service_month,kind,amount,currency,"
                        + "settlement,period,reverses,invoice_id");

        assertThat(run.out()).contains("Claims decided: 0", "EUR REVERSAL", "-300.00  (1)",
                "Reversals of adjustments posted earlier: 1",
                "REV-ADJ-CL-05 reverses ADJ-CL-05 (claim CL-05): -300.00 EUR, by fiona at 2026-11-20T10:15:30Z");
        String summary = flat(MonthEndScenarios.pdfText(next.resolve("summary.pdf")));
        assertThat(summary).contains("Reversals of adjustments posted earlier", "CL-05", "ADJ-CL-05", "-€300.00",
                "All packs EUR Reversal 1 -€300.00");

        // only CU-5 has news: a statement with the reversal as its own line, and its totals after it
        assertThat(names(next.resolve("statements"))).containsExactly("CU-5.pdf");
        String statement = flat(MonthEndScenarios.pdfText(next.resolve("statements/CU-5.pdf")));
        assertThat(statement).contains("Evergreen Studio", "CL-05", "Reversed", "-€300.00",
                "we reversed the credit of €300.00 posted for this claim (ADJ-CL-05)",
                "Reason: Credited in error: the outage was planned.", "EUR -€300.00 €0.00 -€300.00");
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal WHERE reported_run = 2")).isEqualTo(1);

        // the dry run before it showed the same
        assertThat(dry.resolve("adjustments.csv")).hasSameBinaryContentAs(next.resolve("adjustments.csv"));
        assertThat(names(dry.resolve("statements"))).containsExactly("CU-5.pdf");
        assertThat(dryRun.out()).contains("Reversals of adjustments posted earlier: 1", "EUR REVERSAL",
                // numbered as the next real run, so it never takes the copied decisions of run 1 for its own
                "(DRY RUN - nothing posted): run 2,", "Claims decided: 0");
        assertThat(ExampleCsv.rows(dry.resolve("decisions.csv"))).isEmpty();

        // an export of the run writes the same adjustments.csv, and the same statement
        Path exported = work.resolve("exported");
        CommandRun export = CommandRun.of(database, "export", "--run=" + runId, "--output=" + exported);
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(exported.resolve("adjustments.csv")).hasSameBinaryContentAs(next.resolve("adjustments.csv"));
        assertThat(MonthEndScenarios.pdfText(exported.resolve("statements/CU-5.pdf")))
                .isEqualTo(MonthEndScenarios.pdfText(next.resolve("statements/CU-5.pdf")));
        assertThat(flat(MonthEndScenarios.pdfText(exported.resolve("summary.pdf"))))
                .contains("Reversals of adjustments posted earlier", "All packs EUR Reversal 1 -€300.00");

        // the run after reports it no more
        Path after = work.resolve("after");
        CommandRun third = monthEnd(after);
        assertThat(third.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(after.resolve("adjustments.csv"))).isEmpty();
        assertThat(third.out()).doesNotContain("REVERSAL", "Reversals");
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal WHERE reported_run = 2")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
    }

    /**
     * A reversal names the invoice its adjustment named (K-C1's annual INV-C1-2026 for CL-04's refund), in the
     * dry run before the next real run, in that run's adjustments.csv and on the customer's statement.
     */
    @Test
    void aReversalKeepsTheInvoiceOfTheAdjustmentItReverses() throws Exception {
        assertThat(monthEnd(work.resolve("october")).code()).isEqualTo(ExitCode.COMPLETED);
        new ReversalJournal(database.jdbc()).reverse("CL-04", "fiona", "Refunded twice", REVERSED_AT);
        Path dry = work.resolve("dry");
        assertThat(monthEnd(dry, "--dry-run").code()).isEqualTo(ExitCode.COMPLETED);
        Path next = work.resolve("next");

        CommandRun run = monthEnd(next);

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(next.resolve("adjustments.csv")))
                .extracting(row -> row.get("adjustment_id") + " " + row.get("reverses") + " " + row.get("invoice_id"))
                .containsExactly("ADJ-CL-04  INV-C1-2026", "REV-ADJ-CL-04 ADJ-CL-04 INV-C1-2026");
        assertThat(dry.resolve("adjustments.csv")).hasSameBinaryContentAs(next.resolve("adjustments.csv"));
        assertThat(flat(MonthEndScenarios.pdfText(next.resolve("statements/CU-4.pdf"))))
                .contains("no longer refunded reversed against invoice INV-C1-2026");
    }

    /**
     * A run that fails after posting (here in its summary step) and is resumed by the same command runs
     * its posting step again: the reversal it reported stays reported by it, once, and its files list
     * it once.
     */
    @Test
    void aResumedRunReportsTheReversalItReportedBeforeItFailedOnce() throws Exception {
        assertThat(monthEnd(work.resolve("october")).code()).isEqualTo(ExitCode.COMPLETED);
        new ReversalJournal(database.jdbc()).reverse("CL-05", "fiona", "Credited in error", REVERSED_AT);
        database.jdbc().execute("ALTER TABLE run_pending RENAME TO run_pending_away");
        Path next = work.resolve("next");

        CommandRun failed = monthEnd(next);

        assertThat(failed.code()).isEqualTo(ExitCode.FAILED);
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal WHERE reported_run = 2")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name = 'postAdjustments'"
                + " AND status = 'COMPLETED'")).isEqualTo(2);

        database.jdbc().execute("ALTER TABLE run_pending_away RENAME TO run_pending");
        CommandRun resumed = monthEnd(next);

        assertThat(resumed.code()).as(resumed.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(resumed.err()).contains("Resuming");
        assertThat(database.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name = 'postAdjustments'"))
                .isEqualTo(3);
        assertThat(ExampleCsv.rows(next.resolve("adjustments.csv"))).extracting(row -> row.get("adjustment_id"))
                .containsExactly("ADJ-CL-05", "REV-ADJ-CL-05");
        assertThat(resumed.out()).contains("Reversals of adjustments posted earlier: 1");
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal WHERE reported_run = 2")).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal")).isEqualTo(1);
    }

    private CommandRun monthEnd(Path out, String... extra) {
        return CommandRun.of(database, Stream.concat(Stream.of("month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out), Stream.of(extra))
                .toArray(String[]::new));
    }

    private static long runIdOf(CommandRun run) {
        Matcher first = Pattern.compile(": run (\\d+), results in").matcher(run.out());
        assertThat(first.find()).as(run.out()).isTrue();
        return Long.parseLong(first.group(1));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
