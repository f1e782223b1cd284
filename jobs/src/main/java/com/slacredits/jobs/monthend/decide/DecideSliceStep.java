package com.slacredits.jobs.monthend.decide;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.jobs.partition.HashSlices;
import com.slacredits.jobs.partition.PartitionWork;
import com.slacredits.jobs.run.DeferredListReader;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.TimelineSource;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.EvidenceJournal;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.WindowRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step one slice of the decide stage runs, the same in a month-end process and in a worker: the
 * run's date and id come from the partition's step execution, through step scope.
 */
@Configuration(proxyBeanMethods = false)
public class DecideSliceStep {

    /** The partition step's name, which a worker takes its requests by. */
    public static final String NAME = "decideSlice";

    private static final String STEP = "#{stepExecution}";
    private static final String INDEX = "#{stepExecutionContext['" + HashSlices.INDEX + "']}";
    private static final String COUNT = "#{stepExecutionContext['" + HashSlices.COUNT + "']}";

    /** One slice of the contracts to decide, one contract per item. */
    @Bean
    Step decideSlice(PartitionWork work, PlatformTransactionManager transactions,
            ItemStreamReader<String> contractSliceReader,
            ItemProcessor<String, ContractVerdict> contractAdjudication, ItemWriter<ContractVerdict> verdictWriter,
            StepProgressListener progress) {
        return work.step(NAME)
                .<String, ContractVerdict>chunk(50)
                .transactionManager(transactions)
                .reader(contractSliceReader)
                .processor(contractAdjudication)
                .writer(verdictWriter)
                .listener(progress)
                .build();
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<String> contractSliceReader(PolicyCatalog policies, ClaimRegister register,
            ContractRepository contracts, @Value(STEP) StepExecution step, @Value(INDEX) int index,
            @Value(COUNT) int count) {
        return new DeferredListReader<>(new ContractsToDecide(policies, register, contracts,
                RunParameters.of(step).asOf()).slice(index, count));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemProcessor<String, ContractVerdict> contractAdjudication(PolicyCatalog policies, ContractRepository contracts,
            WindowRepository windows, ClaimRegister register, DecisionJournal journal, TimelineSource timelines,
            @Value(STEP) StepExecution step) {
        return new ContractAdjudication(policies, contracts, windows, register, journal, timelines,
                RunParameters.of(step).asOf());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ContractVerdict> verdictWriter(DecisionJournal journal, EvidenceJournal evidence,
            ClaimRegister register, ContractRepository contracts, RunRecord runRecord, @Value(STEP) StepExecution step) {
        return new VerdictWriter(RunParameters.of(step).runId(), journal, evidence, register, contracts, runRecord);
    }
}
