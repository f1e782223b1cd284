package com.slacredits.jobs;

import com.slacredits.domain.LedgerEntry;
import com.slacredits.domain.ClaimDecision;
import java.nio.file.Path;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.beans.factory.annotation.Value;
import com.slacredits.domain.CreditBrake;
import java.time.Clock;
import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.readers.ClaimRows;
import com.slacredits.readers.ContractRows;
import com.slacredits.readers.InputFolder;
import com.slacredits.readers.InvoiceRows;
import com.slacredits.readers.MultiFileReader;
import com.slacredits.readers.ReadResult;
import com.slacredits.readers.WindowRows;
import com.slacredits.readers.RowFormat;
import com.slacredits.reports.CompiledReports;
import com.slacredits.reports.SummaryRenderer;
import com.slacredits.writers.csv.AdjustmentRow;
import com.slacredits.writers.csv.CsvOutputWriter;
import com.slacredits.writers.csv.DecisionRow;
import com.slacredits.writers.csv.RejectRow;
import com.slacredits.domain.RejectedRow;
import com.slacredits.writers.csv.OutputFormat;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import com.slacredits.writers.jdbc.SlotRepository.SlotKey;
import com.slacredits.writers.jdbc.WindowRepository;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The month-end job: inputs → steps → outputs, in the order the README draws them.
 *
 * <p>The job is built for the one run this process executes ({@link MonthEndArguments}), so the
 * steps know their files without step-scoped proxies; the job instance, identified by the same
 * arguments, is what makes a failed run resumable. The steps partitions run are the exception: they
 * are in {@link PartitionStepsConfiguration} and take their run from the job, since a worker runs
 * them for whichever run sends them. Each step is a reader, a thin adapter around the domain, and a
 * writer; all state lives in the database, committed chunk by chunk.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!" + WorkerCommand.PROFILE)
public class MonthEndJobConfiguration {

    public static final String JOB_NAME = "monthEnd";
    public static final String EXPORT_JOB_NAME = "export";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final MonthEndArguments arguments;
    private final InputFolder input;
    private final StepProgressListener progress;

    public MonthEndJobConfiguration(JobRepository jobRepository, PlatformTransactionManager transactions,
            MonthEndArguments arguments, StepProgressListener progress) {
        this.jobRepository = jobRepository;
        this.progress = progress;
        this.transactions = transactions;
        this.arguments = arguments;
        this.input = new InputFolder(arguments.input());
    }

    /** Partitions run on this process's threads, unless --workers=remote sends them to the workers. */
    @Bean
    @ConditionalOnProperty(name = RemoteManagerConfiguration.WORKERS, havingValue = "local", matchIfMissing = true)
    PartitionPlacement localPartitions() {
        return new LocalPartitions(jobRepository);
    }

    @Bean
    CurrentRun currentRun() {
        return new CurrentRun();
    }

