package com.slacredits.jobs.monthend.ingest;

import com.slacredits.domain.Claim;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.support.PublicHolidays;
import com.slacredits.domain.support.Ticket;
import com.slacredits.domain.support.TicketPause;
import com.slacredits.jobs.partition.PartitionPlacement;
import com.slacredits.jobs.run.DeferredListReader;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.readers.ClaimRows;
import com.slacredits.readers.ContractRows;
import com.slacredits.readers.InputFolder;
import com.slacredits.readers.InvoiceRows;
import com.slacredits.readers.MultiFileReader;
import com.slacredits.readers.ReadResult;
import com.slacredits.readers.RowFormat;
import com.slacredits.readers.TicketPauseRows;
import com.slacredits.readers.TicketRows;
import com.slacredits.readers.WindowRows;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import com.slacredits.writers.jdbc.TicketJournal;
import com.slacredits.writers.jdbc.SlotRepository.SlotKey;
import com.slacredits.writers.jdbc.WindowRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest stage: the run's input files into the database, rows that cannot be used into its
 * rejects. Every start, a restart too, reads its files from the first row (ReadFromTheStart). The
 * files are the run's, so readers and writers are step-scoped and take them from the job execution.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProbeFileStep.class)
public class IngestSteps {

    /**
     * A support portal exports millions of tickets: a commit per 500 would spend more on the job
     * repository's bookkeeping than on the rows. A chunk of 5,000 holds a few megabytes.
     */
    private static final int TICKET_ROWS_PER_CHUNK = 5_000;

    private static final String STEP = "#{stepExecution}";

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final StepProgressListener progress;
    private final RunRecord runRecord;

