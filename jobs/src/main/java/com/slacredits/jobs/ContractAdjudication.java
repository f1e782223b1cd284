package com.slacredits.jobs;

import com.slacredits.domain.AvailabilityLedger;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimAdjudicator;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ContractBook;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.RunSummary.MonitoringGap;
import com.slacredits.domain.SlotRange;
import com.slacredits.domain.SlotTimeline;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.WindowRepository;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The decide step's processor: gathers what the domain needs to decide one contract's pending
 * claims (the contract, its invoices, its service's record around the claimed months, the months
 * already verified) and lets {@link ClaimAdjudicator} decide them. One contract is the unit because
 * its claims depend on each other; contracts do not.
 */
public final class ContractAdjudication implements ItemProcessor<String, ContractVerdict> {

    private final PolicyCatalog policies;
    private final ContractRepository contracts;
    private final WindowRepository windows;
    private final ClaimRegister claims;
    private final DecisionJournal journal;
    private final TimelineSource timelines;
    private final LocalDate asOf;

    public ContractAdjudication(PolicyCatalog policies, ContractRepository contracts, WindowRepository windows,
            ClaimRegister claims, DecisionJournal journal, TimelineSource timelines, LocalDate asOf) {
        this.policies = policies;
        this.contracts = contracts;
        this.windows = windows;
        this.claims = claims;
        this.journal = journal;
        this.timelines = timelines;
        this.asOf = asOf;
    }

    @Override
    public ContractVerdict process(String contractId) {
        Optional<Contract> contract = contracts.find(contractId);
        List<Claim> pending = claims.pendingOf(contractId);
        ContractBook book = new ContractBook(contract.stream().toList(), contracts.invoicesOf(contractId));
        AvailabilityLedger ledger = contract.map(c -> ledgerFor(c, pending))
                .orElseGet(() -> new AvailabilityLedger(List.of(), List.of()));
        List<ClaimDecision> decisions = new ClaimAdjudicator(policies, book, ledger, journal.verifiedMonthsOf(contractId))
                .decide(pending, asOf)
                .decisions();
        return new ContractVerdict(contractId, decisions, gaps(decisions, ledger));
    }

    private AvailabilityLedger ledgerFor(Contract contract, List<Claim> pending) {
        PolicyPack policy = policies.require(contract.policyId());
        // A service month spans parts of two UTC months, and an outage may run on into the next.
        TreeSet<YearMonth> utcMonths = new TreeSet<>();
        for (Claim claim : pending) {
            SlotRange month = policy.serviceMonth(claim.serviceMonth());
            YearMonth first = YearMonth.from(month.startInstant().atOffset(ZoneOffset.UTC));
            YearMonth last = YearMonth.from(month.endInstant().atOffset(ZoneOffset.UTC));
            for (YearMonth m = first.minusMonths(1); !m.isAfter(last.plusMonths(1)); m = m.plusMonths(1)) {
                utcMonths.add(m);
            }
        }
        SlotTimeline timeline = timelines.timeline(contract.serviceId(), utcMonths);
        return new AvailabilityLedger(List.of(timeline), windows.windowsOf(contract.serviceId()));
    }

    private List<MonitoringGap> gaps(List<ClaimDecision> decisions, AvailabilityLedger ledger) {
        List<MonitoringGap> gaps = new ArrayList<>();
        for (ClaimDecision decision : decisions) {
            if (decision.availability().isEmpty() || decision.contract().isEmpty()) {
                continue;
            }
            Contract contract = decision.contract().get();
            PolicyPack policy = policies.require(contract.policyId());
            YearMonth month = decision.claim().serviceMonth();
            if (!ledger.hasMonitoringData(contract.serviceId(), policy, month)) {
                gaps.add(new MonitoringGap(contract.serviceId(), month));
            }
        }
        return gaps;
    }
}
