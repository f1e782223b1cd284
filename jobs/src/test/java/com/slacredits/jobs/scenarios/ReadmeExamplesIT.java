package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example commands, exactly as written there, one after the other in its order, through
 * the packaged jar in a folder that stands for a fresh clone: each gives exactly its example's expected
 * files. The examples share claim and contract ids, so two of them on one database would give a wrong
 * month with exit 0 (issue 22); each command names a database of its own.
 */
class ReadmeExamplesIT {

    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();
    private static final String JAR = "jobs/target/sla-credits.jar";

    @TempDir
    Path clone;

    @Test
    void theReadmesExampleCommandsRunOneAfterTheOtherEachGiveExactlyTheirExpectedFiles() throws Exception {
        Path jar = Path.of("target", "sla-credits.jar").toAbsolutePath();
        assertThat(jar).exists();
        Files.createSymbolicLink(clone.resolve("examples"), ExampleCsv.EXAMPLE.getParent());
        Files.createDirectories(clone.resolve("jobs/target"));
        Files.createSymbolicLink(clone.resolve(JAR), jar);

        List<List<String>> commands = readmeCommands();
        assertThat(commands).extracting(command -> example(command))
                .containsSubsequence("october-2026", "five-packs-2026", "support-2026", "support-2026");

        for (List<String> command : commands) {
            run(command);
            Path out = clone.resolve(option(command, "--output"));
            switch (example(command)) {
                case "october-2026" -> MonthEndScenarios.assertExpectedOctober(out);
                case "five-packs-2026" -> MonthEndScenarios.assertExpectedFivePacks(out);
                case "support-2026" -> SupportExampleScenarios.assertExpected(out, option(command, "--as-of"));
                default -> throw new AssertionError("the README runs an example this test does not know: " + command);
            }
        }
    }

    /** Every month-end command of the README's code blocks, in its order, from {@code java} on. */
    static List<List<String>> readmeCommands() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            int java = line.indexOf("java -jar " + JAR + " month-end ");
            if (inCode && java >= 0) {
                commands.add(List.of(line.substring(java).trim().split("\\s+")));
            }
        }
        return commands;
    }

    private static String example(List<String> command) {
        return Path.of(option(command, "--input")).getName(1).toString();
    }

    private static String option(List<String> command, String name) {
        return command.stream().filter(argument -> argument.startsWith(name + "="))
                .map(argument -> argument.substring(name.length() + 1)).findFirst()
                .orElseThrow(() -> new AssertionError(command + " has no " + name));
    }

    /** Runs the command in the clone, with this JVM's java, and wants exit 0. */
    private void run(List<String> command) throws Exception {
        List<String> process = new ArrayList<>(command);
        process.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path console = clone.resolve("console-" + Arrays.hashCode(command.toArray()) + ".txt");
        Process started = new ProcessBuilder(process).directory(clone.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        boolean finished = started.waitFor(5, TimeUnit.MINUTES);
        String printed = Files.readString(console, StandardCharsets.UTF_8);
        System.out.println(String.join(" ", command) + "\n" + printed);
        assertThat(finished).as(printed).isTrue();
        assertThat(started.exitValue()).as(printed).isZero();
    }
}
