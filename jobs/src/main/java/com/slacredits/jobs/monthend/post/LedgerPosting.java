package com.slacredits.jobs.monthend.post;


import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.LedgerEntry;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The postAdjustments step's writer: posts a chunk's adjustments and reports its reversals in this
 * run, in the chunk's one transaction. A reversal is already posted when finance makes it; what the
 * run does is claim it for its own files, and the unique keys and {@link ReversalJournal#report}'s
 * "not reported yet" make a resume do neither twice.
 */
final class LedgerPosting implements ItemWriter<LedgerEntry> {

    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final long runId;

    LedgerPosting(AdjustmentJournal adjustments, ReversalJournal reversals, long runId) {
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends LedgerEntry> chunk) {
        List<Adjustment> posted = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        for (LedgerEntry entry : chunk) {
            if (entry instanceof Adjustment adjustment) {
                posted.add(adjustment);
            } else if (entry instanceof AdjustmentReversal reversal) {
                reported.add(reversal.adjustmentId());
            }
        }
        if (!posted.isEmpty()) {
            adjustments.post(runId, posted);
        }
        reversals.report(runId, reported);
    }
}
