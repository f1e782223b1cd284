package com.slacredits.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** One line per step for the operator: rows read, written, rejected, and the time it took. */
public final class StepProgressListener implements StepExecutionListener {

    /** Execution-context key under which ingest steps count the rows they rejected. */
    public static final String REJECTED = "rejected";

    private static final Logger LOG = LoggerFactory.getLogger("com.slacredits.progress");

    @Override
    public ExitStatus afterStep(StepExecution step) {
        long rejected = step.getExecutionContext().getLong(REJECTED, 0L);
        // The probe step's items are blocks of rows; the operator counts rows.
        long read = step.getExecutionContext().getLong(ProbeIntake.ROWS, step.getReadCount());
        long written = step.getExecutionContext().containsKey(ProbeIntake.ROWS) ? read : step.getWriteCount();
        LocalDateTime start = step.getStartTime();
        LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
        Duration took = start == null ? Duration.ZERO : Duration.between(start, end);
        LOG.info(String.format("step %-18s %-9s read %,d, written %,d, rejected %,d in %.1f s", step.getStepName(),
                step.getStatus(), read, written - rejected, rejected,
                took.toMillis() / 1000.0));
        return step.getExitStatus();
    }
}
