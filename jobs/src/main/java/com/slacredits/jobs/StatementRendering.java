package com.slacredits.jobs;

import com.slacredits.reports.CustomerStatement;
import com.slacredits.reports.StatementItemWriter;
import com.slacredits.reports.StatementRenderer;
import com.slacredits.reports.StatementRun;
import com.slacredits.writers.jdbc.HoldRegister;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders one customer's statement as the processor of the statements step. Rendering is the
 * processor's work, not the writer's, because Spring Batch 6 processes a chunk's items on the task
 * executor's threads (one per core) and writes them on one. Thread-safe once the step has begun.
 */
public final class StatementRendering implements ItemProcessor<CustomerStatement, CustomerStatement>,
        StepExecutionListener {

    private final StatementRenderer renderer;
    private final HoldRegister holds;
    private final LocalDate asOf;
    private final boolean dryRun;
    private final Path output;
    private volatile StatementItemWriter writer;

    public StatementRendering(StatementRenderer renderer, HoldRegister holds, LocalDate asOf, boolean dryRun,
            Path output) {
        this.renderer = renderer;
        this.holds = holds;
        this.asOf = asOf;
        this.dryRun = dryRun;
        this.output = output;
    }

    /** The run's id, and whether it is held, are the step's: read once, before the first statement. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        long runId = CurrentRun.idOf(stepExecution.getJobExecution());
        StatementRun run = new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, runId, asOf, dryRun,
                holds.isHeld(runId));
        writer = new StatementItemWriter(renderer, run, output);
    }

    @Override
    public CustomerStatement process(CustomerStatement statement) throws Exception {
        writer.write(new Chunk<>(statement));
        return statement;
    }
}
