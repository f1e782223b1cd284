package com.slacredits.jobs.monthend.publish;

import com.slacredits.jobs.run.RunParameters;


import com.slacredits.reports.CustomerStatement;
import com.slacredits.reports.StatementItemWriter;
import com.slacredits.reports.StatementRenderer;
import com.slacredits.reports.StatementRun;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders one customer's statement as the processor of the statements step. Rendering is the
 * processor's work, not the writer's, because Spring Batch 6 processes a chunk's items on the task
 * executor's threads (one per core) and writes them on one. Thread-safe once the step has begun.
 */
final class StatementRendering implements ItemProcessor<String, String>, StepExecutionListener {

    private final StatementRenderer renderer;
    private final DecisionJournal journal;
    private final ReversalJournal reversals;
    private final ContractRepository contracts;
    private final HoldRegister holds;
    private final RunParameters run;
    private volatile StatementItemWriter writer;

    StatementRendering(StatementRenderer renderer, DecisionJournal journal, ReversalJournal reversals,
            ContractRepository contracts, HoldRegister holds, RunParameters run) {
        this.renderer = renderer;
        this.journal = journal;
        this.reversals = reversals;
        this.contracts = contracts;
        this.holds = holds;
        this.run = run;
    }

    /** The run's id, and whether it is held, are the step's: read once, before the first statement. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        StatementRun statements = new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, run.runId(), run.asOf(),
                run.dryRun(), holds.isHeld(run.runId()));
        writer = new StatementItemWriter(renderer, statements, run.output());
    }

    /**
     * Reads one customer's decisions and the reversals the run reports for them and renders them;
     * returns the customer id, so that a chunk holds ids, not the decisions of customers already rendered.
     */
    @Override
    public String process(String customerId) throws Exception {
        if (!writer.isWritten(customerId)) {
            List<ClaimDecision> decisions = journal.ofCustomer(run.runId(), customerId);
            List<AdjustmentReversal> reversed = reversals.reportedInRunOfCustomer(run.runId(), customerId);
            writer.write(new Chunk<>(CustomerStatement.of(customerId, decisions, reversed,
                    decisions.isEmpty() ? nameOnContractOf(reversed) : "")));
        }
        return customerId;
    }

    /** A customer with reversals alone is named as the contract of the first reversed claim names them. */
    private String nameOnContractOf(List<AdjustmentReversal> reversed) {
        return reversed.stream().findFirst()
                .flatMap(first -> contracts.findAll(Set.of(first.contractId())).stream().findFirst())
                .map(Contract::customerName)
                .orElse("");
    }
}
