package com.slacredits.jobs.monthend.dryrun;

import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.CommittedDatabase;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dry-run stage: a dry run decides in a scratch database of its own and only reads the real one,
 * the committed database. It starts by copying the committed state in; a real run has nothing to do.
 */
@Configuration(proxyBeanMethods = false)
public class DryRunSteps {

    @Bean
    Step prepare(JobRepository jobRepository, PlatformTransactionManager transactions,
            ObjectProvider<CommittedDatabase> committed, JdbcTemplate jdbc, StepProgressListener progress) {
        return new StepBuilder("prepare", jobRepository)
                .tasklet(new DryRunPreparation(committed, jdbc), transactions)
                .listener(progress)
                .build();
    }

    @Bean
    @ConditionalOnProperty(CommittedDatabase.URL)
    FlywayMigrationStrategy scratchRunsAfterCommittedOnes(CommittedDatabase committed) {
        return new ScratchRunNumbering(committed);
    }
}
