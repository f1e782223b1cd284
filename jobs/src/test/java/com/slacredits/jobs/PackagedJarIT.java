package com.slacredits.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The October example through the packaged jar, exactly as the README runs it. Some failures only
 * show under {@code java -jar} (report expressions compiled inside the fat jar, for one), so the
 * build checks the artifact it ships, after packaging.
 */
class PackagedJarIT {

    @TempDir
    Path work;

    @Test
    void theJarRunsTheOctoberMonthEnd() throws Exception {
        Path jar = Path.of("target", "sla-credits.jar").toAbsolutePath();
        assertThat(jar).exists();
        Path out = work.resolve("out");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + out,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("console.txt").toFile())
                .start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String console = Files.readString(work.resolve("console.txt"), StandardCharsets.UTF_8);
        System.out.println(console);

        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(console).isZero();
        MonthEndScenarios.assertExpectedOctober(out);
        try (Stream<Path> statements = Files.list(out.resolve("statements"))) {
            assertThat(statements.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("CU-1.pdf", "CU-2.pdf", "CU-3.pdf", "CU-4.pdf", "CU-5.pdf", "CU-6.pdf");
        }
        assertThat(pdfHeader(out.resolve("summary.pdf"))).isEqualTo("%PDF");
        assertThat(pdfHeader(out.resolve("statements/CU-4.pdf"))).isEqualTo("%PDF");
    }

    private static String pdfHeader(Path pdf) throws IOException {
        return new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII);
    }

}
