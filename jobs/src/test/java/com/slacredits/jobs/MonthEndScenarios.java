package com.slacredits.jobs;

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
 * The month-end run through the real command line, on the October 2026 example. Run once on H2 and
 * once on MySQL/MariaDB by the subclasses: the database must not change a single cell.
 */
abstract class MonthEndScenarios {

    static final Path EXAMPLE = OctoberExampleCsv.EXAMPLE;

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
        // CL-09 names no known contract, so no customer: six customers, six statements.
        try (var statements = Files.list(out.resolve("statements"))) {
            assertThat(statements.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("CU-1.pdf", "CU-2.pdf", "CU-3.pdf", "CU-4.pdf", "CU-5.pdf", "CU-6.pdf");
        }
        assertThat(out.resolve("summary.pdf")).isNotEmptyFile();
    }

    @Test
    void theSameMonthAgainDecidesNothingAndALaterDateDecidesOnlyWhatWaited() throws Exception {
        assertThat(monthEnd("2026-11-05", work.resolve("first")).code()).isEqualTo(ExitCode.COMPLETED);

        CommandRun again = monthEnd("2026-11-05", work.resolve("again"));
        assertThat(again.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(OctoberExampleCsv.rows(work.resolve("again/decisions.csv"))).isEmpty();
        assertThat(OctoberExampleCsv.rows(work.resolve("again/adjustments.csv"))).isEmpty();

        CommandRun december = monthEnd("2026-12-05", work.resolve("december"));
        assertThat(december.code()).isEqualTo(ExitCode.COMPLETED);
        List<Map<String, String>> decided = OctoberExampleCsv.rows(work.resolve("december/decisions.csv"));
        assertThat(decided).extracting(row -> row.get("claim_id")).containsExactly("CL-10");
        // November on svc-a has no probes at all: NO_DATA counts as available.
        assertThat(decided.get(0)).containsEntry("reason", "NO_CREDIT_DUE").containsEntry("availability_pct", "100.000");
        assertThat(december.out()).contains("Services with claims but no monitoring data: svc-a 2026-11");
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(12);
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
                + "service_month, kind, amount, currency, settlement) VALUES ('ADJ-CL-03', 'IN-THE-WAY', 0, 'K-X', "
                + "'CU-X', '2026-10', 'SLA_CREDIT', 1, 'EUR', 'NEXT_INVOICE')");
        Path out = work.resolve("out");

        CommandRun failed = monthEnd("2026-11-05", out);

        assertThat(failed.code()).isEqualTo(ExitCode.FAILED);
        assertThat(failed.err()).contains("The run failed", "Run the same command again");
        assertThat(out.resolve("decisions.csv")).doesNotExist();
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(1);

        execute("DELETE FROM invoice_adjustment WHERE claim_id = 'IN-THE-WAY'");
        CommandRun resumed = monthEnd("2026-11-05", out);

        assertThat(resumed.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(resumed.err()).contains("Resuming");
        assertExpectedOctober(out);
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
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

    static void assertExpectedOctober(Path out) throws IOException {
        List<Map<String, String>> decisions = OctoberExampleCsv.rows(EXAMPLE.resolve("expected/decisions.csv"));
        assertThat(OctoberExampleCsv.rows(out.resolve("decisions.csv"))).isEqualTo(decisions);
        List<Map<String, String>> adjustments = OctoberExampleCsv.rows(EXAMPLE.resolve("expected/adjustments.csv"));
        List<Map<String, String>> written = OctoberExampleCsv.rows(out.resolve("adjustments.csv"));
        assertThat(OctoberExampleCsv.projected(written, adjustments)).isEqualTo(adjustments);
        assertThat(written).extracting(row -> row.get("adjustment_id"))
                .containsExactly("ADJ-CL-01", "ADJ-CL-03", "ADJ-CL-04", "ADJ-CL-05", "ADJ-CL-12");
        List<Map<String, String>> rejects = OctoberExampleCsv.rows(out.resolve("rejects.csv"));
        assertThat(rejects).extracting(row -> row.get("file") + ":" + row.get("line"))
                .containsExactly("claims.csv:14", "probes.csv:" + lineOfProbeWithoutOffset());
        assertThat(rejects.get(0).get("raw")).isEqualTo("CL-13,K-A1,2026-10,2026-11-02T09:00:00,EMAIL,,");
        assertThat(rejects).allSatisfy(row -> assertThat(row.get("reason")).isNotBlank());
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