    IngestSteps(JobRepository jobRepository, PlatformTransactionManager transactions, StepProgressListener progress,
            RunRecord runRecord) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.progress = progress;
        this.runRecord = runRecord;
    }

    @Bean
    Step contracts(ItemStreamReader<ReadResult<Contract>> contractsReader,
            ItemWriter<ReadResult<Contract>> contractIntake) {
        return ingest("contracts", contractsReader, contractIntake, InputFolder::contracts);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ReadResult<Contract>> contractsReader(PolicyCatalog policies, PublicHolidays holidays,
            @Value(STEP) StepExecution step) {
        return reader("contracts", step, InputFolder::contracts, new ContractRows(policies, holidays));
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ReadResult<Contract>> contractIntake(ContractRepository contracts, @Value(STEP) StepExecution step) {
        return new ContractIntake(runRecord, step, contracts);
    }

    @Bean
    Step invoices(ItemStreamReader<ReadResult<Invoice>> invoicesReader, ItemWriter<ReadResult<Invoice>> invoiceIntake) {
        return ingest("invoices", invoicesReader, invoiceIntake, InputFolder::invoices);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ReadResult<Invoice>> invoicesReader(@Value(STEP) StepExecution step) {
        return reader("invoices", step, InputFolder::invoices, new InvoiceRows());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ReadResult<Invoice>> invoiceIntake(ContractRepository contracts, @Value(STEP) StepExecution step) {
        return new InvoiceIntake(runRecord, step, contracts);
    }

    @Bean
    Step windows(ItemStreamReader<ReadResult<ExcusedWindow>> windowsReader,
            ItemWriter<ReadResult<ExcusedWindow>> windowIntake) {
        return ingest("windows", windowsReader, windowIntake, InputFolder::windows);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ReadResult<ExcusedWindow>> windowsReader(@Value(STEP) StepExecution step) {
        return reader("windows", step, InputFolder::windows, new WindowRows());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ReadResult<ExcusedWindow>> windowIntake(WindowRepository windows, @Value(STEP) StepExecution step) {
        return new IngestWriter<>(runRecord, step, WindowRepository::unfit, windows::upsert);
    }

    /**
     * Every probes*.csv, one partition per file on every core. Only the partition handler knows where
     * partitions run, so that another handler can send them elsewhere without touching the step.
     */
    @Bean
    Step probes(Step probeFile, Partitioner probeFiles, PartitionPlacement placement) {
        return placement.partitioned("probes", probeFile, probeFiles, Runtime.getRuntime().availableProcessors(),
                        "probes-")
                .aggregator(new PartitionedIngestAggregator())
                .listener(progress)
                // every file read again on a restart, like every ingest step
                .allowStartIfComplete(true)
                .build();
    }

    /** The run's probe files, one partition each. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    Partitioner probeFiles(@Value(STEP) StepExecution step) {
        return new ProbeFilePartitioner(new InputFolder(RunParameters.of(step).input()).probes());
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
    Step claims(ItemStreamReader<ReadResult<Claim>> claimsReader, ItemWriter<ReadResult<Claim>> claimIntake) {
        return ingest("claims", claimsReader, claimIntake, InputFolder::claims);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ReadResult<Claim>> claimsReader(@Value(STEP) StepExecution step) {
        return reader("claims", step, InputFolder::claims, new ClaimRows());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ReadResult<Claim>> claimIntake(ClaimRegister register, @Value(STEP) StepExecution step) {
        return new ClaimIntake(runRecord, step, register);
    }

    /** tickets.csv (support SLAs, section 1), after the contracts its rows are checked against. */
    @Bean
    Step tickets(ItemStreamReader<ReadResult<Ticket>> ticketsReader, ItemWriter<ReadResult<Ticket>> ticketIntake) {
        return ingest("tickets", ticketsReader, ticketIntake, InputFolder::tickets, TICKET_ROWS_PER_CHUNK);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ReadResult<Ticket>> ticketsReader(@Value(STEP) StepExecution step) {
        return reader("tickets", step, InputFolder::tickets, new TicketRows());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ReadResult<Ticket>> ticketIntake(ContractRepository contracts, PolicyCatalog policies,
            TicketJournal tickets, @Value(STEP) StepExecution step) {
        return new TicketIntake(runRecord, step, contracts, policies, tickets);
    }

    /** ticket-pauses.csv, after the tickets its rows name. */
    @Bean
    Step ticketPauses(ItemStreamReader<ReadResult<TicketPause>> ticketPausesReader,
            ItemWriter<ReadResult<TicketPause>> ticketPauseIntake) {
        return ingest("ticketPauses", ticketPausesReader, ticketPauseIntake, InputFolder::ticketPauses,
                TICKET_ROWS_PER_CHUNK);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ReadResult<TicketPause>> ticketPausesReader(@Value(STEP) StepExecution step) {
        return reader("ticketPauses", step, InputFolder::ticketPauses, new TicketPauseRows());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ReadResult<TicketPause>> ticketPauseIntake(TicketJournal tickets, @Value(STEP) StepExecution step) {
        return new TicketPauseIntake(runRecord, step, tickets);
    }

    /** The run's file of one kind, if its input folder has one, read row by row. */
    private static <T> ItemStreamReader<ReadResult<T>> reader(String name, StepExecution step,
            Function<InputFolder, Optional<Path>> file, RowFormat<T> format) {
        return new MultiFileReader<>(name, file.apply(new InputFolder(RunParameters.of(step).input())).stream().toList(),
                format);
    }

    private <T> Step ingest(String name, ItemStreamReader<ReadResult<T>> reader, ItemWriter<ReadResult<T>> writer,
            Function<InputFolder, Optional<Path>> file) {
        return ingest(name, reader, writer, file, 500);
    }

    private <T> Step ingest(String name, ItemStreamReader<ReadResult<T>> reader, ItemWriter<ReadResult<T>> writer,
            Function<InputFolder, Optional<Path>> file, int rowsPerChunk) {
        return new StepBuilder(name, jobRepository)
                .<ReadResult<T>, ReadResult<T>>chunk(rowsPerChunk)
                .transactionManager(transactions)
                .reader(reader)
                .writer(writer)
                .listener(new ReadFromTheStart(name, runRecord, step -> file.apply(
                        new InputFolder(RunParameters.of(step).input())).stream()
                        .map(path -> path.getFileName().toString()).toList()))
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }
}
