package com.slacredits.jobs.monthend.decide;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Claim;
import com.slacredits.domain.MonitoringGap;
import com.slacredits.domain.Termination;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.csv.EvidenceLine;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.EvidenceJournal;
import com.slacredits.writers.jdbc.RunRecord;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of verdicts in the chunk's transaction: the decisions (which make their claims
 * decided) with their evidence, the run's own claims for automatic periods, granted terminations and
 * monitoring gaps commit together or not at all, so a restart neither loses nor repeats a decision.
 */
final class VerdictWriter implements ItemWriter<ContractVerdict> {

    private final long runId;
    private final DecisionJournal journal;
    private final EvidenceJournal evidence;
    private final ClaimRegister claims;
    private final ContractRepository contracts;
    private final RunRecord runRecord;

    VerdictWriter(long runId, DecisionJournal journal, EvidenceJournal evidence, ClaimRegister claims,
            ContractRepository contracts, RunRecord runRecord) {
        this.runId = runId;
        this.journal = journal;
        this.evidence = evidence;
        this.claims = claims;
        this.contracts = contracts;
        this.runRecord = runRecord;
    }

    @Override
    public void write(Chunk<? extends ContractVerdict> chunk) {
        List<ClaimDecision> decisions = chunk.getItems().stream().flatMap(v -> v.decisions().stream()).toList();
        List<MonitoringGap> gaps = chunk.getItems().stream().flatMap(v -> v.gaps().stream()).distinct().toList();
        // The run's own claims for automatic periods join the register already decided, so that every
        // decision has its claim, and a second run finds the period decided.
        List<Claim> automatic = decisions.stream().map(ClaimDecision::claim).filter(Claim::isAutomatic).toList();
        claims.registerDecided(automatic, runId);
        journal.record(runId, decisions);
        evidence.record(runId, chunk.getItems().stream()
                .flatMap(verdict -> verdict.evidence().stream())
                .flatMap(claim -> EvidenceLine.of(claim).stream())
                .toList());
        for (ClaimDecision decision : decisions) {
            if (decision.termination() == Termination.GRANTED) {
                contracts.terminate(decision.claim().contractId(), decision.terminationEffective().orElseThrow());
            }
        }
        runRecord.noteGaps(runId, gaps);
    }
}
