package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.support.TicketMeasurement;
import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.jdbc.MeasurementJournal;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Records a chunk of measured tickets in the chunk's transaction, with one batch: a restart neither loses
 * nor repeats a measurement, and the journal's primary key refuses a second one even under a bug.
 */
final class MeasurementWriter implements ItemWriter<TicketMeasurement> {

    private final long runId;
    private final MeasurementJournal measurements;

    MeasurementWriter(long runId, MeasurementJournal measurements) {
        this.runId = runId;
        this.measurements = measurements;
    }

    @Override
    public void write(Chunk<? extends TicketMeasurement> chunk) {
        measurements.record(runId, chunk.getItems().stream().map(SupportLine::of).toList());
    }
}
