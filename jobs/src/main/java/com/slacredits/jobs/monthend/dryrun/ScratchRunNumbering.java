package com.slacredits.jobs.monthend.dryrun;

import com.slacredits.jobs.store.CommittedDatabase;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dry run's scratch database numbers its runs on from the real database's last: the state it copies
 * carries the real runs' ids (decisions, adjustments), and a scratch run numbered like one of them
 * would take that run's decisions for its own and post them again. Numbered so, the dry run also has
 * the id the next real run will have, and its statements the same numbers.
 */
final class ScratchRunNumbering implements FlywayMigrationStrategy {

    private final CommittedDatabase committed;

    ScratchRunNumbering(CommittedDatabase committed) {
        this.committed = committed;
    }

    @Override
    public void migrate(Flyway flyway) {
        flyway.migrate();
        if (!committed.hasSchema()) {
            return;
        }
        Long last = committed.jdbc().queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE", Long.class);
        JdbcTemplate scratch = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        // a scratch file the console keeps may hold this dry run already, when it is resumed
        Long own = scratch.queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE", Long.class);
        long next = Math.max(last == null ? 0 : last, own == null ? 0 : own) + 1;
        if (next > 1) {
            // the scratch database is always H2 (the command line's dry-run settings)
            scratch.execute("ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ RESTART WITH " + next);
        }
    }
}
