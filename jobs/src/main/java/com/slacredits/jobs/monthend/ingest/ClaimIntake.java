package com.slacredits.jobs.monthend.ingest;

import org.springframework.batch.core.step.StepExecution;
import com.slacredits.domain.Claim;
import com.slacredits.readers.ReadResult;
import com.slacredits.domain.RejectedRow;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registers new claims as pending. A claim id already in the register is ignored when its content
 * is identical (the same export read again) and rejected when it differs: a claim is decided once,
 * on what was first received (credit rules, section 9).
 */
final class ClaimIntake extends IngestWriter<Claim> {

    private final ClaimRegister register;

    ClaimIntake(RunRecord runRecord, StepExecution step, ClaimRegister register) {
        super(runRecord, step, ClaimRegister::unfit, null);
        this.register = register;
    }

    @Override
    protected void store(List<ReadResult<Claim>> accepted, List<RejectedRow> rejected) {
        Map<String, Claim> known = register.findAll(accepted.stream().map(r -> r.value().claimId()).toList());
        List<Claim> fresh = new ArrayList<>();
        for (ReadResult<Claim> row : accepted) {
            Claim claim = row.value();
            Claim earlier = known.get(claim.claimId());
            if (earlier == null) {
                fresh.add(claim);
            } else if (!earlier.equals(claim)) {
                rejected.add(row.reject(
                        "claim " + claim.claimId() + " was already received with different content"));
            }
        }
        register.register(fresh, runId());
    }
}
