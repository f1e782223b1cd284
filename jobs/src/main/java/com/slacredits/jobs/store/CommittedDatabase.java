package com.slacredits.jobs.store;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * In a dry run, the real database: read, locked against a concurrent run, never written. Deliberately
 * not a DataSource bean, so that Boot's own DataSource (the dry run's scratch database) stays the only one.
 */
public final class CommittedDatabase {

    /** The settings a dry run's process gets for the real database, its own spring.datasource.* being the scratch one. */
    public static final String URL = "sla-credits.committed.url";
    public static final String USERNAME = "sla-credits.committed.username";
    public static final String PASSWORD = "sla-credits.committed.password";

    private final DatabaseSettings settings;
    private final DriverManagerDataSource dataSource;

    public CommittedDatabase(DatabaseSettings settings) {
        this.settings = settings;
        this.dataSource = new DriverManagerDataSource(settings.url(), settings.username(), settings.password());
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    /** Whether the real database has ever been migrated; a fresh one has nothing to copy or read. */
    public boolean hasSchema() {
        try {
            jdbc().queryForObject("SELECT COUNT(*) FROM run_lock", Long.class);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
