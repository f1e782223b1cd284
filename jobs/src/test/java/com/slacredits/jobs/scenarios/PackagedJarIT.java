package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The October example through the packaged jar, exactly as the README runs it: the built-in
 * embedded database in {@code ./data}, then {@code export} of that run from it. Some failures only
 * show under {@code java -jar} (report expressions compiled inside the fat jar, for one; a command
 * that opened the built-in database with other settings than Spring's, for another), so the build
 * checks the artifact it ships, after packaging.
 */
class PackagedJarIT {

    @TempDir
    Path work;

    @Test
    void theJarRunsTheOctoberMonthEnd() throws Exception {
        Path jar = Path.of("target", "sla-credits.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path out = work.resolve("out");
        jar(jar, "month-end", "--as-of=2026-11-05", "--input=" + ExampleCsv.EXAMPLE.resolve("input"),
                "--output=" + out);
        assertThat(work.resolve("data")).isDirectory();
        MonthEndScenarios.assertExpectedOctober(out);
        try (Stream<Path> statements = Files.list(out.resolve("statements"))) {
            assertThat(statements.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("CU-1.pdf", "CU-2.pdf", "CU-3.pdf", "CU-4.pdf", "CU-5.pdf", "CU-6.pdf");
        }
        assertThat(pdfHeader(out.resolve("summary.pdf"))).isEqualTo("%PDF");
        assertThat(pdfHeader(out.resolve("statements/CU-4.pdf"))).isEqualTo("%PDF");

        Path again = work.resolve("again");
        jar(jar, "export", "--run=1", "--output=" + again);
        for (String csv : new String[] {"decisions.csv", "adjustments.csv", "rejects.csv"}) {
            assertThat(again.resolve(csv)).as(csv).hasSameBinaryContentAs(out.resolve(csv));
        }
        assertThat(again.resolve("statements/CU-4.pdf")).isRegularFile();
    }

    /** Runs the jar in the work folder, as an operator in the install folder would, and wants exit 0. */
    private void jar(Path jar, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Path console = work.resolve(arguments[0] + "-console.txt");
        Process process = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(console.toFile())
                .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String printed = Files.readString(console, StandardCharsets.UTF_8);
        System.out.println(printed);
        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(printed).isZero();
    }

    private static String pdfHeader(Path pdf) throws IOException {
        return new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII);
    }

}
