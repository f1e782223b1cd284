package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.SupportCredits;
import com.slacredits.domain.support.SupportTimekeeper;
import com.slacredits.domain.support.TicketMeasurement;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.TicketJournal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Decides the support credits of one contract's tickets that this run measured with a missed clock
 * (support SLAs, section 6), once every ticket of the run is measured: they take the contract's cap
 * together, in order of reported_at, then ticket_id. Each is measured again, from the same ticket,
 * pauses and cut-off as the measure step, so that the credit rests on the measurement support.csv
 * shows; a measured ticket cannot change. Coverage is as it stands after the run's decide step.
 */
final class SupportCrediting implements ItemProcessor<String, List<ClaimDecision>> {

    private final PolicyCatalog policies;
    private final ContractRepository contracts;
    private final TicketJournal tickets;
    private final MeasurementJournal measurements;
    private final SupportTimekeeper timekeeper;
    private final long runId;
    private final LocalDate asOf;

    SupportCrediting(PolicyCatalog policies, ContractRepository contracts, TicketJournal tickets,
            MeasurementJournal measurements, SupportTimekeeper timekeeper, long runId, LocalDate asOf) {
        this.policies = policies;
        this.contracts = contracts;
        this.tickets = tickets;
        this.measurements = measurements;
        this.timekeeper = timekeeper;
        this.runId = runId;
        this.asOf = asOf;
    }

    @Override
    public List<ClaimDecision> process(String contractId) {
        Optional<Contract> found = contracts.find(contractId);
        if (found.isEmpty()) {
            return null;
        }
        Contract contract = found.get();
        PolicyPack pack = policies.require(contract.policyId());
        List<TicketMeasurement> missed = new ArrayList<>();
        for (TicketJournal.Waiting ticket : tickets.missedInRun(runId, contractId)) {
            timekeeper.measure(pack, contract, ticket.ticket(), ticket.pauses(), asOf).ifPresent(missed::add);
        }
        List<ClaimDecision> decisions = new SupportCredits(policies, measurements.supportCreditsUsed(contractId))
                .decide(missed).stream()
                .map(credit -> credit.decision(contract, asOf))
                .toList();
        return decisions.isEmpty() ? null : decisions;
    }
}
