package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.DecisionJournal;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of contracts' support credits in the chunk's transaction: each credit's claim,
 * registered decided as automatic periods' are, and its decision commit together or not at all.
 */
final class SupportCreditWriter implements ItemWriter<List<ClaimDecision>> {

    private final long runId;
    private final ClaimRegister claims;
    private final DecisionJournal decisions;

    SupportCreditWriter(long runId, ClaimRegister claims, DecisionJournal decisions) {
        this.runId = runId;
        this.claims = claims;
        this.decisions = decisions;
    }

    @Override
    public void write(Chunk<? extends List<ClaimDecision>> chunk) {
        List<ClaimDecision> credits = chunk.getItems().stream().flatMap(List::stream).toList();
        claims.registerDecided(credits.stream().map(ClaimDecision::claim).toList(), runId);
        decisions.record(runId, credits);
    }
}
