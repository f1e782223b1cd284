package com.slacredits.jobs.cli;

/** The command line was wrong; the message says how, in one sentence. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
