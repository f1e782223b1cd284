package com.slacredits.jobs.monthend.publish;

import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The customers a run writes a statement for: those with a decision in the run, and those with a
 * reversal it reports, each once and in order, so that slices of them are stable across restarts.
 */
final class StatementCustomers implements Supplier<List<String>> {

    private final DecisionJournal journal;
    private final ReversalJournal reversals;
    private final long runId;

    StatementCustomers(DecisionJournal journal, ReversalJournal reversals, long runId) {
        this.journal = journal;
        this.reversals = reversals;
        this.runId = runId;
    }

    @Override
    public List<String> get() {
        return Stream.concat(journal.customersOfRun(runId).stream(), reversals.customersReportedInRun(runId).stream())
                .distinct().sorted().toList();
    }
}
