package com.slacredits.jobs;

import com.slacredits.readers.ProbeFileCheck;
import com.slacredits.domain.RejectedRow;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores probe blocks: their bits as one delta per service, their unreadable rows as the run's
 * rejects, in the chunk's transaction. Counts rows, not blocks, for the operator's line.
 */
public final class ProbeIntake implements ItemWriter<ProbeBlock>, StepExecutionListener {

    /** Execution-context key under which the probe step counts the rows it read. */
    public static final String ROWS = "rows";

    private final RunRecord runRecord;
    private final SlotRepository slots;
    private StepExecution step;

    public ProbeIntake(RunRecord runRecord, SlotRepository slots) {
        this.runRecord = runRecord;
        this.slots = slots;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
    }

    @Override
    public void write(Chunk<? extends ProbeBlock> chunk) {
        long rows = 0;
        long rejected = 0;
        for (ProbeBlock block : chunk) {
            slots.addDeltas(block.timelines());
            List<RejectedRow> rejects = block.rejected();
            if (!rejects.isEmpty()) {
                runRecord.reject(step.getJobExecution().getJobInstance().getInstanceId(), rejects);
            }
            rows += block.rows();
            rejected += rejects.size();
        }
        add(ROWS, rows);
        add(StepProgressListener.REJECTED, rejected);
        // The start of the file passed the same rule before the run began; this catches one that
        // goes bad later, before its garbage reaches the decisions.
        long read = step.getExecutionContext().getLong(ROWS);
        if (read > ProbeFileCheck.SAMPLE_ROWS) {
            chunk.getItems().stream().flatMap(block -> block.rejected().stream()).findFirst().ifPresent(first ->
                    ProbeFileCheck.check(first.file(), read, step.getExecutionContext().getLong(
                            StepProgressListener.REJECTED), first, "of the first"));
        }
    }

    private void add(String key, long value) {
        step.getExecutionContext().putLong(key, step.getExecutionContext().getLong(key, 0L) + value);
    }
}
