package com.slacredits.jobs.monthend.ingest;

import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.RejectedRow;
import com.slacredits.domain.support.Ticket;
import com.slacredits.readers.ReadResult;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.TicketJournal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.step.StepExecution;

/**
 * Stores a chunk of tickets.csv (support SLAs, section 1): a ticket whose contract is unknown, does
 * not cover the day it was reported in its pack's zone, or whose pack lists no such priority, is a
 * rejected row; the journal applies the re-export rules to the rest. Coverage is as stored when the
 * tickets are read: after this run's contracts, before its decisions.
 */
final class TicketIntake extends IngestWriter<Ticket> {

    private final ContractRepository contracts;
    private final PolicyCatalog policies;
    private final TicketJournal tickets;
    /**
     * The contracts looked up so far, null for an unknown id: the contracts step is over, so they stand
     * for the whole step, and a million tickets of ten thousand contracts look each up once.
     */
    private final Map<String, Contract> known = new HashMap<>();

    TicketIntake(RunRecord runRecord, StepExecution step, ContractRepository contracts, PolicyCatalog policies,
            TicketJournal tickets) {
        super(runRecord, step, TicketJournal::unfit, null);
        this.contracts = contracts;
        this.policies = policies;
        this.tickets = tickets;
    }

    @Override
    protected void store(List<ReadResult<Ticket>> accepted, List<RejectedRow> rejected) {
        Set<String> unseen = accepted.stream().map(row -> row.value().contractId())
                .filter(id -> !known.containsKey(id)).collect(Collectors.toSet());
        if (!unseen.isEmpty()) {
            unseen.forEach(id -> known.put(id, null));
            contracts.findAll(unseen).forEach(contract -> known.put(contract.contractId(), contract));
        }
        List<ReadResult<Ticket>> fitting = new ArrayList<>();
        for (ReadResult<Ticket> row : accepted) {
            Optional<String> problem = problem(row.value(), known.get(row.value().contractId()));
            if (problem.isPresent()) {
                rejected.add(row.reject(problem.get()));
            } else {
                fitting.add(row);
            }
        }
        for (TicketJournal.Refusal refusal : tickets.storeTickets(fitting.stream().map(ReadResult::value).toList(),
                runId())) {
            rejected.add(fitting.get(refusal.index()).reject(refusal.reason()));
        }
    }

    private Optional<String> problem(Ticket ticket, Contract contract) {
        if (contract == null) {
            return Optional.of("contract " + ticket.contractId() + " is not known");
        }
        PolicyPack pack = policies.require(contract.policyId());
        LocalDate reported = ticket.reportedAt().atZone(pack.zone()).toLocalDate();
        if (!contract.covers(reported)) {
            return Optional.of("contract " + contract.contractId() + " does not cover " + reported
                    + ", the day ticket " + ticket.ticketId() + " was reported");
        }
        if (!pack.acceptsPriority(ticket.priority())) {
            return Optional.of("priority " + ticket.priority() + " is not one that pack " + pack.id() + " lists ("
                    + pack.support().map(terms -> String.join(", ", terms.priorities())).orElse("") + ")");
        }
        return Optional.empty();
    }
}
