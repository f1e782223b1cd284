package com.slacredits.jobs;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * In a dry run, the real database: read, locked against a concurrent run, never written. Deliberately
 * not a DataSource bean, so that Boot's own DataSource (the dry run's scratch database) stays the only one.
 */
public final class CommittedDatabase {

    private final DriverManagerDataSource dataSource;

    public CommittedDatabase(String url, String username, String password) {
        this.dataSource = new DriverManagerDataSource(url, username, password);
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
