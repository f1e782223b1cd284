package com.slacredits.writers.csv;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * How a job finishes a {@link CsvOutputWriter}: the listener the jobs module needs, kept here to
 * prove the recipe against a real step (this module does not depend on spring-batch-core).
 */
final class PublishOnCompletion implements StepExecutionListener {

    private final CsvOutputWriter<?> writer;

    PublishOnCompletion(CsvOutputWriter<?> writer) {
        this.writer = writer;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() != BatchStatus.COMPLETED) {
            // Failed or stopped: the .part stays, the final name stays absent.
            return step.getExitStatus();
        }
        try {
            writer.complete();
            return step.getExitStatus();
        } catch (RuntimeException e) {
            // Spring Batch only logs what afterStep throws; a status set here is what it saves.
            step.setStatus(BatchStatus.FAILED);
            step.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription(e);
        }
    }
}
