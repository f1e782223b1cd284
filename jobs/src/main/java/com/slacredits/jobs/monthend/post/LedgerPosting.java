package com.slacredits.jobs.monthend.post;


import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.LedgerEntry;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The postAdjustments step's writer: posts a chunk's adjustments and reports its reversals in this
 * run, in the chunk's one transaction. A reversal is already posted when finance makes it; what the
 * run does is claim it for its own files, and the unique keys and {@link ReversalJournal#report}'s
 * "not reported yet" make a resume do neither twice.
 *
 * <p>Each adjustment is posted naming the invoice it corrects, picked among its contract's invoices as the
 * database holds them now ({@code Adjustment.correcting}), and stored with it: a later export, statement or
 * reversal reads the invoice this run picked, whatever invoices arrive after it. The invoices are read per
 * chunk, for the chunk's contracts only.
 */
final class LedgerPosting implements ItemWriter<LedgerEntry> {

    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final ContractRepository contracts;
    private final long runId;

    LedgerPosting(AdjustmentJournal adjustments, ReversalJournal reversals, ContractRepository contracts, long runId) {
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.contracts = contracts;
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
            adjustments.post(runId, correcting(posted));
        }
        reversals.report(runId, reported);
    }

    private List<Adjustment> correcting(List<Adjustment> posted) {
        Set<String> contractIds = posted.stream().map(Adjustment::contractId).collect(Collectors.toSet());
        Map<String, List<Invoice>> invoices = contracts.invoicesOf(contractIds).stream()
                .collect(Collectors.groupingBy(Invoice::contractId));
        return posted.stream()
                .map(adjustment -> adjustment.correcting(invoices.getOrDefault(adjustment.contractId(), List.of())))
                .toList();
    }
}
