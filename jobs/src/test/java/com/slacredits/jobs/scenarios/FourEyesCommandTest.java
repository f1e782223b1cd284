package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.jobs.cli.FinanceControls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sla-credits.controls.four-eyes=required} on the command line: a real run, or the release of
 * a held one, is refused with one sentence and exit 2 before anything is written, neither the output
 * folder nor the database; a dry run goes as ever; and with the setting off a real run goes as today.
 */
class FourEyesCommandTest {

    private static final String REQUIRED = "--sla-credits.controls.four-eyes=required";

    @TempDir
    Path work;

    @Test
    void aRealRunIsRefusedWithOneSentenceBeforeTheDatabaseOrTheOutputIsWritten() {
        TestDatabase database = TestDatabase.h2(work);
        Path out = work.resolve("october");

        CommandRun refused = monthEnd(database, out, REQUIRED);

        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err().strip()).isEqualTo(FinanceControls.LONE_REAL_RUN);
        // the first line of every run names its database (issue 22); nothing else is said
        assertThat(refused.out().strip().lines()).singleElement().asString().startsWith("Database: ");
        assertThat(out).doesNotExist();
        assertThat(work.resolve("db.mv.db")).doesNotExist();
    }

    @Test
    void releasingAHeldRunIsRefusedAlikeAndTheSettingIsReadFromTheEnvironmentsPlacesToo() {
        TestDatabase database = TestDatabase.h2(work);
        Path out = work.resolve("october");
        String property = "sla-credits.controls.four-eyes";
        System.setProperty(property, "REQUIRED");
        try {
            CommandRun refused = monthEnd(database, out, "--release-held");
            assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
            assertThat(refused.err().strip()).isEqualTo(FinanceControls.LONE_REAL_RUN);
        } finally {
            System.clearProperty(property);
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void aDryRunGoesAsEver() {
        TestDatabase database = TestDatabase.h2(work);
        Path out = work.resolve("dry");

        CommandRun dry = monthEnd(database, out, REQUIRED, "--dry-run");

        assertThat(dry.code()).as(dry.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(out.resolve("decisions.csv")).exists();
    }

    @Test
    void withFourEyesOffARealRunGoesAsToday() {
        TestDatabase database = TestDatabase.h2(work);
        Path out = work.resolve("october");

        CommandRun real = monthEnd(database, out, "--sla-credits.controls.four-eyes=off");

        assertThat(real.code()).as(real.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(out.resolve("adjustments.csv")).exists();
    }

    @Test
    void aValueOtherThanRequiredOrOffIsRefusedWithOneSentence() {
        TestDatabase database = TestDatabase.h2(work);
        Path out = work.resolve("october");

        CommandRun refused = monthEnd(database, out, "--sla-credits.controls.four-eyes=yes");

        assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
        assertThat(refused.err().strip()).isEqualTo("sla-credits.controls.four-eyes is required or off, not 'yes'.");
        assertThat(Files.exists(out)).isFalse();
    }

    private static CommandRun monthEnd(TestDatabase database, Path out, String... extra) {
        return CommandRun.of(database, Stream.concat(Stream.of("month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out), Stream.of(extra))
                .toArray(String[]::new));
    }
}
