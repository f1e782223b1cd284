package com.slacredits.jobs.run;

import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The customers a run writes a statement for: those with a decision in the run, those with a reversal
 * it reports, and those with a support ticket it measured (support SLAs, section 5), each once and in
 * order, so that slices of them are stable across restarts. Shared by the stage that renders the
 * statements and the one that sends them, so that whoever has a statement is sent it.
 */
public final class StatementCustomers implements Supplier<List<String>> {

    private final DecisionJournal journal;
    private final ReversalJournal reversals;
    private final MeasurementJournal measurements;
    private final long runId;

    public StatementCustomers(DecisionJournal journal, ReversalJournal reversals, MeasurementJournal measurements,
            long runId) {
        this.journal = journal;
        this.reversals = reversals;
        this.measurements = measurements;
        this.runId = runId;
    }

    @Override
    public List<String> get() {
        return Stream.of(journal.customersOfRun(runId), reversals.customersReportedInRun(runId),
                        measurements.customersOfRun(runId))
                .flatMap(List::stream).distinct().sorted().toList();
    }
}
