package com.slacredits.jobs.console;

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

/**
 * A console scenario of {@code src/test/browser} run in Debian's headless Chromium by playwright-core,
 * against a console the test started: what a browser IT needs besides its console and its script. The
 * test is skipped, saying why, without {@code node} on the PATH, {@code /usr/bin/chromium} or the script's
 * {@code node_modules/playwright-core} ({@code .ci/run} installs the last two when it can).
 */
final class BrowserScenario {

    static final Path JOBS = Path.of("").toAbsolutePath();
    static final Path BROWSER = JOBS.resolve(Path.of("src", "test", "browser"));
    static final Path SCREENSHOTS = JOBS.resolve(Path.of("target", "console-screenshots"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserScenario() {
    }

    /** Skips the test, saying what is missing, unless node, Chromium and playwright-core are all there. */
    static void assumeBrowser() {
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

    /**
     * Runs {@code script} with {@code environment} (CONSOLE_URL and SCREENSHOTS added) and fails the test
     * unless it ends, successfully, within {@code minutes}; its lines are echoed as they come.
     */
    static void run(String script, String consoleUrl, Map<String, String> environment, long minutes)
            throws IOException, InterruptedException {
        Files.createDirectories(SCREENSHOTS);
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(BROWSER.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("CONSOLE_URL", consoleUrl);
        builder.environment().put("SCREENSHOTS", SCREENSHOTS.toString());
        Process scenario = builder.start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread echo = echo(scenario, output);
        boolean ended = scenario.waitFor(minutes, TimeUnit.MINUTES);
        if (!ended) {
            scenario.descendants().forEach(ProcessHandle::destroyForcibly);
            scenario.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        echo.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(ended).as("%s ended within %d minutes; it printed:%n%s", script, minutes,
                String.join("\n", output)).isTrue();
        assertThat(scenario.exitValue()).as("%s's exit status; it printed:%n%s", script,
                String.join("\n", output)).isZero();
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
