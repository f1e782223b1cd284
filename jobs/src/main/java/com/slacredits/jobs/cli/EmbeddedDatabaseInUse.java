package com.slacredits.jobs.cli;

import com.slacredits.jobs.run.FailureCauses;

import java.sql.SQLException;

/**
 * Recognises H2's refusal to open a database file another process has open: with the embedded
 * database that is how a second concurrent run shows, before any lock row can be read.
 */
final class EmbeddedDatabaseInUse {

    /** H2's DATABASE_ALREADY_OPEN_1. */
    private static final int H2_ALREADY_OPEN = 90020;

    private EmbeddedDatabaseInUse() {
    }

    static boolean isCause(Throwable failure) {
        return FailureCauses.any(failure, cause -> cause instanceof SQLException sql
                && sql.getErrorCode() == H2_ALREADY_OPEN);
    }
}
