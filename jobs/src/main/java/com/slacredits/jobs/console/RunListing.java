package com.slacredits.jobs.console;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One month-end run as the console lists it: the row of the runs page, not the run's own summary.
 *
 * @param runId the job instance id: the id the command line and {@code export --run=N} use
 * @param status the last execution's status, or {@code HELD} for a run the credit brake holds
 * @param amounts what the run decided to credit or refund, per currency code
 */
public record RunListing(long runId, String asOf, Path input, Path output, boolean dryRun, String status,
        LocalDateTime started, LocalDateTime ended, long decisions, long rejectedRows, Map<String, BigDecimal> amounts) {
}
