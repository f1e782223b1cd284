package com.slacredits.jobs.console;


import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scratch databases of the console's dry runs: H2 files beside the results, one per dry run.
 *
 * <p>The console opens one with exactly the URL its run was given: the run and the console are in
 * one process, and H2 then shares the open database between them, so the console sees the run's
 * progress as it commits. A few are kept open, the most recently used; the others close.
 */
@Component
public class ScratchDatabases implements DisposableBean {

    private static final int OPEN = 4;

    private final Map<String, HikariDataSource> open = new LinkedHashMap<>(OPEN, 0.75f, true);

    /** The URL of dry run {@code launchId}'s scratch database, under {@code resultsFolder}. */
    static String urlOf(Path resultsFolder, long launchId) {
        return "jdbc:h2:file:" + resultsFolder.resolve(".dry-run-databases").resolve("launch-" + launchId)
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    synchronized JdbcTemplate jdbc(String url) {
        HikariDataSource dataSource = open.get(url);
        if (dataSource == null) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername("sa");
            config.setPassword("");
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            config.setPoolName("scratch-" + open.size());
            dataSource = new HikariDataSource(config);
            open.put(url, dataSource);
            if (open.size() > OPEN) {
                var eldest = open.entrySet().iterator().next();
                eldest.getValue().close();
                open.remove(eldest.getKey());
            }
        }
        return new JdbcTemplate(dataSource);
    }

    @Override
    public synchronized void destroy() {
        open.values().forEach(HikariDataSource::close);
        open.clear();
    }
}
