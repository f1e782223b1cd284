package com.slacredits.jobs.cli;

import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.store.DatabaseSettings;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * A failure that is the database's, not the run's: unreachable at the start, or gone in the middle.
 * The operator gets one sentence that names the database masked (DatabaseSettings).
 */
final class DatabaseTrouble {

    private DatabaseTrouble() {
    }

    /** Whether the failure comes from not reaching the database at all. */
    static boolean isConnectionFailure(Throwable failure) {
        return FailureCauses.any(failure, cause -> cause instanceof ConnectException
                || cause instanceof UnknownHostException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException
                // SQL state class 08 is "connection exception" in every driver we use
                || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
    }

    /** The sentence for a database that cannot be reached when the command starts, if that is the failure. */
    static Optional<String> atStart(Throwable failure, DatabaseSettings database) {
        return isConnectionFailure(failure)
                ? Optional.of("The database at " + database.maskedUrl() + " cannot be reached: " + reason(failure)
                        + ". Nothing was written; run the same command again once it is up.")
                : Optional.empty();
    }

    /** The sentence for a database that went away while the run was going, if that is the failure. */
    static Optional<String> midRun(Throwable failure, DatabaseSettings database, long runId) {
        return isConnectionFailure(failure)
                ? Optional.of("The run failed: the database at " + database.maskedUrl() + " went away ("
                        + reason(failure) + "). Run the same command again once it is back to resume run " + runId
                        + " where it stopped.")
                : Optional.empty();
    }

    // Connector/J's "Communications link failure" runs over several lines; the operator gets one.
    private static String reason(Throwable failure) {
        return FailureCauses.rootLine(failure);
    }
}
