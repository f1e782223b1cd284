package com.slacredits.jobs.monthend.dryrun;

import com.slacredits.jobs.store.CommittedDatabase;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The prepare step: a dry run first copies the committed state into its scratch database
 * ({@link DryRunSeed}); a real run, which has no committed database beside its own, does nothing.
 * A committed database that was never set up has nothing to copy.
 */
final class DryRunPreparation implements Tasklet {

    private final ObjectProvider<CommittedDatabase> committed;
    private final JdbcTemplate scratch;

    DryRunPreparation(ObjectProvider<CommittedDatabase> committed, JdbcTemplate scratch) {
        this.committed = committed;
        this.scratch = scratch;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        CommittedDatabase database = committed.getIfAvailable();
        if (database != null && database.hasSchema()) {
            new DryRunSeed(database.jdbc(), scratch).copyCommittedState();
        }
        return RepeatStatus.FINISHED;
    }
}
