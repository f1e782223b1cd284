package com.slacredits.jobs.monthend.post;

import com.slacredits.domain.LedgerEntry;
import com.slacredits.jobs.run.DeferredListReader;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.time.Clock;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The post stage: the brake on runaway credits, then the run's adjustments posted and the reversals
 * finance made since the last real run reported. A held run posts nothing until it is released.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BrakeLimits.class)
public class PostSteps {

    private static final String STEP = "#{stepExecution}";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final StepProgressListener progress;

    PostSteps(JobRepository jobRepository, PlatformTransactionManager transactions, StepProgressListener progress) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.progress = progress;
    }

    /** Holds the run before it posts when it passes a limit of the brake. */
    @Bean
    Step brake(BrakeLimits limits, DecisionJournal journal, HoldRegister holds) {
        return new StepBuilder("brake", jobRepository)
                .tasklet(new CreditBrakeCheck(limits.brake(), journal, holds, Clock.systemUTC()), transactions)
                .listener(progress)
                // on every resume: a held run stays held until --release-held
                .allowStartIfComplete(true)
                .build();
    }

    /** Ends a held run STOPPED, so that the same command resumes it. */
    @Bean
    JobExecutionListener heldRunListener(HoldRegister holds) {
        return new HeldRunListener(holds);
    }

    @Bean
    Step postAdjustments(ItemStreamReader<LedgerEntry> unpostedAdjustments, ItemWriter<LedgerEntry> ledgerPosting,
            JdbcTemplate jdbc, Environment environment) {
        return new StepBuilder("postAdjustments", jobRepository)
                .<LedgerEntry, LedgerEntry>chunk(500)
                .transactionManager(transactions)
                .reader(unpostedAdjustments)
                .writer(ledgerPosting)
                .listener(progress)
                .listener(new EmbeddedDatabaseCheckpoint(jdbc, DatabaseSettings.of(environment)))
                // a held run completes this step posting nothing; released, it posts what was held
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<LedgerEntry> unpostedAdjustments(DecisionJournal journal, AdjustmentJournal adjustments,
            ReversalJournal reversals, HoldRegister holds, @Value(STEP) StepExecution step) {
        return new DeferredListReader<>(new UnpostedAdjustments(journal, adjustments, reversals, holds,
                RunParameters.of(step).runId()));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<LedgerEntry> ledgerPosting(AdjustmentJournal adjustments, ReversalJournal reversals,
            ContractRepository contracts, @Value(STEP) StepExecution step) {
        return new LedgerPosting(adjustments, reversals, contracts, RunParameters.of(step).runId());
    }
}