    @Bean
    Job monthEndJob(CurrentRun run, HoldRegister holds, Step prepare, Step contracts, Step invoices, Step windows,
            Step probes, Step mergeProbes, Step claims, Step decide, Step brake, Step postAdjustments,
            Step writeDecisions, Step writeAdjustments, Step writeRejects, Step statements, Step summary) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(run)
                .listener(new HeldRunListener(holds, arguments.dryRun()))
                .start(prepare)
                .next(contracts)
                .next(invoices)
                .next(windows)
                .next(probes)
                .next(mergeProbes)
                .next(claims)
                .next(decide)
                .next(brake)
                .next(postAdjustments)
                .next(writeDecisions)
                .next(writeAdjustments)
                .next(writeRejects)
                .next(statements)
                .next(summary)
                .build();
    }

    /**
     * An earlier run's outputs written again from the database (ExportCommand): the month-end's own
     * output steps, fed the run named by the job parameter {@link CurrentRun#RUN}.
     */
    @Bean
    Job exportJob(CurrentRun run, Step writeDecisions, Step writeAdjustments, Step writeRejects, Step statements,
            Step summary) {
        return new JobBuilder(EXPORT_JOB_NAME, jobRepository)
                .listener(run)
                .start(writeDecisions)
                .next(writeAdjustments)
                .next(writeRejects)
                .next(statements)
                .next(summary)
                .build();
    }

    /** A dry run first copies the committed state into its scratch database; a real run has nothing to do. */
    @Bean
    Step prepare(ObjectProvider<CommittedDatabase> committed, JdbcTemplate jdbc) {
        return new StepBuilder("prepare", jobRepository)
                .tasklet(new DryRunPreparation(committed, jdbc), transactions)
                .listener(progress)
                .build();
    }

    @Bean
    Step contracts(PolicyCatalog policies, RunRecord runRecord, ContractRepository repository) {
        return ingest("contracts", 500, input.contracts().stream().toList(), new ContractRows(policies),
                new ContractIntake(runRecord, repository), runRecord);
    }

    @Bean
    Step invoices(RunRecord runRecord, ContractRepository repository) {
        return ingest("invoices", 500, input.invoices().stream().toList(), new InvoiceRows(),
                new InvoiceIntake(runRecord, repository), runRecord);
    }

    @Bean
    Step windows(RunRecord runRecord, WindowRepository repository) {
        return ingest("windows", 500, input.windows().stream().toList(), new WindowRows(),
                new IngestWriter<ExcusedWindow>(runRecord, WindowRepository::unfit, repository::upsert), runRecord);
    }

    /**
     * Every probes*.csv, one partition per file on every core. Only the partition handler knows where
     * partitions run, so that another handler can send them elsewhere without touching the step.
     */
    @Bean
    Step probes(Step probeFile, PartitionPlacement placement) {
        return placement.partitioned("probes", probeFile, new ProbeFilePartitioner(input.probes()),
                        Runtime.getRuntime().availableProcessors(), "probes-")
                .aggregator(new PartitionedIngestAggregator())
                .listener(progress)
                // every file read again on a restart, like every ingest step
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step mergeProbes(SlotRepository slots) {
        return new StepBuilder("mergeProbes", jobRepository)
                .<SlotKey, SlotKey>chunk(20)
                .transactionManager(transactions)
                .reader(new DeferredListReader<>(slots::keysWithDeltas))
                .writer(keys -> keys.forEach(slots::mergeDeltas))
                .listener(progress)
                // folds in what the probe files added when read again on a restart
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step claims(RunRecord runRecord, ClaimRegister register) {
        return ingest("claims", 500, input.claims().stream().toList(), new ClaimRows(),
                new ClaimIntake(runRecord, register), runRecord);
    }

    /**
     * Contracts decided in slices, one per core on a database server: a contract's claims and periods
     * depend on each other, other contracts' do not.
     */
    @Bean
    Step decide(Step decideSlice, Environment environment, PartitionPlacement placement) {
        // Measured on the large month: two slices halve deciding on MariaDB (25.8 s to 13.5 s) and
        // slow it on the embedded H2 (6.9 s to 10.8 s), whose writers wait for each other.
        boolean embedded = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        return placement.partitioned("decide", decideSlice, new HashSlices(),
                        embedded ? 1 : Runtime.getRuntime().availableProcessors(), "decide-")
                .listener(progress)
                // on every resume, after the files were read again: a claim mended in the input since
                // is decided by the same command; a decided claim is no longer due, so none twice
                .allowStartIfComplete(true)
                .build();
    }

    /** The brake on runaway credits: holds the run before it posts when it passes a limit. */
    @Bean
    Step brake(CreditBrake brake, DecisionJournal journal, HoldRegister holds) {
        return new StepBuilder("brake", jobRepository)
                .tasklet(new CreditBrakeCheck(brake, journal, holds, arguments.releaseHeld(), arguments.output(),
                        Clock.systemUTC()), transactions)
                .listener(progress)
                // on every resume: a held run stays held until --release-held
                .allowStartIfComplete(true)
                .build();
    }

    /** Posts the run's adjustments and reports the reversals finance posted since the last real run. */
    @Bean
    Step postAdjustments(DecisionJournal journal, AdjustmentJournal adjustments, ReversalJournal reversals,
            HoldRegister holds, CurrentRun run, JdbcTemplate jdbc, Environment environment) {
        return new StepBuilder("postAdjustments", jobRepository)
                .<LedgerEntry, LedgerEntry>chunk(500)
                .transactionManager(transactions)
                .reader(new DeferredListReader<>(new UnpostedAdjustments(journal, adjustments, reversals, holds, run)))
                .writer(new LedgerPosting(adjustments, reversals, run))
                .listener(progress)
                .listener(new EmbeddedDatabaseCheckpoint(jdbc, environment.getProperty("spring.datasource.url", "")))
                // a held run completes this step posting nothing; released, it posts what was held
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step writeDecisions(ItemStreamReader<ClaimDecision> runDecisionsReader, PolicyCatalog policies) {
        return output("writeDecisions", runDecisionsReader, new DecisionRow(policies));
    }

    /** The run's decisions streamed from the database by claim id, never all in memory. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ClaimDecision> runDecisionsReader(DecisionJournal journal,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = CurrentRun.idOf(stepExecution.getJobExecution());
        return new RunRowsReader<>(() -> journal.iteratorOfRun(runId), () -> journal.countOfRun(runId));
    }

    @Bean
    Step writeAdjustments(AdjustmentJournal adjustments, ReversalJournal reversals, CurrentRun run) {
        return output("writeAdjustments", new RunLedger(adjustments, reversals, run::id), new AdjustmentRow());
    }

    @Bean
    Step writeRejects(ItemStreamReader<RejectedRow> runRejectsReader) {
        return output("writeRejects", runRejectsReader, new RejectRow());
    }

    /** The run's rejected rows streamed from the database in file order, never all in memory. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<RejectedRow> runRejectsReader(RunRecord runRecord,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = CurrentRun.idOf(stepExecution.getJobExecution());
        return new RunRowsReader<>(() -> runRecord.rejectsOfRunInFileOrder(runId), () -> runRecord.rejectCountOfRun(runId));
    }

    /**
     * One PDF per customer with a decision or a reported reversal in this run, in slices of customers, one per core. On every
     * resume, so that a folder emptied after a crash gets its statements back; a slice skips the
     * statements whose files exist.
     */
    @Bean
    Step statements(Step statementSlice, PartitionPlacement placement) {
        return placement.partitioned("statements", statementSlice, new HashSlices(),
                        Runtime.getRuntime().availableProcessors(), "statement-")
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step summary(MonthEndSummary summary, CompiledReports reports, Environment environment, PolicyCatalog policies) {
        String database = environment.getProperty(
                arguments.dryRun() ? "sla-credits.committed.url" : "spring.datasource.url", "");
        return new StepBuilder("summary", jobRepository)
                .tasklet(new SummaryReport(summary, new SummaryRenderer(reports, policies), arguments, database),
                        transactions)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    MonthEndSummary monthEndSummary(DecisionJournal journal, ClaimRegister register, RunRecord runRecord,
            HoldRegister holds, ReversalJournal reversals, CurrentRun run, ObjectProvider<RunOutput> output) {
        return new MonthEndSummary(arguments, journal, register, runRecord, holds, reversals, run,
                output.getIfAvailable(() -> new RunOutput(System.out)).stream());
    }

    /** An ingest step: every start, a restart too, reads its files from the first row (ReadFromTheStart). */
    private <T> Step ingest(String name, int chunkSize, List<Path> files,
            RowFormat<T> format, ItemWriter<ReadResult<T>> writer, RunRecord runRecord) {
        List<String> names = files.stream().map(file -> file.getFileName().toString()).toList();
        return new StepBuilder(name, jobRepository)
                .<ReadResult<T>, ReadResult<T>>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(new MultiFileReader<>(name, files, format))
                .writer(writer)
                .listener(new ReadFromTheStart(name, runRecord, context -> names))
                .listener((StepExecutionListener) writer)
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    private <T> Step output(String name, Supplier<List<T>> rows, OutputFormat<T> format) {
        return output(name, new DeferredListReader<>(rows), format);
    }

    private <T> Step output(String name, ItemStreamReader<T> rows, OutputFormat<T> format) {
        CsvOutputWriter<T> writer = new CsvOutputWriter<>(arguments.output(), format);
        return new StepBuilder(name, jobRepository)
                .<T, T>chunk(1_000)
                .transactionManager(transactions)
                .reader(rows)
                .writer(writer)
                .listener(new PublishWhenCompleted(writer))
                .listener(progress)
                // Outputs are written again on every resume, from the database: a folder emptied
                // after a crash gets every file back, and a file written twice is the same file.
                .allowStartIfComplete(true)
                .build();
    }
}
