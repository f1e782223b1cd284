package com.slacredits.jobs;

import com.slacredits.writers.csv.CsvOutputWriter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Moves an output file from its {@code .part} name to its own once its step has completed, and
 * fails the step if that move fails: Spring Batch would otherwise log and swallow the exception.
 */
public final class PublishWhenCompleted implements StepExecutionListener {

    private final CsvOutputWriter<?> writer;

    public PublishWhenCompleted(CsvOutputWriter<?> writer) {
        this.writer = writer;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        try {
            writer.complete();
            return null;
        } catch (RuntimeException e) {
            step.setStatus(BatchStatus.FAILED);
            step.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription(e);
        }
    }
}
