package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.SupportTimekeeper;
import com.slacredits.domain.support.TicketMeasurement;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.TicketJournal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Measures one stored ticket as the run knows it at its cut-off (support SLAs, section 4). A ticket whose
 * priority has no target under its contract's edition is never measured; one whose clocks are not final
 * is left for a later run. A thin adapter: the clocks are {@link SupportTimekeeper}'s.
 *
 * <p>Step-scoped, so its contracts, looked up once each, are those of this run's step.
 */
final class TicketMeasuring implements ItemProcessor<TicketJournal.Waiting, TicketMeasurement> {

    private final PolicyCatalog policies;
    private final ContractRepository contracts;
    private final SupportTimekeeper timekeeper;
    private final LocalDate asOf;
    private final Map<String, Optional<Contract>> contractsSeen = new HashMap<>();

    TicketMeasuring(PolicyCatalog policies, ContractRepository contracts, SupportTimekeeper timekeeper,
            LocalDate asOf) {
        this.policies = policies;
        this.contracts = contracts;
        this.timekeeper = timekeeper;
        this.asOf = asOf;
    }

    @Override
    public TicketMeasurement process(TicketJournal.Waiting waiting) {
        Optional<Contract> found = contractsSeen.computeIfAbsent(waiting.ticket().contractId(), contracts::find);
        if (found.isEmpty()) {
            return null;
        }
        Contract contract = found.get();
        PolicyPack pack = policies.require(contract.policyId());
        if (pack.supportTargets(contract, waiting.ticket().priority()).isEmpty()) {
            return null;
        }
        return timekeeper.measure(pack, contract, waiting.ticket(), waiting.pauses(), asOf).orElse(null);
    }
}
