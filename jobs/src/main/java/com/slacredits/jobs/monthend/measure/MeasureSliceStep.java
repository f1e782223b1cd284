package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.support.PublicHolidays;
import com.slacredits.domain.support.SupportTimekeeper;
import com.slacredits.domain.support.TicketMeasurement;
import com.slacredits.jobs.partition.HashSlices;
import com.slacredits.jobs.partition.PartitionWork;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.TicketJournal;
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
 * The step one slice of the measure stage runs, the same in a month-end process and in a worker: the
 * run's date and id come from the partition's step execution, through step scope.
 */
@Configuration(proxyBeanMethods = false)
public class MeasureSliceStep {

    /** The partition step's name, which a worker takes its requests by. */
    public static final String NAME = "measureSlice";

    /** Tickets read, measured and recorded per transaction: one page of the journal, one batch insert. */
    private static final int TICKETS_PER_CHUNK = 2_000;

    private static final String STEP = "#{stepExecution}";
    private static final String INDEX = "#{stepExecutionContext['" + HashSlices.INDEX + "']}";
    private static final String COUNT = "#{stepExecutionContext['" + HashSlices.COUNT + "']}";

    /** Each calendar's open hours worked out once per process, for every slice and run. */
    @Bean
    SupportTimekeeper supportTimekeeper(PublicHolidays holidays) {
        return new SupportTimekeeper(holidays);
    }

    /**
     * One slice of the tickets to measure: those of the contracts that hash to it. A chunk is a page of
     * tickets, measured and recorded in one batch.
     */
    @Bean
    Step measureSlice(PartitionWork work, PlatformTransactionManager transactions,
            ItemStreamReader<TicketJournal.Waiting> unmeasuredTicketReader,
            ItemProcessor<TicketJournal.Waiting, TicketMeasurement> ticketMeasuring,
            ItemWriter<TicketMeasurement> measurementWriter, StepProgressListener progress) {
        return work.step(NAME)
                .<TicketJournal.Waiting, TicketMeasurement>chunk(TICKETS_PER_CHUNK)
                .transactionManager(transactions)
                .reader(unmeasuredTicketReader)
                .processor(ticketMeasuring)
                .writer(measurementWriter)
                .listener(progress)
                .build();
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<TicketJournal.Waiting> unmeasuredTicketReader(TicketJournal tickets, @Value(INDEX) int index,
            @Value(COUNT) int count) {
        return new UnmeasuredTickets(tickets, TICKETS_PER_CHUNK, index, count);
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemProcessor<TicketJournal.Waiting, TicketMeasurement> ticketMeasuring(PolicyCatalog policies,
            ContractRepository contracts, SupportTimekeeper timekeeper, @Value(STEP) StepExecution step) {
        return new TicketMeasuring(policies, contracts, timekeeper, RunParameters.of(step).asOf());
    }

    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<TicketMeasurement> measurementWriter(MeasurementJournal measurements, @Value(STEP) StepExecution step) {
        return new MeasurementWriter(RunParameters.of(step).runId(), measurements);
    }
}
