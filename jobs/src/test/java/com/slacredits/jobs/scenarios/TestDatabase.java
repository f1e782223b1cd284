package com.slacredits.jobs.scenarios;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database for one test: an H2 file in a temporary folder, or a fresh database on the local MySQL/MariaDB. */
public record TestDatabase(String url, String username, String password, Runnable drop) implements AutoCloseable {

    public static final String MYSQL_HOST = "127.0.0.1:3306";

    public static TestDatabase h2(Path folder) {
        return new TestDatabase("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", () -> { });
    }

    /**
     * The built-in embedded database, its options and all (H2's mixed mode, AUTO_SERVER, included), with
     * its folder moved into {@code folder}: what a run and the console share when given no datasource.
     */
    public static TestDatabase builtInH2(Path folder) {
        String builtIn = com.slacredits.jobs.store.DatabaseSettings.builtIn(
                com.slacredits.jobs.store.DatabaseSettings.URL);
        String embeddedFolder = "${sla-credits.database.embedded-folder}/";
        if (!builtIn.startsWith("jdbc:h2:file:" + embeddedFolder)) {
            throw new IllegalStateException("the built-in database is no longer an H2 file in the embedded folder: "
                    + builtIn);
        }
        return new TestDatabase(builtIn.replace(embeddedFolder, folder.resolve("data").toAbsolutePath() + "/"), "sa",
                "", () -> { });
    }

    /** A new, empty database on the local server, dropped again on close. */
    public static TestDatabase mysql() {
        return mysql("sla_credits_", "");
    }

    /**
     * A new, empty database on the local server, named {@code prefix} and a random part, reached with
     * {@code urlParameters} (such as {@code ?rewriteBatchedStatements=true}); dropped again on close.
     */
    public static TestDatabase mysql(String prefix, String urlParameters) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        return new TestDatabase("jdbc:mysql://" + MYSQL_HOST + "/" + name + urlParameters, "root", "",
                () -> execute("DROP DATABASE IF EXISTS " + name));
    }

    /**
     * For the middle tier: a database of {@code vendor} ({@code h2} in {@code folder}, or {@code mysql},
     * skipping the test, saying so, without a server), with the product's migrations applied.
     */
    public static TestDatabase migrated(String vendor, Path folder, String mysqlPrefix) {
        TestDatabase database;
        if (vendor.equals("mysql")) {
            Assumptions.assumeTrue(mysqlAvailable(), "no MySQL on " + MYSQL_HOST + ": skipped");
            database = mysql(mysqlPrefix, "?rewriteBatchedStatements=true");
        } else {
            database = h2(folder);
        }
        Flyway.configure().dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load().migrate();
        return database;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(url, username, password));
    }

    public static boolean mysqlAvailable() {
        try (Connection ignored = DriverManager.getConnection("jdbc:mysql://" + MYSQL_HOST + "/test", "root", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public String[] springArguments() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password};
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    public long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
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
