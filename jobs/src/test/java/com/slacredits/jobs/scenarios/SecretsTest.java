package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Database credentials never leave the configuration: not on the console, not in the log file, not in
 * an output file or the summary PDF, not even inside a JDBC URL. Each test plants a password and
 * greps everything the run produced for it.
 */
class SecretsTest {

    /** Where the run's log file goes: logging.file.name, relative to the working folder. */
    private static final Path LOG = Path.of("logs", "sla-credits.log");

    @TempDir
    Path work;

    @Test
    void aPasswordGivenAsASettingIsNowhereInWhatARunWrites() throws Exception {
        String planted = "Planted-Secret-4711";
        TestDatabase database = new TestDatabase("jdbc:h2:file:" + work.resolve("db") + ";MODE=MySQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", planted, () -> { });
        Path out = work.resolve("out");

        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out);

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertNowhere(planted, run, out);
    }

    @Test
    void aPasswordInsideTheUrlIsNowhereInWhatARunWritesAndTheSummaryNamesTheUrlWithoutIt() throws Exception {
        String planted = "Url-Secret-0815";
        String url = "jdbc:h2:file:" + work.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;USER=sa;PASSWORD=" + planted;
        Path out = work.resolve("out");

        CommandRun run = CommandRun.of(null, "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out, "--spring.datasource.url=" + url,
                "--spring.datasource.username=", "--spring.datasource.password=");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
        assertNowhere(planted, run, out);
        // the summary names the database it ran on, masked (the PDF wraps the long URL)
        assertThat(MonthEndScenarios.pdfText(out.resolve("summary.pdf")).replaceAll("\\s", ""))
                .contains("DEFAULT_NULL_ORDERING=HIGH;USER=****;PASSWORD=****");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsNamedWithoutItsUserOrPassword() throws Exception {
        String planted = "Unreachable-Secret-42";
        Path out = work.resolve("out");

        // nothing listens on port 1: the connection is refused, whatever this machine runs
        CommandRun run = CommandRun.of(null, "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out,
                "--spring.datasource.url=jdbc:mysql://root:" + planted + "@127.0.0.1:1/sla?password=" + planted,
                "--spring.datasource.username=root", "--spring.datasource.password=" + planted);

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("127.0.0.1:1");
        assertNowhere(planted, run, out);
    }

    private static void assertNowhere(String planted, CommandRun run, Path out) throws IOException {
        assertThat(run.out()).doesNotContain(planted);
        assertThat(run.err()).doesNotContain(planted);
        if (Files.exists(LOG)) {
            assertThat(Files.readString(LOG, StandardCharsets.UTF_8)).as("the log file").doesNotContain(planted);
        }
        for (Path file : files(out)) {
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain(planted);
            if (file.toString().endsWith(".pdf")) {
                assertThat(MonthEndScenarios.pdfText(file)).as(file.toString()).doesNotContain(planted);
            }
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return new ArrayList<>(all.filter(Files::isRegularFile).toList());
        }
    }
}
