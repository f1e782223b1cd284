package com.slacredits.jobs.console;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One month-end run as the console lists it: the row of the runs page, not the run's own summary.
 *
 * @param runId the job instance id: the id the command line and {@code export --run=N} use
 * @param status the last execution's status, or {@code HELD} for a run the credit brake holds
 * @param totals what the run decided to credit and to refund in cash, per currency, apart
 */
public record RunListing(long runId, String asOf, Path input, Path output, boolean dryRun, String status,
        LocalDateTime started, LocalDateTime ended, long decisions, long rejectedRows, SettledTotals totals) {
}
