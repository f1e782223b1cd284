package com.slacredits.jobs.console;

import com.slacredits.jobs.cli.ExitCode;

/** Where a run the console started stands. */
public enum LaunchState {
    QUEUED, STARTED, COMPLETED, FAILED, HELD,
    /** The command line refused it before it began: another run held the lock, or its input was wrong. */
    REFUSED,
    /** The console stopped while the run was going; the run itself can be resumed. */
    INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != STARTED;
    }

    /** A run that stopped part-way, which the same command resumes. */
    public boolean canResume() {
        return this == FAILED || this == INTERRUPTED;
    }

    /** The command line's exit status, read as the console shows it. */
    static LaunchState of(ExitCode exit) {
        return switch (exit) {
            case COMPLETED -> COMPLETED;
            // a worker's own status: a month-end the console launches never ends with it
            case FAILED, CONSUMER_FAILED -> FAILED;
            case HELD -> HELD;
            case USAGE, LOCKED -> REFUSED;
        };
    }
}
