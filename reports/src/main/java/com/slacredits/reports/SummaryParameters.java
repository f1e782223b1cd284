package com.slacredits.reports;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The run's parameters as the finance summary prints them. The date and dry-run flag come from
 * the {@code RunSummary} itself, so the two cannot disagree.
 *
 * @param database where decisions were stored, e.g. the JDBC URL, already masked by the one rule that
 *     masks it (the jobs module's {@code DatabaseSettings}); printed whole, as given
 * @param signOff who prepared and approved the run, for the summary's last block
 */
public record SummaryParameters(String providerName, long runId, Path inputDir, Path outputDir, String database,
        SignOff signOff) {

    /** A summary with nothing on record for its sign-off: lines to fill in by hand. */
    public SummaryParameters(String providerName, long runId, Path inputDir, Path outputDir, String database) {
        this(providerName, runId, inputDir, outputDir, database, SignOff.NONE);
    }

    public SummaryParameters {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(inputDir, "inputDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(signOff, "signOff");
    }
}
