package com.slacredits.jobs.cli;

import com.slacredits.jobs.run.RunFigures;
import com.slacredits.jobs.store.DatabaseSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account a month-end command gives of itself where an operator looks afterwards: a line in the
 * log file when its run starts, a line when it ends, whatever its exit status, and, when
 * {@value MetricsTextfile#SETTING} names a file, that file ({@link RunMetrics}).
 *
 * <p>The start line waits for the run id, which the job repository gives as the job starts; a
 * command that ends before its job starts writes it just before its end line, without one.
 */
final class RunAccount {

    /** Outside com.slacredits, so only the log file has it (logback-spring.xml), as the failures' logger. */
    static final Logger RUNS = LoggerFactory.getLogger("sla-credits.runs");

    private static final Pattern SECRET_SETTING = Pattern.compile("(?i)(--[^=]*(password|secret)[^=]*=).*");

    private final Clock clock;
    private final Instant started;
    private final String command;
    private final String asOf;
    private final DatabaseSettings database;
    private final Optional<MetricsTextfile> metrics;
    private OptionalLong runId = OptionalLong.empty();
    private boolean startLogged;
    private boolean held;
    private boolean dryRun;
    private Optional<RunFigures> figures = Optional.empty();

    RunAccount(Clock clock, String[] args, String asOf, DatabaseSettings database, Optional<MetricsTextfile> metrics) {
        this.clock = clock;
        this.started = clock.instant();
        this.command = commandOf(args, database);
        this.asOf = asOf;
        this.database = database;
        this.metrics = metrics;
    }

    /** The command as people may see it: every password or secret setting masked, and the database's URL. */
    static String commandOf(String[] args, DatabaseSettings database) {
        return Arrays.stream(args)
                .map(arg -> SECRET_SETTING.matcher(arg).replaceAll("$1****"))
                .map(arg -> arg.startsWith("--" + DatabaseSettings.URL + "=")
                        ? "--" + DatabaseSettings.URL + "=" + DatabaseSettings.masked(arg.substring(arg.indexOf('=') + 1))
                        : arg)
                .map(database::maskedIn)
                .collect(Collectors.joining(" "));
    }

    /** The job has started: its run is known. */
    void runStarted(long runId, boolean resumed, boolean dryRun) {
        this.runId = OptionalLong.of(runId);
        this.dryRun = dryRun;
        logStart(runId + (resumed ? " (resumed)" : " (new)"));
    }

    /** The run got as far as its summary: these are its figures, and whether the brake held it. */
    void summarized(Optional<RunFigures> figures, boolean held) {
        this.figures = figures;
        this.held = held;
    }

    /**
     * The command has ended: the log's last line, then the metrics file. A metrics file that cannot be
     * written is said on the console and in the log; it does not change the exit status, which is the run's.
     */
    void ended(ExitCode code, String sentence, PrintStream console) {
        Instant ended = clock.instant();
        if (!startLogged) {
            logStart("none: the command ended before its run started");
        }
        RUNS.info("month-end ended: exit {} ({}), run {}, in {} s; {}; said: {}", code.status(),
                code.name().toLowerCase(java.util.Locale.ROOT), runId.isPresent() ? runId.getAsLong() : "none",
                BigDecimal.valueOf(Duration.between(started, ended).toMillis(), 3).toPlainString(),
                figures.map(RunAccount::figuresOf).orElse("no figures: the run did not reach its summary"),
                sentence.isEmpty() && code == ExitCode.COMPLETED ? "The run completed." : sentence);
        if (metrics.isEmpty()) {
            return;
        }
        Path file = metrics.get().file();
        try {
            metrics.get().write(new RunMetrics(code.status(), started, ended, runId, held, dryRun, figures).text());
        } catch (IOException | RuntimeException e) {
            MonthEndLauncher.FAILURES.error("the metrics file {} could not be written", file, e);
            console.println("The metrics file " + file + " could not be written: " + e.getMessage());
        }
    }

    private void logStart(String run) {
        startLogged = true;
        RUNS.info("month-end started: run {}, as of {}, database {}; command: {}", run, asOf, database.maskedUrl(),
                command);
    }

    private static String figuresOf(RunFigures figures) {
        String decided = figures.decided().entrySet().stream()
                .map(count -> count.getKey() + " " + count.getValue()).collect(Collectors.joining(", "));
        String totals = figures.totals().isEmpty() ? "none" : figures.totals().stream()
                .map(total -> total.currency() + " " + total.kind() + " " + total.amount().toPlainString()
                        + " (" + total.count() + ")")
                .collect(Collectors.joining(", "));
        String rejected = figures.rejectedRows().isEmpty() ? "none" : figures.rejectedRows().entrySet().stream()
                .map(count -> count.getKey() + " " + count.getValue()).collect(Collectors.joining(", "));
        return "claims decided " + figures.decidedCount() + (decided.isEmpty() ? "" : " (" + decided + ")")
                + ", pending " + figures.pending() + "; totals " + totals + "; rows rejected " + rejected;
    }
}
