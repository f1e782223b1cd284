package com.slacredits.jobs.cli;

/** The exit statuses files.md names. */
public enum ExitCode {
    /** The run completed; rejected claims and skipped rows are normal results. */
    COMPLETED(0),
    /** The run failed; the same command resumes it. */
    FAILED(1),
    /** The command line or a policy pack was wrong. */
    USAGE(2),
    /** Another run is in progress on the same database. */
    LOCKED(3),
    /** The run decided everything and held its adjustments for review: the credit brake (--release-held posts them). */
    HELD(4),
    /**
     * A worker's consumer of the partition queue failed for good: the worker ends so that its
     * supervisor starts it again (sysexits' EX_TEMPFAIL: try again).
     */
    CONSUMER_FAILED(75);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
