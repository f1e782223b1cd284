package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar's command line as an operator sees it: help and the version without Spring, no
 * framework line on the console, and the same lines under a German or Turkish locale as under an
 * English one (issue 22: {@code 134.101} and {@code 0,0 s} were printed).
 */
class CommandLineIT {

    private static final Path JAR = Path.of("target", "sla-credits.jar").toAbsolutePath();

    @TempDir
    Path work;

    record Printed(int exit, String text) {
    }

    @Test
    void helpAndVersionAnswerWithExitZero() throws Exception {
        Printed help = jar(work, List.of(), "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.text()).contains("month-end", "export", "worker", "console", "console-user");
        Printed version = jar(work, List.of(), "month-end", "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.text().strip()).matches("sla-credits \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        Printed typo = jar(work, List.of(), "month-end", "--as-of=2026-11-05", "--ouput=out");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.text()).startsWith("Unknown option --ouput; did you mean --output?");
    }

    @Test
    void theOctoberRunPrintsTheSameUnderAGermanAndATurkishLocaleAndNoFrameworkLine() throws Exception {
        List<String> english = october("en", "-Duser.language=en", "-Duser.country=US");
        assertThat(english).anyMatch(line -> line.startsWith("step probes ") && line.contains("read 134,101, written "
                + "134,100, rejected 1 in # s"));
        assertThat(english).contains("Claims decided: 11", "  EUR TERMINATION_REFUND           16767.12  (1)");
        assertThat(english).noneMatch(line -> line.contains("Starting ") || line.contains("Started ")
                || line.contains("No active profile") || line.contains("WARN"));

        assertThat(october("de", "-Duser.language=de", "-Duser.country=DE")).isEqualTo(english);
        assertThat(october("tr", "-Duser.language=tr", "-Duser.country=TR")).isEqualTo(english);
    }

    /**
     * The October month-end in a folder of its own, under the JVM options given: its printed lines
     * without their time of day, the seconds a step took or the folder, sorted, since partitions end in
     * any order; and every CSV it wrote, byte for byte.
     */
    private List<String> october(String name, String... jvmOptions) throws Exception {
        Path folder = Files.createDirectories(work.resolve(name));
        Printed run = jar(folder, List.of(jvmOptions), "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=out");
        assertThat(run.exit()).as(run.text()).isZero();
        List<String> lines = new ArrayList<>(run.text().lines()
                .filter(line -> !line.contains(" running "))
                .map(line -> line.replaceFirst("^\\d\\d:\\d\\d:\\d\\d INFO  ", "")
                        .replaceFirst(" in \\d+\\.\\d s$", " in # s")
                        .replace(folder.toString(), "<folder>"))
                .sorted().toList());
        for (String csv : List.of("decisions.csv", "adjustments.csv", "rejects.csv", "evidence.csv")) {
            lines.add(csv + ": " + Files.readString(folder.resolve("out").resolve(csv), StandardCharsets.UTF_8));
        }
        return lines;
    }

    private static Printed jar(Path folder, List<String> jvmOptions, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Path console = Files.createTempFile(folder, "console", ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String printed = Files.readString(console, StandardCharsets.UTF_8);
        System.out.println(String.join(" ", command) + "\n" + printed);
        assertThat(finished).as(printed).isTrue();
        return new Printed(process.exitValue(), printed);
    }
}
