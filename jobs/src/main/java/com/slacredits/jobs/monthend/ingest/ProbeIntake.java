package com.slacredits.jobs.monthend.ingest;

import com.slacredits.jobs.run.RunParameters;

import com.slacredits.jobs.run.StepProgressListener;

import com.slacredits.readers.WrongFileRule;
import com.slacredits.domain.RejectedRow;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import java.util.List;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores probe blocks: their bits as one delta per service, their unreadable rows as the run's
 * rejects, in the chunk's transaction. Counts rows, not blocks, for the operator's line.
 */
final class ProbeIntake implements ItemWriter<ProbeBlock> {

    private final RunRecord runRecord;
    private final SlotRepository slots;
    private final StepExecution step;

    /** @param step the partition's step execution: the writer is step-scoped, one per execution */
    ProbeIntake(RunRecord runRecord, SlotRepository slots, StepExecution step) {
        this.runRecord = runRecord;
        this.slots = slots;
        this.step = step;
    }

    @Override
    public void write(Chunk<? extends ProbeBlock> chunk) {
        long rows = 0;
        long rejected = 0;
        for (ProbeBlock block : chunk) {
            slots.addDeltas(block.timelines());
            List<RejectedRow> rejects = block.rejected();
            if (!rejects.isEmpty()) {
                runRecord.reject(RunParameters.of(step).runId(), rejects);
            }
            rows += block.rows();
            rejected += rejects.size();
        }
        add(StepProgressListener.ROWS, rows);
        add(StepProgressListener.REJECTED, rejected);
        // The start of the file passed the same rule before the run began; this catches one that
        // goes bad later, before its garbage reaches the decisions.
        long read = step.getExecutionContext().getLong(StepProgressListener.ROWS);
        if (read > WrongFileRule.SAMPLE_ROWS) {
            chunk.getItems().stream().flatMap(block -> block.rejected().stream()).findFirst().ifPresent(first ->
                    WrongFileRule.check(first.file(), read, step.getExecutionContext().getLong(
                            StepProgressListener.REJECTED), first, "of the first"));
        }
    }

    private void add(String key, long value) {
        step.getExecutionContext().putLong(key, step.getExecutionContext().getLong(key, 0L) + value);
    }
}
