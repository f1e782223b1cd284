package com.slacredits.jobs.console;

import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.jobs.cli.MonthEndCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * examples/support-2026's two month-ends (runs 1 and 2), run by the real command line into an H2 file of
 * their own, in a folder of the caller's: the database a customer's page reads across runs. Customer CU-7,
 * Zeeland Ferries B.V., has decisions in both: SUP-Z-01 to SUP-Z2-01 in run 1 (one of them a cash refund,
 * SUP-Z2-01, of €5.01), SUP-Z-05 and SUP-Z-06 in run 2.
 */
final class SupportTwoRuns {

    static final Path EXAMPLE = Path.of("..", "examples", "support-2026").toAbsolutePath().normalize();

    private SupportTwoRuns() {
    }

    /** A temporary folder removed when the JVM ends, holding {@code db} and the runs' {@code out-1}, {@code out-2}. */
    static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("sla-customers-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    FileSystemUtils.deleteRecursively(folder);
                } catch (IOException ignored) {
                    // a temporary folder left behind harms nothing
                }
            }));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Runs both month-ends into {@code folder}; fails unless both complete. */
    static void run(Path folder) {
        monthEnd(folder, "2026-11-05", "input", "out-1");
        monthEnd(folder, "2027-01-05", "input-2027-01", "out-2");
    }

    private static void monthEnd(Path folder, String asOf, String input, String output) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        ExitCode code = new MonthEndCommand(stream, stream).run("month-end", "--as-of=" + asOf,
                "--input=" + EXAMPLE.resolve(input), "--policies=" + EXAMPLE.resolve("policies"),
                "--output=" + folder.resolve(output).toAbsolutePath(), "--spring.datasource.url=" + url(folder));
        if (code != ExitCode.COMPLETED) {
            throw new IllegalStateException("the support example as of " + asOf + " did not complete: " + code
                    + "\n" + printed);
        }
    }
}
