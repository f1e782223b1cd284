package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue 22, item 5: the console and a scheduled month-end share the zero-setup embedded database. The
 * built-in URL opens H2 in its mixed mode (AUTO_SERVER): the first process to open the file serves it to
 * the others. A run started while the console has the file runs, where it was refused with "Another
 * month-end run is in progress"; a SIGKILL of the run or of the console leaves the file whole, and the
 * same command resumes to the files of a run that shared nothing.
 */
class ConsoleBesideRunIT {

    private static final CrashMonth MONTH = new CrashMonth(20, 600, 0, 100, 2, 60);
    private static final Duration A_RUN = Duration.ofMinutes(4);

    @TempDir
    static Path shared;

    /** The input, and the decisions and adjustments of the month run alone on a database of its own. */
    private static Path input;
    private static Path alone;

    @TempDir
    Path work;

    @BeforeAll
    static void theMonthAlone() throws Exception {
        input = shared.resolve("in");
        MONTH.write(input);
        alone = shared.resolve("alone");
        CrashMonth.Jar run = CrashMonth.Jar.start(shared.resolve("alone.txt"),
                monthEnd(alone, TestDatabase.h2(shared).url()));
        assertThat(run.awaitExit(A_RUN)).as(run.console()).isZero();
    }

    @Test
    void aRunStartedWhileTheConsoleHasTheFileRunsAndAKilledOneResumes() throws Exception {
        String url = builtInUrlIn(work);
        CrashMonth.Jar console = startConsole(url);
        try {
            Path out = work.resolve("out");
            CrashMonth.Jar first = CrashMonth.Jar.start(work.resolve("first.txt"), monthEnd(out, url));
            assertThat(first.awaitLine(line -> line.contains("step claims"), A_RUN)).as(first.console()).isTrue();
            first.kill();

            CrashMonth.Jar second = CrashMonth.Jar.start(work.resolve("second.txt"), monthEnd(out, url));
            assertThat(second.awaitExit(A_RUN)).as(second.console()).isZero();
            assertThat(second.console()).contains("Resuming").doesNotContain("Another month-end run");
            assertSameMonth(out);
            assertThat(console.process.isAlive()).as("the console kept the file through the kill").isTrue();
        } finally {
            console.kill();
        }
    }

    @Test
    void theConsoleKilledUnderARunLeavesTheFileWholeAndTheRunResumes() throws Exception {
        String url = builtInUrlIn(work);
        CrashMonth.Jar console = startConsole(url);
        Path out = work.resolve("out");
        CrashMonth.Jar first = CrashMonth.Jar.start(work.resolve("first.txt"), monthEnd(out, url));
        assertThat(first.awaitLine(line -> line.contains("step claims"), A_RUN)).as(first.console()).isTrue();
        console.kill();
        int code = first.awaitExit(A_RUN);
        assertThat(code).as("the run lost the process that served its file: " + first.console()).isNotZero();

        CrashMonth.Jar second = CrashMonth.Jar.start(work.resolve("second.txt"), monthEnd(out, url));
        assertThat(second.awaitExit(A_RUN)).as(second.console()).isZero();
        assertSameMonth(out);

        CrashMonth.Jar again = startConsole(url);
        again.kill();
    }

    private static void assertSameMonth(Path out) throws Exception {
        for (String file : List.of("decisions.csv", "adjustments.csv", "rejects.csv")) {
            assertThat(Files.readString(out.resolve(file))).as(file).isEqualTo(Files.readString(alone.resolve(file)));
        }
    }

    /** The built-in URL, its options and all, with its folder moved into the test's. */
    private static String builtInUrlIn(Path folder) {
        String url = TestDatabase.builtInH2(folder).url();
        assertThat(url).contains("AUTO_SERVER=TRUE");
        return url;
    }

    private CrashMonth.Jar startConsole(String url) throws Exception {
        CrashMonth.Jar console = CrashMonth.Jar.start(work.resolve("console-" + System.nanoTime() + ".txt"), List.of(
                "console", "--server.port=0", "--spring.datasource.url=" + url,
                "--sla-credits.console.results-folder=" + work.resolve("results"),
                "--sla-credits.console.users[0].name=alice",
                // the console needs a user to start; the test signs in as none
                "--sla-credits.console.users[0].password-hash=" + new BCryptPasswordEncoder().encode("not-used"),
                "--sla-credits.console.users[0].role=FINANCE"));
        assertThat(console.awaitLine(line -> line.startsWith("Finance console at"), A_RUN)).as(console.console())
                .isTrue();
        return console;
    }

    private static List<String> monthEnd(Path out, String url) {
        return new ArrayList<>(List.of("month-end", "--as-of=2026-11-05", "--input=" + input, "--output=" + out,
                "--release-held", "--spring.datasource.url=" + url));
    }
}
