package com.slacredits.jobs;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.readers.ReadProgress;
import com.slacredits.writers.jdbc.DecisionJournal;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a run's decisions by claim id for writeDecisions, a page at a time from the database, so
 * that a run of a million claims is written out without being held in memory. Keeps no position: the
 * file is written again from its first row on every start (the output steps).
 */
final class RunDecisionReader implements ItemStreamReader<ClaimDecision> {

    private final DecisionJournal journal;
    private final long runId;
    private Iterator<ClaimDecision> decisions;
    private long size;
    private long read;

    RunDecisionReader(DecisionJournal journal, long runId) {
        this.journal = journal;
        this.runId = runId;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        size = journal.countOfRun(runId);
        decisions = journal.iteratorOfRun(runId);
        read = 0;
    }

    @Override
    public ClaimDecision read() {
        if (decisions != null && decisions.hasNext()) {
            read++;
            return decisions.next();
        }
        return null;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        ReadProgress.save(executionContext, size == 0 ? 1.0 : (double) read / size);
    }

    @Override
    public void close() {
        decisions = null;
    }
}
