package com.slacredits.jobs;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A failure that is the database's, not the run's: unreachable at the start, or gone in the middle.
 * The operator gets one sentence that names the database by a URL without user or password, since
 * the console and the log are read by more people than the password is.
 */
public final class DatabaseTrouble {

    private static final Pattern USER_INFO = Pattern.compile("//[^/@?;]*@");
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile("(?i)([?&;])(user|password|pwd)=[^&;]*");

    private DatabaseTrouble() {
    }

    /** The URL with any user and password taken out, from its authority and its parameters alike. */
    public static String safeUrl(String url) {
        if (url == null) {
            return "";
        }
        String withoutUserInfo = USER_INFO.matcher(url).replaceAll("//");
        return CREDENTIAL_PARAMETER.matcher(withoutUserInfo).replaceAll("$1$2=****");
    }

    /** Whether the failure comes from not reaching the database at all. */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
                return true;
            }
            // SQL state class 08 is "connection exception" in every driver we use
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence for a database that cannot be reached when the run starts, if that is the failure. */
    public static Optional<String> atStart(Throwable failure, String url) {
        return isConnectionFailure(failure)
                ? Optional.of("The database at " + safeUrl(url) + " cannot be reached: " + reason(failure)
                        + ". Nothing was written; run the same command again once it is up.")
                : Optional.empty();
    }

    /** The sentence for a database that went away while the run was going, if that is the failure. */
    public static Optional<String> midRun(Throwable failure, String url, long runId) {
        return isConnectionFailure(failure)
                ? Optional.of("The run failed: the database at " + safeUrl(url) + " went away (" + reason(failure)
                        + "). Run the same command again once it is back to resume run " + runId + " where it stopped.")
                : Optional.empty();
    }

    /** A message as the operator may see it: the password, wherever it appears, masked. */
    public static String masked(String message, String password) {
        if (message == null || password == null || password.isEmpty()) {
            return message;
        }
        return message.replace(password, "****");
    }

    private static String reason(Throwable failure) {
        // Connector/J's "Communications link failure" runs over several lines; the operator gets one.
        return MonthEndCommand.rootMessage(failure).strip().lines().findFirst().orElse("").replaceAll("\\.$", "");
    }
}
