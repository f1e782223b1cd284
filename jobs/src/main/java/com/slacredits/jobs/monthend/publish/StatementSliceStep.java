package com.slacredits.jobs.monthend.publish;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.jobs.partition.HashSlices;
import com.slacredits.jobs.partition.PartitionWork;
import com.slacredits.jobs.run.DeferredListReader;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.StatementCustomers;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.reports.CompiledReports;
import com.slacredits.reports.DecisionWording;
import com.slacredits.reports.StatementRenderer;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.EvidenceJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step one slice of the statements runs, the same in a month-end process and in a worker, which
 * renders each run's statements with that run's date and folder, from the partition's step execution.
 */
@Configuration(proxyBeanMethods = false)
public class StatementSliceStep {

    /** The partition step's name, which a worker takes its requests by. */
    public static final String NAME = "statementSlice";

    private static final String STEP = "#{stepExecution}";

    /** Templates are compiled once per process and shared by every rendering thread. */
    @Bean
    CompiledReports compiledReports() {
        return CompiledReports.compile();
    }

    /**
     * One slice of the customers, one statement per item, each read from the database on its own: the
     * customers with a decision in the run, those with a reversal it reports, and those with a support
     * ticket it measured.
     */
    @Bean
    Step statementSlice(PartitionWork work, PlatformTransactionManager transactions,
            ItemStreamReader<String> customerSliceReader, ItemProcessor<String, String> statementRendering,
            StepProgressListener progress) {
        return work.step(NAME)
                .<String, String>chunk(4)
                .transactionManager(transactions)
                .reader(customerSliceReader)
                .processor(statementRendering)
                .writer(rendered -> { })
                // the step-scoped proxy is both: StatementRendering implements the two interfaces
                .listener((StepExecutionListener) statementRendering)
                .listener(progress)
                .build();
    }

    /**
     * Step-scoped, declared as its class so that the proxy has the class's interfaces, the processor's
     * and the listener's.
     */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    StatementRendering statementRendering(DecisionJournal journal, AdjustmentJournal adjustments,
            ReversalJournal reversals, MeasurementJournal measurements, EvidenceJournal evidence,
            ContractRepository contracts, CompiledReports reports, PolicyCatalog policies, HoldRegister holds,
            @Value(STEP) StepExecution step) {
        return new StatementRendering(new StatementRenderer(reports, new DecisionWording(policies)), journal,
                adjustments, reversals, measurements, evidence, contracts, holds, RunParameters.of(step));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<String> customerSliceReader(DecisionJournal journal, ReversalJournal reversals,
            MeasurementJournal measurements, @Value(STEP) StepExecution step,
            @Value("#{stepExecutionContext['" + HashSlices.INDEX + "']}") int index,
            @Value("#{stepExecutionContext['" + HashSlices.COUNT + "']}") int count) {
        return new DeferredListReader<>(HashSlices.slice(
                new StatementCustomers(journal, reversals, measurements, RunParameters.of(step).runId()), index,
                count));
    }
}
