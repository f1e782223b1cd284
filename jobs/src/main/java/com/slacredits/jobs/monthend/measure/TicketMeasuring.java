package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.SupportCredits;
import com.slacredits.domain.support.SupportTerms;
import com.slacredits.domain.support.SupportTimekeeper;
import com.slacredits.domain.support.Ticket;
import com.slacredits.domain.support.TicketMeasurement;
import com.slacredits.domain.support.TicketPause;
import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.TicketJournal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Measures one contract's tickets not yet measured, as the run knows them at its cut-off (support SLAs,
 * section 4), and decides the support credits of those that missed a target (section 6). A ticket
 * whose priority has no target under the contract's edition is never measured; one that still waits
 * is left for a later run. A thin adapter: the clocks are {@link SupportTimekeeper}'s, the cap is
 * {@link SupportCredits}'.
 */
final class TicketMeasuring implements ItemProcessor<String, ContractMeasurements> {

    private final PolicyCatalog policies;
    private final ContractRepository contracts;
    private final TicketJournal tickets;
    private final MeasurementJournal measurements;
    private final SupportTimekeeper timekeeper;
    private final LocalDate asOf;

    TicketMeasuring(PolicyCatalog policies, ContractRepository contracts, TicketJournal tickets,
            MeasurementJournal measurements, SupportTimekeeper timekeeper, LocalDate asOf) {
        this.policies = policies;
        this.contracts = contracts;
        this.tickets = tickets;
        this.measurements = measurements;
        this.timekeeper = timekeeper;
        this.asOf = asOf;
    }

    @Override
    public ContractMeasurements process(String contractId) {
        Optional<Contract> found = contracts.find(contractId);
        if (found.isEmpty()) {
            return null;
        }
        Contract contract = found.get();
        PolicyPack pack = policies.require(contract.policyId());
        List<Ticket> waiting = tickets.unmeasuredOf(contractId).stream()
                .filter(ticket -> pack.supportTargets(contract, ticket.priority()).isPresent())
                .toList();
        if (waiting.isEmpty()) {
            return null;
        }
        Map<String, List<TicketPause>> pauses = tickets.pausesOf(waiting.stream().map(Ticket::ticketId).toList())
                .stream().collect(Collectors.groupingBy(TicketPause::ticketId));
        List<TicketMeasurement> measured = new ArrayList<>();
        for (Ticket ticket : waiting) {
            timekeeper.measure(pack, contract, ticket, pauses.getOrDefault(ticket.ticketId(), List.of()), asOf)
                    .ifPresent(measured::add);
        }
        if (measured.isEmpty()) {
            return null;
        }
        // Only a pack that pays for misses has a cap to read: most packs' contracts skip the query.
        boolean pays = pack.support().flatMap(SupportTerms::credit).isPresent();
        // coverage as it stands now: the decide step before this one has granted this run's terminations
        List<ClaimDecision> decisions = !pays ? List.of()
                : new SupportCredits(policies, measurements.supportCreditsUsed(contractId))
                        .decide(measured).stream()
                        .map(credit -> credit.decision(contract, asOf))
                        .toList();
        return new ContractMeasurements(contractId, measured.stream().map(SupportLine::of).toList(), decisions);
    }
}
