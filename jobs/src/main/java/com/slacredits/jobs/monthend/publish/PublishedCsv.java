package com.slacredits.jobs.monthend.publish;

import com.slacredits.jobs.run.RunParameters;
import com.slacredits.writers.csv.CsvOutputWriter;
import com.slacredits.writers.csv.OutputFormat;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * One CSV output of the run, written under its {@code .part} name into the run's folder and moved to
 * its own once its step has completed. A failed move fails the step: Spring Batch would otherwise log
 * and swallow the exception. Step-scoped: the folder is the run's.
 */
final class PublishedCsv<T> implements ItemStreamWriter<T>, StepExecutionListener {

    private final CsvOutputWriter<T> writer;
    private boolean published;

    PublishedCsv(StepExecution step, OutputFormat<T> format) {
        this.writer = new CsvOutputWriter<>(RunParameters.of(step).output(), format);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        writer.open(executionContext);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        writer.update(executionContext);
    }

    @Override
    public void write(Chunk<? extends T> chunk) throws Exception {
        writer.write(chunk);
    }

    @Override
    public void close() {
        writer.close();
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() != BatchStatus.COMPLETED || published) {
            return null;
        }
        try {
            writer.complete();
            published = true;
            return null;
        } catch (RuntimeException e) {
            step.setStatus(BatchStatus.FAILED);
            step.addFailureException(e);
            return ExitStatus.FAILED.addExitDescription(e);
        }
    }
}
