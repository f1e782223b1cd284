package com.slacredits.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthEndCommandTest {

    @TempDir
    Path work;

    @Test
    void octoberExampleThroughTheCommandLine() throws Exception {
        Path out = work.resolve("out");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ExitCode code = new MonthEndCommand(new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8)).run("month-end", "--as-of=2026-11-05",
                "--input=" + OctoberExampleCsv.EXAMPLE.resolve("input"), "--output=" + out,
                "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        System.out.println(stdout.toString(StandardCharsets.UTF_8));
        System.out.println(stderr.toString(StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(ExitCode.COMPLETED);
        List<Map<String, String>> expected = OctoberExampleCsv.rows(OctoberExampleCsv.EXAMPLE.resolve("expected/decisions.csv"));
        assertThat(OctoberExampleCsv.rows(out.resolve("decisions.csv"))).isEqualTo(expected);
        List<Map<String, String>> expectedAdjustments =
                OctoberExampleCsv.rows(OctoberExampleCsv.EXAMPLE.resolve("expected/adjustments.csv"));
        assertThat(OctoberExampleCsv.projected(OctoberExampleCsv.rows(out.resolve("adjustments.csv")), expectedAdjustments))
                .isEqualTo(expectedAdjustments);
    }
}
