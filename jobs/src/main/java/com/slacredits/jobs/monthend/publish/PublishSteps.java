package com.slacredits.jobs.monthend.publish;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.LedgerEntry;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.RejectedRow;
import com.slacredits.jobs.partition.HashSlices;
import com.slacredits.jobs.partition.PartitionPlacement;
import com.slacredits.jobs.run.DeferredListReader;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.RunRowsReader;
import com.slacredits.jobs.run.SignOffSettings;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.CommittedDatabase;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.reports.CompiledReports;
import com.slacredits.reports.SummaryRenderer;
import com.slacredits.writers.csv.AdjustmentRow;
import com.slacredits.writers.csv.DecisionRow;
import com.slacredits.writers.csv.EvidenceLine;
import com.slacredits.writers.csv.EvidenceRow;
import com.slacredits.writers.csv.RejectRow;
import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.csv.SupportRow;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.EvidenceJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.StatementDeliveries;
import com.slacredits.writers.jdbc.TicketJournal;
import java.time.Clock;
import java.util.Optional;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The publish stage: a run's outputs written from the database, the CSVs, the statements and the
 * summary. The same flow ends a month-end and makes an export, so an export writes what the run did.
 * Outputs are written again on every resume: a folder emptied after a crash gets every file back, and
 * a file written twice is the same file.
 */
@Configuration(proxyBeanMethods = false)
@Import(StatementSliceStep.class)
public class PublishSteps {

    private static final String STEP = "#{stepExecution}";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final StepProgressListener progress;

