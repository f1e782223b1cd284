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
    private static final List<String> FILES = List.of("support.csv", "decisions.csv", "rejects.csv");

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

    private CommandRun run(String asOf, String input, Path output, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("month-end", "--as-of=" + asOf,
                "--input=" + EXAMPLE.resolve(input), "--policies=" + EXAMPLE.resolve("policies"),
                "--output=" + output));
        args.addAll(List.of(extra));
        return CommandRun.of(database, args.toArray(String[]::new));
    }

    private static void assertExpected(Path output, String run) throws IOException {
        Path expected = EXAMPLE.resolve("expected").resolve(run);
        for (String file : FILES) {
            assertThat(ExampleCsv.rows(output.resolve(file))).as(run + " " + file)
                    .isEqualTo(ExampleCsv.rows(expected.resolve(file)));
        }
        // the expected file has invoice_id already (issue 20); the columns the run writes must match
        List<List<Map<String, String>>> adjustments = ExampleCsv.onSharedColumns(output.resolve("adjustments.csv"),
                expected.resolve("adjustments.csv"));
        assertThat(adjustments.get(0)).as(run + " adjustments.csv").isEqualTo(adjustments.get(1));
    }
}
