package com.slacredits.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.jobs.run.RunFigures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The metrics file's text: node_exporter's textfile collector reads it, and alerts are written against its names. */
class RunMetricsTest {

    private static final Instant STARTED = Instant.parse("2026-11-05T02:00:00.250Z");
    private static final Instant ENDED = Instant.parse("2026-11-05T02:00:16.750Z");

    @Test
    void aCompletedRunHasItsExitCodeTimesDecisionsAmountsAndRejectedRows() {
        RunFigures figures = new RunFigures(new TreeMap<>(Map.of("CREDIT TIER", 4L, "REJECTED LATE", 1L)),
                List.of(new RunFigures.Total("EUR", "SLA_CREDIT", new BigDecimal("800.00"), 2),
                        new RunFigures.Total("JPY", "SLA_CREDIT", new BigDecimal("1200"), 1),
                        new RunFigures.Total("USD", "REVERSAL", new BigDecimal("-50.00"), 1)),
                new TreeMap<>(Map.of("claims.csv", 1L, "probes.csv", 2L)), 3);

        String text = new RunMetrics(0, STARTED, ENDED, OptionalLong.of(7), false, false, Optional.of(figures)).text();

        assertThat(text).contains(
                "# HELP sla_credits_run_exit_code ",
                "# TYPE sla_credits_run_exit_code gauge\nsla_credits_run_exit_code 0\n",
                "\nsla_credits_run_start_time_seconds 1793844000.250\n",
                "\nsla_credits_run_end_time_seconds 1793844016.750\n",
                "\nsla_credits_run_duration_seconds 16.500\n",
                "\nsla_credits_run_held 0\n",
                "\nsla_credits_run_dry_run 0\n",
                "\nsla_credits_run_id 7\n",
                "\nsla_credits_run_decided_claims 5\n",
                "\nsla_credits_run_decisions{outcome=\"CREDIT\",reason=\"TIER\"} 4\n",
                "\nsla_credits_run_decisions{outcome=\"REJECTED\",reason=\"LATE\"} 1\n",
                "\nsla_credits_run_amount{currency=\"EUR\",kind=\"SLA_CREDIT\"} 800.00\n",
                "\nsla_credits_run_amount{currency=\"JPY\",kind=\"SLA_CREDIT\"} 1200\n",
                "\nsla_credits_run_amount{currency=\"USD\",kind=\"REVERSAL\"} -50.00\n",
                "\nsla_credits_run_adjustments{currency=\"EUR\",kind=\"SLA_CREDIT\"} 2\n",
                "\nsla_credits_run_rejected_rows 3\n",
                "\nsla_credits_run_rejected_rows_by_file{file=\"probes.csv\"} 2\n",
                "\nsla_credits_run_pending_claims 3\n");
    }

    @Test
    void everySampleBelongsToAFamilyWithHelpAndType() {
        RunFigures figures = new RunFigures(new TreeMap<>(Map.of("CREDIT TIER", 4L)),
                List.of(new RunFigures.Total("EUR", "SLA_CREDIT", new BigDecimal("1.00"), 1)), new TreeMap<>(), 0);
        String text = new RunMetrics(4, STARTED, ENDED, OptionalLong.of(1), true, false, Optional.of(figures)).text();

        String family = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("# HELP ")) {
                family = line.split(" ")[2];
            } else if (line.startsWith("# TYPE ")) {
                assertThat(line).isEqualTo("# TYPE " + family + " gauge");
            } else {
                assertThat(line).as("a sample of its family, and no timestamp").matches(
                        java.util.regex.Pattern.quote(family) + "(\\{[^}]*\\})? -?[0-9.]+");
            }
        }
        assertThat(text).endsWith("\n").contains("\nsla_credits_run_held 1\n", "\nsla_credits_run_exit_code 4\n");
    }

    @Test
    void aRunThatNeverReachedItsSummaryHasItsExitCodeAndTimesOnly() {
        String text = new RunMetrics(1, STARTED, ENDED, OptionalLong.empty(), false, false, Optional.empty()).text();

        assertThat(text).contains("\nsla_credits_run_exit_code 1\n", "\nsla_credits_run_duration_seconds 16.500\n",
                "\nsla_credits_run_held 0\n");
        assertThat(text).doesNotContain("sla_credits_run_id", "sla_credits_run_decisions", "sla_credits_run_amount");
    }

    @Test
    void labelValuesAreEscaped() {
        RunFigures figures = new RunFigures(new TreeMap<>(), List.of(),
                new TreeMap<>(Map.of("a\"b\\c\nd.csv", 1L)), 0);
        String text = new RunMetrics(0, STARTED, ENDED, OptionalLong.of(1), false, false, Optional.of(figures)).text();

        assertThat(text).contains("sla_credits_run_rejected_rows_by_file{file=\"a\\\"b\\\\c\\nd.csv\"} 1\n");
    }
}
