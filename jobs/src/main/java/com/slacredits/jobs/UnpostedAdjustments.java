package com.slacredits.jobs;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the postAdjustments step has still to post: the adjustments of the run's decisions that carry
 * money and have none yet, so that a resumed run posts the rest and never one twice. None while the
 * run is held; once released, exactly what was held. Only decisions with an amount are read: a run's
 * rejections, however many, are not.
 */
final class UnpostedAdjustments implements Supplier<List<Adjustment>> {

    private final DecisionJournal journal;
    private final AdjustmentJournal adjustments;
    private final HoldRegister holds;
    private final CurrentRun run;

    UnpostedAdjustments(DecisionJournal journal, AdjustmentJournal adjustments, HoldRegister holds, CurrentRun run) {
        this.journal = journal;
        this.adjustments = adjustments;
        this.holds = holds;
        this.run = run;
    }

    @Override
    public List<Adjustment> get() {
        long runId = run.id();
        if (holds.isHeld(runId)) {
            return List.of();
        }
        Set<String> waiting = Set.copyOf(adjustments.unpostedClaimsOfRun(runId));
        return journal.withAmountOfRun(runId).stream()
                .filter(decision -> waiting.contains(decision.claimId()))
                .map(ClaimDecision::adjustment)
                .flatMap(java.util.Optional::stream)
                .toList();
    }
}
