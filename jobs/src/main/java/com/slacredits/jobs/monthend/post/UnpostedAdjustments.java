package com.slacredits.jobs.monthend.post;


import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.LedgerEntry;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the postAdjustments step has still to post: the adjustments of the run's decisions that carry
 * money and have none yet, so that a resumed run posts the rest and never one twice. None while the
 * run is held; once released, exactly what was held. Only decisions with an amount are read: a run's
 * rejections, however many, are not.
 *
 * <p>After them, the reversals finance posted since the last real run, which this run reports: the
 * step's writer ({@link LedgerPosting}) marks them reported in the same chunk transaction, so a
 * reversal is reported by exactly one run, and a resumed step finds only what it had not reported.
 * A held run reports none either: its {@code adjustments.csv} shows nothing until it is released.
 */
final class UnpostedAdjustments implements Supplier<List<LedgerEntry>> {

    private final DecisionJournal journal;
    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final HoldRegister holds;
    private final long runId;

    UnpostedAdjustments(DecisionJournal journal, AdjustmentJournal adjustments, ReversalJournal reversals,
            HoldRegister holds, long runId) {
        this.journal = journal;
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.holds = holds;
        this.runId = runId;
    }

    @Override
    public List<LedgerEntry> get() {
        if (holds.isHeld(runId)) {
            return List.of();
        }
        Set<String> waiting = Set.copyOf(adjustments.unpostedClaimsOfRun(runId));
        List<LedgerEntry> entries = new ArrayList<>(journal.withAmountOfRun(runId).stream()
                .filter(decision -> waiting.contains(decision.claimId()))
                .map(ClaimDecision::adjustment)
                .flatMap(java.util.Optional::stream)
                .toList());
        entries.addAll(reversals.unreported());
        return entries;
    }
}
