package com.slacredits.jobs.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Keeps a second month-end run off the same database.
 *
 * <p>The lock is a row lock on {@code run_lock}, held by an open transaction on a connection of its
 * own for as long as the run lasts. Unlike a "running" flag it cannot outlive a crashed process: the
 * database releases it when the connection dies.
 */
public final class RunLock implements AutoCloseable {

    private final Connection connection;

    private RunLock(Connection connection) {
        this.connection = connection;
    }

    /** Takes the lock, or throws {@link HeldElsewhere} within about a second if another run holds it. */
    public static RunLock acquire(DataSource dataSource, String holder) throws SQLException, HeldElsewhere {
        Connection connection = open(dataSource);
        try {
            connection.setAutoCommit(false);
            shortenLockWait(connection);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE run_lock SET holder = ?, acquired_at = ? WHERE lock_name = 'month-end'")) {
                update.setString(1, holder);
                update.setString(2, Instant.now().toString());
                update.executeUpdate();
            } catch (SQLException e) {
                throw new HeldElsewhere(e);
            }
            return new RunLock(connection);
        } catch (SQLException | HeldElsewhere | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * For a run refused the lock: when this process serves the embedded file to others (H2's mixed mode,
     * AUTO_SERVER, in which the first process to open the file serves it), the run that holds the lock may
     * be reaching the file through this process, and would lose it mid-run when this one exits. So a
     * refused run that serves the file to other processes keeps serving it until the lock is free, that is
     * until the run holding it has ended. Anywhere else it returns at once.
     *
     * @return whether it waited
     */
    public static boolean serveUntilFree(DataSource dataSource) throws SQLException, InterruptedException {
        if (!servesOthers(dataSource)) {
            return false;
        }
        while (true) {
            try (RunLock free = acquire(dataSource, "a refused run, waiting for the lock to be free")) {
                return true;
            } catch (HeldElsewhere held) {
                Thread.sleep(1_000);
            }
        }
    }

    /** Whether this process has the embedded file open itself while other processes reach it through it. */
    private static boolean servesOthers(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("h2")) {
                return false;
            }
            try (Statement statement = connection.createStatement();
                    java.sql.ResultSet sessions = statement.executeQuery("SELECT "
                            + "SUM(CASE WHEN SESSION_ID = SESSION_ID() AND CLIENT_ADDR IS NULL THEN 1 ELSE 0 END), "
                            + "SUM(CASE WHEN CLIENT_ADDR IS NOT NULL THEN 1 ELSE 0 END) FROM INFORMATION_SCHEMA.SESSIONS")) {
                return sessions.next() && sessions.getLong(1) == 1 && sessions.getLong(2) > 0;
            }
        }
    }

    private static Connection open(DataSource dataSource) throws SQLException, HeldElsewhere {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            if (EmbeddedDatabaseInUse.isCause(e)) {
                throw new HeldElsewhere(e);
            }
            throw e;
        }
    }

    private static void shortenLockWait(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        try (Statement statement = connection.createStatement()) {
            if (product.contains("h2")) {
                statement.execute("SET LOCK_TIMEOUT 1000");
            } else {
                statement.execute("SET SESSION innodb_lock_wait_timeout = 1");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }

    /** Another run holds the lock. */
    public static final class HeldElsewhere extends Exception {
        HeldElsewhere(Throwable cause) {
            super("Another month-end run is in progress on the same database.", cause);
        }
    }
}
