package com.slacredits.jobs.monthend.ingest;

import org.springframework.batch.core.step.StepExecution;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Invoice;
import com.slacredits.readers.ReadResult;
import com.slacredits.domain.RejectedRow;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Adds invoices. An invoice in another currency than its (known) contract would make a refund mix
 * currencies, so it is rejected here rather than failing the decision later.
 */
final class InvoiceIntake extends IngestWriter<Invoice> {

    private final ContractRepository contracts;

    InvoiceIntake(RunRecord runRecord, StepExecution step, ContractRepository contracts) {
        super(runRecord, step, ContractRepository::unfit, null);
        this.contracts = contracts;
    }

    @Override
    protected void store(List<ReadResult<Invoice>> accepted, List<RejectedRow> rejected) {
        Map<String, Contract> known = contracts.findAll(accepted.stream().map(r -> r.value().contractId())
                        .collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Contract::contractId, Function.identity()));
        List<Invoice> fitting = new ArrayList<>();
        for (ReadResult<Invoice> row : accepted) {
            Invoice invoice = row.value();
            Contract contract = known.get(invoice.contractId());
            if (contract != null && !contract.currency().equals(invoice.currency())) {
                rejected.add(row.reject("currency " + invoice.currency() + " is not the currency of contract "
                        + contract.contractId() + " (" + contract.currency() + ")"));
            } else {
                fitting.add(invoice);
            }
        }
        contracts.addInvoices(fitting);
    }
}
