package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.jobs.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every month-end says how it ended where an operator looks afterwards, through the real command line:
 * a start and an end line in the log file, and the metrics file, for exit 0, 1, 2 and 4 alike; and the
 * first line it prints names its database.
 */
class RunAccountCommandTest {

    /** Where logback-spring.xml puts the log file, relative to the working folder. */
    private static final Path LOG = Path.of("logs", "sla-credits.log");
    private static final String PLANTED = "planted-secret-4711";

    @TempDir
    Path work;

    TestDatabase database;
    Path metrics;

    @BeforeEach
    void setUp() {
        database = TestDatabase.h2(work);
        metrics = work.resolve("sla_credits.prom");
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aCompletedRunLogsItsStartAndItsFiguresAndWritesItsMetrics() throws IOException {
        Path out = work.resolve("out");

        CommandRun run = monthEnd(ExampleCsv.EXAMPLE.resolve("input"), out);

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo("Database: " + database.url());
        List<String> lines = logLinesOf(out);
        assertThat(lines.get(0)).contains("month-end started: run 1 (new), as of 2026-11-05, database "
                + database.url() + "; command: month-end --as-of=2026-11-05");
        assertThat(lines.get(1)).contains("month-end ended: exit 0 (completed), run 1, in ",
                "claims decided 11 (CREDIT TIER 4, ", "pending 1; ",
                "totals EUR SLA_CREDIT 800.00 (2), EUR TERMINATION_REFUND 16767.12 (1), USD SLA_CREDIT 350.00 (2); ",
                "rows rejected claims.csv 1, probes.csv 1; said: The run completed.");
        assertThat(Files.readString(metrics)).contains("\nsla_credits_run_exit_code 0\n", "\nsla_credits_run_held 0\n",
                "\nsla_credits_run_id 1\n", "\nsla_credits_run_decisions{outcome=\"CREDIT\",reason=\"TIER\"} 4\n",
                "\nsla_credits_run_amount{currency=\"EUR\",kind=\"SLA_CREDIT\"} 800.00\n",
                "\nsla_credits_run_rejected_rows 2\n");
    }

    @Test
    void aHeldRunLogsItsSentenceAndRaisesTheHeldFlag() throws IOException {
        Path out = work.resolve("out");

        CommandRun run = monthEnd(ExampleCsv.EXAMPLE.resolve("input"), out, MonthEndScenarios.ANY_RUN,
                MonthEndScenarios.TIGHT_FEE_SHARE);

        assertThat(run.code()).isEqualTo(ExitCode.HELD);
        List<String> lines = logLinesOf(out);
        assertThat(lines.get(0)).contains("month-end started: run 1 (new)");
        assertThat(lines.get(1)).contains("month-end ended: exit 4 (held), run 1, ",
                "totals EUR SLA_CREDIT 800.00 (2), ",
                "said: The run decided everything and posted nothing: its SLA credits of 350.00 USD", "--release-held");
        assertThat(Files.readString(metrics)).contains("\nsla_credits_run_exit_code 4\n", "\nsla_credits_run_held 1\n",
                "\nsla_credits_run_amount{currency=\"USD\",kind=\"SLA_CREDIT\"} 350.00\n");
    }

    @Test
    void aRunThatFailsBeforeItStartsStillLogsBothLinesAndWritesItsMetrics() throws IOException {
        Path input = copyOfExample();
        Files.writeString(input.resolve("claims.csv"), "claim_id,contract_id\nCL-1,K-1\n");
        Path out = work.resolve("out");

        CommandRun run = monthEnd(input, out, "--spring.datasource.password=" + PLANTED);

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        List<String> lines = logLinesOf(out);
        assertThat(lines.get(0)).contains("month-end started: run none: the command ended before its run started, "
                + "as of 2026-11-05", "--spring.datasource.password=****");
        assertThat(lines.get(1)).contains("month-end ended: exit 1 (failed), run none, ",
                "no figures: the run did not reach its summary; said: claims.csv");
        assertThat(String.join("\n", lines)).doesNotContain(PLANTED);
        String text = Files.readString(metrics);
        assertThat(text).contains("\nsla_credits_run_exit_code 1\n", "\nsla_credits_run_held 0\n")
                .doesNotContain("sla_credits_run_id", "sla_credits_run_decisions");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRefusedCommandLogsBothLinesAndWritesItsMetrics() throws IOException {
        Path out = work.resolve("out");

        CommandRun run = monthEnd(ExampleCsv.EXAMPLE.resolve("input"), out, "--as-of=2026-13-05");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        List<String> lines = logLinesOf(out);
        assertThat(lines.get(0)).contains("month-end started: run none");
        assertThat(lines.get(1)).contains("month-end ended: exit 2 (usage), run none, ").doesNotContain("Usage:");
        assertThat(Files.readString(metrics)).contains("\nsla_credits_run_exit_code 2\n");
    }

    @Test
    void refuseStopsARunWithoutADatabaseBeforeAnythingIsWritten() throws IOException {
        Path out = work.resolve("out");
        Path builtIn = Path.of("data");
        List<Path> before = listing(builtIn);

        CommandRun run = CommandRun.of(null, "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out,
                "--sla-credits.database.embedded=refuse", "--sla-credits.metrics.textfile=" + metrics);

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.out().lines().findFirst().orElseThrow())
                .startsWith("Database: jdbc:h2:file:./data/sla-credits;").endsWith("(the built-in embedded database)");
        assertThat(run.err().strip()).isEqualTo("No database is set, and sla-credits.database.embedded=refuse refuses "
                + "the built-in embedded one: give spring.datasource.url (SPRING_DATASOURCE_URL) for this host's database.");
        assertThat(out).doesNotExist();
        assertThat(listing(builtIn)).isEqualTo(before);
        assertThat(Files.readString(metrics)).contains("\nsla_credits_run_exit_code 2\n");
    }

    @Test
    void refuseLetsARunWithItsDatabaseGo() {
        Path out = work.resolve("out");

        CommandRun run = monthEnd(ExampleCsv.EXAMPLE.resolve("input"), out, "--sla-credits.database.embedded=refuse");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
    }

    @Test
    void aMetricsFileTheCollectorWouldNotReadIsRefused() {
        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + work.resolve("out"),
                "--sla-credits.metrics.textfile=" + work.resolve("metrics.txt"));

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("must name a *.prom file");
        assertThat(work.resolve("metrics.txt")).doesNotExist();
    }

    private CommandRun monthEnd(Path input, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("month-end", "--input=" + input, "--output=" + out,
                "--sla-credits.metrics.textfile=" + metrics));
        if (Stream.of(more).noneMatch(arg -> arg.startsWith("--as-of="))) {
            args.add(1, "--as-of=2026-11-05");
        }
        args.addAll(List.of(more));
        return CommandRun.of(database, args.toArray(String[]::new));
    }

    /** This run's two lines: its start line names its output folder, and its end line follows it. */
    private static List<String> logLinesOf(Path out) throws IOException {
        List<String> runs = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("sla-credits.runs")).toList();
        for (int i = runs.size() - 2; i >= 0; i--) {
            if (runs.get(i).contains("month-end started:") && runs.get(i).contains("--output=" + out + " ")
                    || runs.get(i).endsWith("--output=" + out)) {
                return runs.subList(i, i + 2);
            }
        }
        throw new AssertionError("no start line for " + out + " in " + LOG.toAbsolutePath());
    }

    private Path copyOfExample() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        try (Stream<Path> files = Files.list(ExampleCsv.EXAMPLE.resolve("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        return input;
    }

    private static List<Path> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
