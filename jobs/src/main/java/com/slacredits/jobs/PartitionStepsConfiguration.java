package com.slacredits.jobs;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.reports.CompiledReports;
import com.slacredits.reports.DecisionWording;
import com.slacredits.reports.StatementRenderer;
import com.slacredits.readers.MultiFileReader;
import com.slacredits.readers.ProbeRows;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import com.slacredits.writers.jdbc.WindowRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps a partition runs: one probe file, one slice of the contracts to decide, one slice of the
 * customers' statements. They are the same in a month-end process, on its own threads, and in a
 * worker process, which takes them from the broker for whatever run sent them. So they know nothing
 * of the command line: what is the run's (as-of date, output folder, dry run, run id) comes from the
 * job execution of the partition, through step scope.
 */
@Configuration(proxyBeanMethods = false)
public class PartitionStepsConfiguration {

    private static final String AS_OF = "#{jobParameters['" + MonthEndJobParameters.AS_OF + "']}";
    private static final String OUTPUT = "#{jobParameters['" + MonthEndJobParameters.OUTPUT + "']}";
    private static final String DRY_RUN = "#{jobParameters['" + MonthEndJobParameters.DRY_RUN + "']}";

    private final PlatformTransactionManager transactions;

    public PartitionStepsConfiguration(PlatformTransactionManager transactions) {
        this.transactions = transactions;
    }

    /** In a month-end process, partitions run on its threads: a plain step. */
    @Bean
    @Profile("!" + WorkerCommand.PROFILE)
    PartitionWork localPartitionWork(JobRepository jobRepository) {
        return name -> new StepBuilder(name, jobRepository);
    }

    @Bean
    StepProgressListener stepProgress() {
        return new StepProgressListener();
    }

    /** Templates are compiled once per process and shared by every rendering thread. */
    @Bean
    CompiledReports compiledReports() {
        return CompiledReports.compile();
    }

    /**
     * One probe file, streamed in blocks of rows folded into slot bits: a chunk is one block, so a
     * commit stores one delta per service and the reader's position after it.
     */
    @Bean
    Step probeFile(PartitionWork work, ItemStreamReader<ProbeBlock> probeFileReader,
            ItemWriter<ProbeBlock> probeIntake, RunRecord runRecord, StepProgressListener progress) {
        return work.step("probeFile")
                .<ProbeBlock, ProbeBlock>chunk(1)
                .transactionManager(transactions)
                .reader(probeFileReader)
                .writer(probeIntake)
                .listener(new ReadFromTheStart("probes", runRecord, context -> List.of(
                        Path.of(context.getString(ProbeFilePartitioner.FILE)).getFileName().toString())))
                .listener((StepExecutionListener) probeIntake)
                .listener(progress)
                .build();
    }

    /** Step-scoped through interfaces, since the reader and writer classes are final. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ProbeBlock> probeFileReader(
            @Value("#{stepExecutionContext['" + ProbeFilePartitioner.FILE + "']}") String file) {
        return new ProbeBlockReader(new MultiFileReader<>("probes", List.of(Path.of(file)), new ProbeRows()));
    }

    /** Step-scoped: the writer keeps its partition's step execution, for the rejected-row count. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ProbeIntake probeIntake(RunRecord runRecord, SlotRepository slots) {
        return new ProbeIntake(runRecord, slots);
    }

    /** One slice of the contracts to decide, one contract per item. */
    @Bean
    Step decideSlice(PartitionWork work, ItemStreamReader<String> contractSliceReader,
            ItemProcessor<String, ContractVerdict> contractAdjudication, ItemWriter<ContractVerdict> verdictWriter,
            StepProgressListener progress) {
        return work.step("decideSlice")
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
            ContractRepository contracts, @Value(AS_OF) String asOf,
            @Value("#{stepExecutionContext['" + HashSlices.INDEX + "']}") int index,
            @Value("#{stepExecutionContext['" + HashSlices.COUNT + "']}") int count) {
        return new DeferredListReader<>(new ContractsToDecide(policies, register, contracts, LocalDate.parse(asOf))
                .slice(index, count));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemProcessor<String, ContractVerdict> contractAdjudication(PolicyCatalog policies, ContractRepository contracts,
            WindowRepository windows, ClaimRegister register, DecisionJournal journal, TimelineSource timelines,
            @Value(AS_OF) String asOf) {
        return new ContractAdjudication(policies, contracts, windows, register, journal, timelines,
                LocalDate.parse(asOf));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ContractVerdict> verdictWriter(DecisionJournal journal, ClaimRegister register,
            ContractRepository contracts, RunRecord runRecord, @Value("#{stepExecution}") StepExecution stepExecution) {
        return new VerdictWriter(CurrentRun.idOf(stepExecution.getJobExecution()), journal, register, contracts,
                runRecord);
    }

    /**
     * One slice of the customers, one statement per item, each read from the database on its own: the
     * customers with a decision in the run, and those with a reversal it reports.
     */
    @Bean
    Step statementSlice(PartitionWork work, ItemStreamReader<String> customerSliceReader,
            ItemProcessor<String, String> statementRendering, StepProgressListener progress) {
        return work.step("statementSlice")
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
     * Step-scoped, so that a worker renders each run's statements with that run's date and folder; the
     * proxy has the interfaces of the class, the processor's and the listener's.
     */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    StatementRendering statementRendering(DecisionJournal journal, ReversalJournal reversals,
            ContractRepository contracts, CompiledReports reports, PolicyCatalog policies,
            HoldRegister holds, @Value(AS_OF) String asOf, @Value(DRY_RUN) String dryRun,
            @Value(OUTPUT) String output) {
        return new StatementRendering(new StatementRenderer(reports, new DecisionWording(policies)), journal,
                reversals, contracts, holds,
                LocalDate.parse(asOf), Boolean.parseBoolean(dryRun), Path.of(output));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<String> customerSliceReader(DecisionJournal journal, ReversalJournal reversals,
            @Value("#{stepExecution}") StepExecution stepExecution,
            @Value("#{stepExecutionContext['" + HashSlices.INDEX + "']}") int index,
            @Value("#{stepExecutionContext['" + HashSlices.COUNT + "']}") int count) {
        long runId = CurrentRun.idOf(stepExecution.getJobExecution());
        return new DeferredListReader<>(HashSlices.slice(() -> java.util.stream.Stream.concat(
                journal.customersOfRun(runId).stream(), reversals.customersReportedInRun(runId).stream())
                .distinct().sorted().toList(), index, count));
    }
}
