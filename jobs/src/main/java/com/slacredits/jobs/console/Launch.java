package com.slacredits.jobs.console;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One month-end run the console started: its arguments, who started it, and how it ended.
 *
 * @param scratchUrl a dry run's scratch database, kept for its review and approval
 * @param approves the dry run whose approval started this real run
 * @param runId the run's job instance id, in the real database or, for a dry run, in its scratch file
 * @param printed what the command line printed: on failure, its one sentence
 * @param decided how many claims and periods it decided, and {@code amounts} what it credited and
 *                refunded per currency, as recorded at its end
 */
public record Launch(long launchId, LocalDate asOf, Path input, Path output, boolean dryRun,
        Optional<String> scratchUrl, String startedBy, Instant startedAt, OptionalLong approves, LaunchState state,
        Optional<Integer> exitStatus, String printed, Optional<Instant> endedAt, Optional<String> comparison,
        OptionalLong runId, OptionalLong decided, String amounts) {

    /** The command line this launch runs: the same one an operator would type. */
    public String[] arguments() {
        return dryRun
                ? new String[] {"month-end", "--as-of=" + asOf, "--input=" + input, "--output=" + output, "--dry-run"}
                : new String[] {"month-end", "--as-of=" + asOf, "--input=" + input, "--output=" + output};
    }

    /** The last line the command printed: the one sentence of a refusal or a failure. */
    public String sentence() {
        return printed.strip().lines().reduce((first, second) -> second).orElse("");
    }
}
