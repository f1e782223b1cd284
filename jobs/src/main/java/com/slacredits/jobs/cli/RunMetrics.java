package com.slacredits.jobs.cli;

import com.slacredits.jobs.run.RunFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How one month-end command ended, in Prometheus' text exposition format, for node_exporter's
 * textfile collector: gauges only, no timestamps, every family with its HELP and TYPE. The figures of
 * the run (decisions, amounts, rejected rows) are there when the run got as far as its summary, held
 * runs included; a run that failed or was refused has its exit code and times only.
 *
 * @param exitStatus the process's exit status (docs/operating.md)
 * @param runId the run, when the command got as far as one
 * @param held whether the credit brake held the run's adjustments: then nothing was posted
 */
record RunMetrics(int exitStatus, Instant started, Instant ended, OptionalLong runId, boolean held, boolean dryRun,
        Optional<RunFigures> figures) {

    private static final String PREFIX = "sla_credits_run_";

    String text() {
        StringBuilder text = new StringBuilder();
        gauge(text, "exit_code", "Exit status of the last month-end command: 0 completed, 1 failed, 2 refused, "
                + "3 another run holds the database, 4 held by the credit brake.", exitStatus);
        gauge(text, "start_time_seconds", "When the last month-end command started, in seconds since the epoch.",
                seconds(started.toEpochMilli()));
        gauge(text, "end_time_seconds", "When the last month-end command ended, in seconds since the epoch.",
                seconds(ended.toEpochMilli()));
        gauge(text, "duration_seconds", "How long the last month-end command took.",
                seconds(Duration.between(started, ended).toMillis()));
        gauge(text, "held", "1 when the credit brake held the last run: nothing was posted; a person reviews it "
                + "and releases it with --release-held.", held ? 1 : 0);
        gauge(text, "dry_run", "1 when the last run was a dry run: nothing was posted.", dryRun ? 1 : 0);
        runId.ifPresent(id -> gauge(text, "id", "The run id of the last month-end command (its job instance).", id));
        figures.ifPresent(run -> figures(text, run));
        return text.toString();
    }

    private static void figures(StringBuilder text, RunFigures run) {
        gauge(text, "decided_claims", "Claims the last run decided.", run.decidedCount());
        family(text, "decisions", "Claims the last run decided, by outcome and reason.");
        for (Map.Entry<String, Long> count : run.decided().entrySet()) {
            int space = count.getKey().indexOf(' ');
            sample(text, "decisions", labels("outcome", count.getKey().substring(0, space), "reason",
                    count.getKey().substring(space + 1)), count.getValue());
        }
        family(text, "amount", "Amounts of the last run's adjustments, per currency and kind, at the currency's "
                + "scale (reversals negative): posted, unless the run was held.");
        for (RunFigures.Total total : run.totals()) {
            sample(text, "amount", labels("currency", total.currency(), "kind", total.kind()),
                    total.amount().toPlainString());
        }
        family(text, "adjustments", "Adjustments of the last run, per currency and kind.");
        for (RunFigures.Total total : run.totals()) {
            sample(text, "adjustments", labels("currency", total.currency(), "kind", total.kind()), total.count());
        }
        gauge(text, "rejected_rows", "Input rows the last run could not read (rejects.csv).", run.rejectedRowCount());
        family(text, "rejected_rows_by_file", "Input rows the last run could not read, by file.");
        run.rejectedRows().forEach((file, count) -> sample(text, "rejected_rows_by_file", labels("file", file), count));
        gauge(text, "pending_claims", "Claims still pending at the end of the last run.", run.pending());
    }

    private static void gauge(StringBuilder text, String name, String help, Object value) {
        family(text, name, help);
        sample(text, name, "", value);
    }

    private static void family(StringBuilder text, String name, String help) {
        text.append("# HELP ").append(PREFIX).append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(PREFIX).append(name).append(" gauge\n");
    }

    private static void sample(StringBuilder text, String name, String labels, Object value) {
        text.append(PREFIX).append(name).append(labels).append(' ').append(value).append('\n');
    }

    /** Label pairs, their values escaped as the format requires: backslash, double quote and line feed. */
    private static String labels(String... namesAndValues) {
        StringBuilder labels = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            labels.append(i == 0 ? "" : ",").append(namesAndValues[i]).append("=\"")
                    .append(namesAndValues[i + 1].replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"))
                    .append('"');
        }
        return labels.append('}').toString();
    }

    /** Milliseconds as seconds with three decimals: the same text under any locale. */
    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).toPlainString();
    }
}
