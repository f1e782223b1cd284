package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.SupportTerms;
import com.slacredits.domain.support.SupportTimekeeper;
import com.slacredits.jobs.partition.DatabaseSlices;
import com.slacredits.jobs.partition.HashSlices;
import com.slacredits.jobs.partition.PartitionPlacement;
import com.slacredits.jobs.run.DeferredListReader;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.TicketJournal;
import java.util.List;
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
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.env.Environment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The measure stage (support SLAs, sections 4 and 6): every stored ticket not yet measured, measured
 * once its period has ended and its clocks are final, in slices of contracts as the decide stage; then
 * the support credits of the tickets that missed a target, a contract at a time, since a contract's
 * tickets share its cap and other contracts' do not.
 */
@Configuration(proxyBeanMethods = false)
@Import(MeasureSliceStep.class)
public class MeasureSteps {

    private static final String STEP = "#{stepExecution}";

    @Bean
    Step measure(Step measureSlice, PartitionPlacement placement, StepProgressListener progress,
            Environment environment) {
        return placement.partitioned("measure", measureSlice, new HashSlices(),
                        DatabaseSlices.on(DatabaseSettings.of(environment)), "measure-")
                .listener(progress)
                // on every resume: a ticket measured is no longer waiting, so none twice
                .allowStartIfComplete(true)
                .build();
    }

    /** The run's support credits, after every ticket of the run is measured. */
    @Bean
    Step supportCredits(JobRepository jobRepository, PlatformTransactionManager transactions,
            ItemStreamReader<String> contractsOwingSupportCredits,
            ItemProcessor<String, List<ClaimDecision>> supportCrediting,
            ItemWriter<List<ClaimDecision>> supportCreditWriter, StepProgressListener progress) {
        return new StepBuilder("supportCredits", jobRepository)
                .<String, List<ClaimDecision>>chunk(50)
                .transactionManager(transactions)
                .reader(contractsOwingSupportCredits)
                .processor(supportCrediting)
                .writer(supportCreditWriter)
                .listener(progress)
                // on every resume: a contract whose credits are decided no longer owes any
                .allowStartIfComplete(true)
                .build();
    }

    /** Only the packs that pay for misses have credits to decide: under the others nothing is read. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<String> contractsOwingSupportCredits(MeasurementJournal measurements, PolicyCatalog policies,
            @Value(STEP) StepExecution step) {
        List<String> paying = policies.packs().stream()
                .filter(pack -> pack.support().flatMap(SupportTerms::credit).isPresent())
                .map(PolicyPack::id)
                .toList();
        long runId = RunParameters.of(step).runId();
        return new DeferredListReader<>(() -> measurements.contractsOwingSupportCredits(runId, paying));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemProcessor<String, List<ClaimDecision>> supportCrediting(PolicyCatalog policies, ContractRepository contracts,
            TicketJournal tickets, MeasurementJournal measurements, SupportTimekeeper timekeeper,
            @Value(STEP) StepExecution step) {
        RunParameters run = RunParameters.of(step);
        return new SupportCrediting(policies, contracts, tickets, measurements, timekeeper, run.runId(), run.asOf());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<List<ClaimDecision>> supportCreditWriter(ClaimRegister claims, DecisionJournal decisions,
            @Value(STEP) StepExecution step) {
        return new SupportCreditWriter(RunParameters.of(step).runId(), claims, decisions);
    }
}
