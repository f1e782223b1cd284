package com.slacredits.writers.jdbc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database for one test with the product's schema: an H2 file in a temporary folder, or a new
 * database on the local MySQL/MariaDB (the test skipped, saying so, without a server), migrated by the
 * Flyway scripts of the jobs module, where the application runs them. The scripts are read from jobs'
 * sources, as the readers' tests read the example input: writers cannot depend on jobs, which depends
 * on writers.
 */
record MigratedDatabase(String url, String username, String password, Runnable drop) implements AutoCloseable {

    static final String MYSQL_HOST = "127.0.0.1:3306";

    /** jobs' src/main/resources/db, seen from this module's folder, where Maven runs its tests. */
    /**
     * Flyway logs through java.util.logging here, where no SLF4J provider is on the test class path: a
     * line per script per test would bury the test output. Held so the setting is not collected.
     */
    private static final Logger FLYWAY_LOG = quiet(Logger.getLogger("org.flywaydb"));

    private static final Path SCRIPTS = Path.of("..", "jobs", "src", "main", "resources", "db").toAbsolutePath().normalize();

    /** {@code h2} in {@code folder}, or {@code mysql}, migrated to the latest version. */
    static MigratedDatabase of(String vendor, Path folder) {
        MigratedDatabase database;
        if (vendor.equals("mysql")) {
            Assumptions.assumeTrue(mysqlAvailable(), "no MySQL on " + MYSQL_HOST + ": skipped");
            String name = "sla_credits_writers_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
            database = new MigratedDatabase("jdbc:mysql://" + MYSQL_HOST + "/" + name + "?rewriteBatchedStatements=true",
                    "root", "", () -> execute("DROP DATABASE IF EXISTS " + name));
        } else {
            database = new MigratedDatabase("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", () -> { });
        }
        if (!Files.isDirectory(SCRIPTS.resolve("migration"))) {
            throw new IllegalStateException("the migrations are not at " + SCRIPTS);
        }
        Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("filesystem:" + SCRIPTS.resolve("migration"), "filesystem:" + SCRIPTS.resolve("vendor").resolve(vendor))
                .load().migrate();
        return database;
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.WARNING);
        return logger;
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, username, password));
    }

    static boolean mysqlAvailable() {
        try (Connection ignored = DriverManager.getConnection("jdbc:mysql://" + MYSQL_HOST + "/test", "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        drop.run();
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + MYSQL_HOST + "/test", "root", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
