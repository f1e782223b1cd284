package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.MeasurementJournal;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of contracts' measurements in the chunk's transaction: the tickets measured, the
 * support credits' claims (registered decided, as automatic periods' are) and their decisions commit
 * together or not at all, so a restart neither loses nor repeats a measurement.
 */
final class MeasurementWriter implements ItemWriter<ContractMeasurements> {

    private final long runId;
    private final MeasurementJournal measurements;
    private final ClaimRegister claims;
    private final DecisionJournal decisions;

    MeasurementWriter(long runId, MeasurementJournal measurements, ClaimRegister claims, DecisionJournal decisions) {
        this.runId = runId;
        this.measurements = measurements;
        this.claims = claims;
        this.decisions = decisions;
    }

    @Override
    public void write(Chunk<? extends ContractMeasurements> chunk) {
        List<SupportLine> measured = chunk.getItems().stream().flatMap(c -> c.measured().stream()).toList();
        List<ClaimDecision> credits = chunk.getItems().stream().flatMap(c -> c.decisions().stream()).toList();
        measurements.record(runId, measured);
        claims.registerDecided(credits.stream().map(ClaimDecision::claim).toList(), runId);
        decisions.record(runId, credits);
    }
}
