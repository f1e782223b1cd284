package com.slacredits.jobs;

/** Names of the month-end job's parameters. */
public final class MonthEndJobParameters {
    public static final String AS_OF = "asOf";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String DRY_RUN = "dryRun";

    private MonthEndJobParameters() {
    }
}
