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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.FileSystemUtils;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the console tests look at: the October 2026 example run once by the real command
 * line into an H2 file of its own, then opened by the console, as a finance team would find it
 * after the scheduled run. Two users, one of each role, with hashes made here from their passwords.
 */
final class ConsoleMonth {

    static final String FINANCE = "fiona";
    static final String FINANCE_PASSWORD = "fiona-has-a-long-password";
    static final String VIEWER = "victor";
    static final String VIEWER_PASSWORD = "victor-has-a-long-password";

    private static Path folder;

    private ConsoleMonth() {
    }

    /** The month's folder: {@code db}, the H2 file, and {@code out}, the run's outputs. */
    static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("sla-console-");
                Path made = folder;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        FileSystemUtils.deleteRecursively(made);
                    } catch (IOException ignored) {
                        // a temporary folder left behind harms nothing
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
            ExitCode code = new MonthEndCommand(stream, stream).run("month-end", "--as-of=2026-11-05",
                    "--input=" + Path.of("..", "examples", "october-2026", "input").toAbsolutePath().normalize(),
                    "--output=" + output(), "--spring.datasource.url=" + url());
            if (code != ExitCode.COMPLETED) {
                throw new IllegalStateException("the October example did not complete: " + code + "\n" + printed);
            }
        }
        return folder;
    }

    static Path output() {
        return folder.resolve("out");
    }

    private static String url() {
        return "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    static void register(DynamicPropertyRegistry registry) {
        folder();
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        registry.add("spring.datasource.url", ConsoleMonth::url);
        registry.add("sla-credits.console.users[0].name", () -> FINANCE);
        registry.add("sla-credits.console.users[0].password-hash", () -> encoder.encode(FINANCE_PASSWORD));
        registry.add("sla-credits.console.users[0].role", () -> "FINANCE");
        registry.add("sla-credits.console.users[1].name", () -> VIEWER);
        registry.add("sla-credits.console.users[1].password-hash", () -> encoder.encode(VIEWER_PASSWORD));
        registry.add("sla-credits.console.users[1].role", () -> "VIEWER");
    }
}
