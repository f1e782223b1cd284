package com.slacredits.jobs.monthend.ingest;

import org.springframework.batch.core.step.StepExecution;
import com.slacredits.domain.Contract;
import com.slacredits.readers.ReadResult;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.RunRecord;
import java.util.List;
import java.util.Optional;

/**
 * Stores contracts.csv rows, and notes the contract ids of its rejected rows, so that a claim on a
 * contract known only from a bad row waits for a good one (credit rules, section 7) instead of being
 * rejected for good as an unknown contract.
 */
final class ContractIntake extends IngestWriter<Contract> {

    private final ContractRepository contracts;

    ContractIntake(RunRecord runRecord, StepExecution step, ContractRepository contracts) {
        super(runRecord, step, ContractRepository::unfit, contracts::upsert);
        this.contracts = contracts;
    }

    @Override
    protected void rejectedRows(List<ReadResult<Contract>> rows) {
        List<String> ids = rows.stream()
                .flatMap(row -> (row.isRejected() ? row.key() : Optional.of(row.value().contractId())).stream())
                .toList();
        if (!ids.isEmpty()) {
            contracts.withhold(ids, runId());
        }
    }
}
