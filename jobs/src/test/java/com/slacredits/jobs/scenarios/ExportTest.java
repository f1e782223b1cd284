package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --run=N}: a run's outputs written again from the database, as the run wrote them. */
class ExportTest {

    @TempDir
    Path work;

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.h2(work);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void anExportWritesTheRunsFilesAsTheRunWroteThem() throws Exception {
        Path out = work.resolve("out");
        assertThat(monthEnd(out).code()).isEqualTo(ExitCode.COMPLETED);
        Path again = work.resolve("again");

        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + again);

        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(export.out()).contains("Run 1 exported to " + again);
        assertWrittenAsTheRunWroteThem(again, out);
        // nothing decided or posted twice
        assertThat(database.count("SELECT COUNT(*) FROM claim_decision")).isEqualTo(11);
        assertThat(database.count("SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(5);
    }

    /**
     * The invoice each adjustment corrects is the one its run picked and stored: an invoice that arrives
     * later, and would be picked now, changes neither the exported adjustments.csv nor the statement.
     */
    @Test
    void anExportNamesTheInvoiceTheRunPickedNotOneThatArrivedLater() throws Exception {
        Path out = work.resolve("out");
        assertThat(monthEnd(out).code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(out.resolve("adjustments.csv")))
                .extracting(row -> row.get("claim_id") + " " + row.get("invoice_id"))
                .containsExactly("CL-01 ", "CL-03 ", "CL-04 INV-C1-2026", "CL-05 ", "CL-12 ");
        database.jdbc().update("INSERT INTO invoice (invoice_id, contract_id, period_start, period_end, amount, currency) "
                + "VALUES ('INV-2026-10-A1', 'K-A1', DATE '2026-10-01', DATE '2026-10-31', 5000.00, 'EUR'), "
                + "('INV-2026-10-C1', 'K-C1', DATE '2026-10-01', DATE '2026-10-31', 10000.00, 'EUR')");
        Path again = work.resolve("again");

        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + again);

        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.COMPLETED);
        assertWrittenAsTheRunWroteThem(again, out);
        assertThat(MonthEndScenarios.pdfText(again.resolve("statements/CU-4.pdf")).replaceAll("\\s+", " "))
                .contains("credited against invoice INV-C1-2026").doesNotContain("INV-2026-10-C1");
    }

    /** Months later the drop folder is usually purged: the export reads nothing of it. */
    @Test
    void anExportWritesTheRunsFilesAfterItsInputFolderWasDeleted() throws Exception {
        Path input = work.resolve("drop");
        FileSystemUtils.copyRecursively(ExampleCsv.EXAMPLE.resolve("input"), input);
        Path out = work.resolve("out");
        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + input,
                "--output=" + out);
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
        FileSystemUtils.deleteRecursively(input);
        Path again = work.resolve("again");

        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + again);

        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.COMPLETED);
        assertWrittenAsTheRunWroteThem(again, out);
    }

    @Test
    void aHeldRunExportsHeld() throws Exception {
        Path out = work.resolve("out");
        assertThat(monthEnd(out, MonthEndScenarios.ANY_RUN, MonthEndScenarios.TIGHT_FEE_SHARE).code())
                .isEqualTo(ExitCode.HELD);

        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + work.resolve("again"));

        assertThat(export.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(MonthEndScenarios.pdfText(work.resolve("again/statements/CU-1.pdf"))).contains("HELD — nothing posted");
        assertThat(ExampleCsv.rows(work.resolve("again/adjustments.csv"))).isEmpty();
        assertThat(work.resolve("again/HELD.txt")).exists();
    }

    @Test
    void anExportIsRefusedForANonEmptyFolderAnUnknownRunOrNoRun() throws Exception {
        Path out = work.resolve("out");
        assertThat(monthEnd(out).code()).isEqualTo(ExitCode.COMPLETED);

        CommandRun intoResults = CommandRun.of(database, "export", "--run=1", "--output=" + out);
        assertThat(intoResults.code()).isEqualTo(ExitCode.USAGE);
        assertThat(intoResults.err()).contains("is not empty");

        CommandRun unknown = CommandRun.of(database, "export", "--run=7", "--output=" + work.resolve("x"));
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("There is no run 7 in jdbc:h2:file:");
        assertThat(work.resolve("x")).doesNotExist();

        assertThat(CommandRun.of(database, "export", "--output=" + work.resolve("y")).code()).isEqualTo(ExitCode.USAGE);
    }

    private static void assertWrittenAsTheRunWroteThem(Path again, Path out) throws IOException {
        for (String csv : List.of("decisions.csv", "adjustments.csv", "rejects.csv", "evidence.csv")) {
            assertThat(again.resolve(csv)).as(csv).hasSameBinaryContentAs(out.resolve(csv));
        }
        assertThat(ExampleCsv.rows(again.resolve("evidence.csv"))).hasSize(10);
        assertThat(names(again.resolve("statements"))).isEqualTo(names(out.resolve("statements"))).hasSize(6);
        for (String pdf : names(out.resolve("statements"))) {
            assertThat(MonthEndScenarios.pdfText(again.resolve("statements").resolve(pdf)))
                    .isEqualTo(MonthEndScenarios.pdfText(out.resolve("statements").resolve(pdf)));
        }
        // the summary names the folder it is in; what was pending is what the run saw (WaitingClaimsTest)
        assertThat(MonthEndScenarios.pdfText(again.resolve("summary.pdf"))).contains("Run id 1", "As of 2026-11-05");
    }

    private CommandRun monthEnd(Path out, String... extra) {
        String[] args = Stream.concat(Stream.of("month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out), Stream.of(extra))
                .toArray(String[]::new);
        return CommandRun.of(database, args);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
