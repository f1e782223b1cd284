package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

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
 * A script of {@code src/test/browser} run by node against a console, in Debian's headless Chromium
 * (playwright-core), for the browser tests besides {@link ConsoleBrowserIT}: what it needs, and the run
 * itself, its lines copied into the test's output as they come.
 */
final class BrowserScenario {

    static final Path JOBS = Path.of("").toAbsolutePath();
    static final Path BROWSER = JOBS.resolve(Path.of("src", "test", "browser"));
    static final Path SCREENSHOTS = JOBS.resolve(Path.of("target", "console-screenshots"));
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserScenario() {
    }

    /** What is missing for a browser test, in words; empty when it can run. */
    static List<String> missing() {
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
        return missing;
    }

    /** Runs {@code script} with {@code environment}; asserts that it ended within {@code minutes} with status 0. */
    static void run(String script, Map<String, String> environment, long minutes) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        ProcessBuilder builder = new ProcessBuilder("node", script).directory(BROWSER.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("SCREENSHOTS", SCREENSHOTS.toString());
        Process scenario = builder.start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Thread echo = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(scenario.getInputStream(), StandardCharsets.UTF_8))) {
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

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isEmpty())
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