    PublishSteps(JobRepository jobRepository, PlatformTransactionManager transactions, StepProgressListener progress) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.progress = progress;
    }

    /**
     * The output files in the order files.md lists them, statements last. The month-end sends the
     * statements after them (monthend.deliver) and ends with the summary, which lists those not sent.
     */
    @Bean
    Flow publishFiles(Step writeDecisions, Step writeAdjustments, Step writeRejects, Step writeSupport,
            Step writeEvidence, Step statements) {
        return new FlowBuilder<Flow>("publishFiles")
                .start(writeDecisions)
                .next(writeAdjustments)
                .next(writeRejects)
                .next(writeSupport)
                .next(writeEvidence)
                .next(statements)
                .build();
    }

    /** An export's: the files, then the summary; an export never sends a statement. */
    @Bean
    Flow publish(Flow publishFiles, Step summary) {
        return new FlowBuilder<Flow>("publish")
                .start(publishFiles)
                .next(summary)
                .build();
    }

    @Bean
    Step writeDecisions(ItemStreamReader<ClaimDecision> runDecisions, ItemStreamWriter<ClaimDecision> decisionsCsv) {
        return output("writeDecisions", runDecisions, decisionsCsv);
    }

    /** The run's decisions streamed from the database by claim id, never all in memory. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ClaimDecision> runDecisions(DecisionJournal journal, @Value(STEP) StepExecution step) {
        long runId = RunParameters.of(step).runId();
        return new RunRowsReader<>(() -> journal.iteratorOfRun(runId), () -> journal.countOfRun(runId));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    PublishedCsv<ClaimDecision> decisionsCsv(PolicyCatalog policies, @Value(STEP) StepExecution step) {
        return new PublishedCsv<>(step, new DecisionRow(policies));
    }

    @Bean
    Step writeAdjustments(ItemStreamReader<LedgerEntry> runLedger, ItemStreamWriter<LedgerEntry> adjustmentsCsv) {
        return output("writeAdjustments", runLedger, adjustmentsCsv);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<LedgerEntry> runLedger(AdjustmentJournal adjustments, ReversalJournal reversals,
            @Value(STEP) StepExecution step) {
        long runId = RunParameters.of(step).runId();
        return new DeferredListReader<>(new RunLedger(adjustments, reversals, () -> runId));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    PublishedCsv<LedgerEntry> adjustmentsCsv(@Value(STEP) StepExecution step) {
        return new PublishedCsv<>(step, new AdjustmentRow());
    }

    @Bean
    Step writeRejects(ItemStreamReader<RejectedRow> runRejects, ItemStreamWriter<RejectedRow> rejectsCsv) {
        return output("writeRejects", runRejects, rejectsCsv);
    }

    /** The run's rejected rows streamed from the database in file order, never all in memory. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<RejectedRow> runRejects(RunRecord runRecord, @Value(STEP) StepExecution step) {
        long runId = RunParameters.of(step).runId();
        return new RunRowsReader<>(() -> runRecord.rejectsOfRunInFileOrder(runId),
                () -> runRecord.rejectCountOfRun(runId));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    PublishedCsv<RejectedRow> rejectsCsv(@Value(STEP) StepExecution step) {
        return new PublishedCsv<>(step, new RejectRow());
    }

    @Bean
    Step writeSupport(ItemStreamReader<SupportLine> runMeasurements, ItemStreamWriter<SupportLine> supportCsv) {
        return output("writeSupport", runMeasurements, supportCsv);
    }

    /** The tickets the run measured, as it stored them, streamed by ticket id (support SLAs, section 5). */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<SupportLine> runMeasurements(MeasurementJournal measurements, @Value(STEP) StepExecution step) {
        long runId = RunParameters.of(step).runId();
        return new RunRowsReader<>(() -> measurements.iteratorOfRun(runId), () -> measurements.countOfRun(runId));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    PublishedCsv<SupportLine> supportCsv(@Value(STEP) StepExecution step) {
        return new PublishedCsv<>(step, new SupportRow());
    }

    @Bean
    Step writeEvidence(ItemStreamReader<EvidenceLine> runEvidence, ItemStreamWriter<EvidenceLine> evidenceCsv) {
        return output("writeEvidence", runEvidence, evidenceCsv);
    }

    /** The runs of slots the run's verified decisions rest on, as it stored them, streamed in the file's order. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<EvidenceLine> runEvidence(EvidenceJournal evidence, @Value(STEP) StepExecution step) {
        long runId = RunParameters.of(step).runId();
        return new RunRowsReader<>(() -> evidence.iteratorOfRun(runId), () -> evidence.countOfRun(runId));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    PublishedCsv<EvidenceLine> evidenceCsv(@Value(STEP) StepExecution step) {
        return new PublishedCsv<>(step, new EvidenceRow());
    }

    /**
     * One PDF per customer with a decision or a reported reversal in this run, in slices of customers,
     * one per core. On every resume, so that a folder emptied after a crash gets its statements back;
     * a slice skips the statements whose files exist.
     */
    @Bean
    Step statements(Step statementSlice, PartitionPlacement placement) {
        return placement.partitioned("statements", statementSlice, new HashSlices(),
                        Runtime.getRuntime().availableProcessors(), "statement-")
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    /** summary.pdf, HELD.txt for a held run, and the last lines the command line prints. */
    @Bean
    Step summary(DecisionJournal journal, ClaimRegister register, RunRecord runRecord, HoldRegister holds,
            ReversalJournal reversals, MeasurementJournal measurements, TicketJournal tickets, CompiledReports reports,
            PolicyCatalog policies, Environment environment, ObjectProvider<CommittedDatabase> committed,
            JdbcTemplate jdbc, StatementDeliveries deliveries) {
        return new StepBuilder("summary", jobRepository)
                .tasklet(new SummaryReport(new MonthEndSummary(journal, register, runRecord, holds, reversals,
                                new SupportCounts(measurements, tickets, policies)),
                        new SummaryRenderer(reports, policies), DatabaseSettings.of(environment),
                        Optional.ofNullable(committed.getIfAvailable()), policies, new RunSignOffs(jdbc),
                        SignOffSettings.of(environment), Clock.systemUTC(), new DeliveryReport(deliveries)),
                        transactions)
                .allowStartIfComplete(true)
                .build();
    }

    private <T> Step output(String name, ItemStreamReader<T> rows, ItemStreamWriter<T> file) {
        return new StepBuilder(name, jobRepository)
                .<T, T>chunk(1_000)
                .transactionManager(transactions)
                .reader(rows)
                .writer(file)
                .listener((StepExecutionListener) file)
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }
}
