package com.slacredits.jobs.monthend.publish;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.LedgerEntry;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What a run's {@code adjustments.csv} lists: the adjustments it posted, and for each reversal it
 * reported the reversed adjustment's row as posted (its own id, unchanged) followed by the reversal's,
 * so the ERP sees the pair side by side. Rows by claim id; within a claim, the adjustment first. An
 * adjustment this run both posted and reported the reversal of is listed once. Read from the
 * database, so that an export of the run lists the same rows.
 */
final class RunLedger implements Supplier<List<LedgerEntry>> {

    /** The adjustment before its reversal, whatever their ids. */
    static final Comparator<LedgerEntry> IN_FILE_ORDER = Comparator.comparing(LedgerEntry::claimId)
            .thenComparing(entry -> entry.reverses().isPresent());

    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final LongSupplier runId;

    RunLedger(AdjustmentJournal adjustments, ReversalJournal reversals, LongSupplier runId) {
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.runId = runId;
    }

    @Override
    public List<LedgerEntry> get() {
        long run = runId.getAsLong();
        Map<String, LedgerEntry> entries = new LinkedHashMap<>();
        for (Adjustment adjustment : adjustments.ofRun(run)) {
            entries.put(adjustment.adjustmentId(), adjustment);
        }
        for (AdjustmentReversal reversal : reversals.reportedInRun(run)) {
            entries.putIfAbsent(reversal.reversed().adjustmentId(), reversal.reversed());
            entries.put(reversal.adjustmentId(), reversal);
        }
        List<LedgerEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(IN_FILE_ORDER);
        return sorted;
    }
}
