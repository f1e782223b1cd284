package com.slacredits.jobs.monthend.post;

import com.slacredits.jobs.store.DatabaseSettings;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After posting, and before any output file is written: forces an embedded H2 to write what it
 * committed to its file. H2 keeps the last commits in memory for up to a second (WRITE_DELAY), so a
 * process killed just after posting could leave output files, which an ERP imports, ahead of the
 * database they came from. A database server's commit is durable already; there it does nothing.
 */
final class EmbeddedDatabaseCheckpoint implements StepExecutionListener {

    private final JdbcTemplate jdbc;
    private final boolean embedded;

    EmbeddedDatabaseCheckpoint(JdbcTemplate jdbc, DatabaseSettings database) {
        this.jdbc = jdbc;
        this.embedded = database.isEmbedded();
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (embedded && step.getStatus() == BatchStatus.COMPLETED) {
            jdbc.execute("CHECKPOINT SYNC");
        }
        return null;
    }
}
