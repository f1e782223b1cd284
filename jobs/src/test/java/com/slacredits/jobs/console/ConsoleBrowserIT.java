package com.slacredits.jobs.console;

import com.slacredits.jobs.cli.ConsoleCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Issue 11's real-browser test: the console started here, on a fresh H2 file, and the six steps of
 * the scenario (alice starts a dry run of the October example, is refused approving it, bob approves,
 * downloads a statement and reverses an adjustment) driven in Debian's headless Chromium by
 * {@code src/test/browser/console-scenario.mjs} (playwright-core). Its screenshots go to
 * {@code target/console-screenshots/}.
 *
 * <p>Skipped, saying why, without {@code node} on the PATH, {@code /usr/bin/chromium} or the script's
 * {@code node_modules/playwright-core}: {@code .ci/run} installs the last two when it can. The system
 * property {@code browser.stopAfter} (or the variable {@code STOP_AFTER}, inherited) stops the
 * script early, e.g. {@code signin}: a debugging aid.
 */
class ConsoleBrowserIT {

    private static final Path JOBS = Path.of("").toAbsolutePath();
    private static final Path BROWSER = JOBS.resolve(Path.of("src", "test", "browser"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OCTOBER = JOBS.getParent().resolve(Path.of("examples", "october-2026", "input"));
    private static final Path SCREENSHOTS = JOBS.resolve(Path.of("target", "console-screenshots"));
    /** The script normally takes under 2 minutes; a step of it waits at most 2. */
    private static final long SCENARIO_MINUTES = 5;

    private static final String ALICE = "alice";
    private static final String ALICE_PASSWORD = "alice-has-a-long-password";
    private static final String BOB = "bob";
    private static final String BOB_PASSWORD = "bob-has-a-long-password-too";
    private static final String VERA = "vera";
    private static final String VERA_PASSWORD = "vera-only-reads-the-runs";

    @TempDir
    Path work;

    @BeforeEach
    void needsNodeChromiumAndPlaywright() {
        List<String> missing = new ArrayList<>();
        if (!onPath("node")) {
            missing.add("no node on the PATH");
        }
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("no " + CHROMIUM + " (Debian's chromium package)");
        }
        if (!Files.isDirectory(BROWSER.resolve(Path.of("node_modules", "playwright-core")))) {
            Path browser = JOBS.getParent().relativize(BROWSER);
            missing.add("no " + browser + "/node_modules/playwright-core (npm ci --prefix " + browser + ")");
        }
        String reason = String.join(", ", missing) + ": the console's browser test did not run";
        if (!missing.isEmpty()) {
            System.out.println("SKIPPED: " + reason);
        }
        assumeTrue(missing.isEmpty(), reason);
    }

    @Test
    void financeRunsTheMonthInTheBrowser() throws Exception {
        try (ConfigurableApplicationContext console = ConsoleCommand.start(consoleArguments())) {
            String url = "http://127.0.0.1:" + console.getEnvironment().getProperty("local.server.port");
            List<String> output = Collections.synchronizedList(new ArrayList<>());
            Process scenario = scenario(url);
            Thread echo = echo(scenario, output);
            boolean ended = scenario.waitFor(SCENARIO_MINUTES, TimeUnit.MINUTES);
            if (!ended) {
                scenario.descendants().forEach(ProcessHandle::destroyForcibly);
                scenario.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            echo.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(ended).as("the browser scenario ended within %d minutes; it printed:%n%s", SCENARIO_MINUTES,
                    String.join("\n", output)).isTrue();
            assertThat(scenario.exitValue()).as("the browser scenario's exit status; it printed:%n%s",
                    String.join("\n", output)).isZero();
        }
    }

    private String[] consoleArguments() throws IOException {
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        Path results = Files.createDirectories(work.resolve("results"));
        return new String[] {
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + work.resolve(Path.of("db", "sla-credits"))
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "--logging.file.name=" + JOBS.resolve(Path.of("target", "console-browser-it.log")),
            "--sla-credits.console.users[0].name=" + ALICE,
            "--sla-credits.console.users[0].password-hash=" + encoder.encode(ALICE_PASSWORD),
            "--sla-credits.console.users[0].role=FINANCE",
            "--sla-credits.console.users[1].name=" + BOB,
            "--sla-credits.console.users[1].password-hash=" + encoder.encode(BOB_PASSWORD),
            "--sla-credits.console.users[1].role=FINANCE",
            "--sla-credits.console.users[2].name=" + VERA,
            "--sla-credits.console.users[2].password-hash=" + encoder.encode(VERA_PASSWORD),
            "--sla-credits.console.users[2].role=VIEWER",
            "--sla-credits.console.drop-folders[0]=" + OCTOBER.normalize(),
            "--sla-credits.console.results-folder=" + results,
        };
    }

    private static Process scenario(String url) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ProcessBuilder builder = new ProcessBuilder("node", "console-scenario.mjs").directory(BROWSER.toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("CONSOLE_URL", url);
        environment.put("FINANCE_A", ALICE);
        environment.put("FINANCE_A_PASSWORD", ALICE_PASSWORD);
        environment.put("FINANCE_B", BOB);
        environment.put("FINANCE_B_PASSWORD", BOB_PASSWORD);
        environment.put("SCREENSHOTS", SCREENSHOTS.toString());
        String stopAfter = System.getProperty("browser.stopAfter");
        if (stopAfter != null && !stopAfter.isBlank()) {
            environment.put("STOP_AFTER", stopAfter);
        }
        return builder.start();
    }

    /** Copies the script's lines into the test's output as they come, and keeps them for a failure. */
    private static Thread echo(Process process, List<String> output) {
        Thread echo = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    System.out.println("[browser] " + line);
                    output.add(line);
                }
            } catch (IOException e) {
                output.add("(the script's output could not be read further: " + e.getMessage() + ")");
            }
        }, "browser-scenario-output");
        echo.setDaemon(true);
        echo.start();
        return echo;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
