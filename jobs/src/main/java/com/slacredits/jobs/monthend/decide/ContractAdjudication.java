package com.slacredits.jobs.monthend.decide;

import com.slacredits.jobs.store.TimelineSource;

import com.slacredits.domain.Adjudication;
import com.slacredits.domain.AutomaticPeriods;
import com.slacredits.domain.AvailabilityLedger;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimAdjudicator;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.ContractBook;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.ServicePeriod;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The decide step's processor: gathers what the domain needs to decide one contract (the contract,
 * its invoices, its pending claims, its automatic periods, its services' records around those
 * periods, the periods already verified) and lets {@link ClaimAdjudicator} decide. One contract is
 * the unit because its claims depend on each other; contracts do not.
 */
final class ContractAdjudication implements ItemProcessor<String, ContractVerdict> {

    private final PolicyCatalog policies;
    private final ContractRepository contracts;
    private final WindowRepository windows;
    private final ClaimRegister claims;
    private final DecisionJournal journal;
    private final TimelineSource timelines;
    private final LocalDate asOf;

    ContractAdjudication(PolicyCatalog policies, ContractRepository contracts, WindowRepository windows,
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
        Set<ContractPeriod> verified = journal.verifiedPeriodsOf(contractId);
        List<ContractPeriod> automatic = contract.map(c -> automaticPeriods(c, verified)).orElse(List.of());
        Set<String> withheld = contract.isEmpty() && contracts.isWithheld(contractId) ? Set.of(contractId) : Set.of();
        ContractBook book = new ContractBook(contract.stream().toList(), contracts.invoicesOf(contractId), withheld);
        List<ServicePeriod> periods = new ArrayList<>(pending.stream().map(Claim::period).toList());
        automatic.forEach(due -> periods.add(due.period()));
        AvailabilityLedger ledger = contract.map(c -> ledgerFor(c, periods))
                .orElseGet(() -> new AvailabilityLedger(List.of(), List.of()));
        Adjudication adjudication = new ClaimAdjudicator(policies, book, ledger, verified)
                .decide(pending, automatic, asOf);
        return new ContractVerdict(contractId, adjudication.decisions(), adjudication.gaps(), adjudication.evidence());
    }

    private List<ContractPeriod> automaticPeriods(Contract contract, Set<ContractPeriod> verified) {
        PolicyPack pack = policies.require(contract.policyId());
        if (!pack.isAutomatic()) {
            return List.of();
        }
        // Nothing to decide before the records of the contract's services begin.
        return timelines.firstProbe(contract.services().members())
                .map(began -> AutomaticPeriods.due(contract, pack, asOf, began,
                        verified.stream().map(ContractPeriod::period).collect(Collectors.toSet())))
                .orElse(List.of())
                .stream()
                .map(period -> new ContractPeriod(contract.contractId(), period))
                .toList();
    }

    private AvailabilityLedger ledgerFor(Contract contract, Collection<ServicePeriod> periods) {
        PolicyPack policy = policies.require(contract.policyId());
        // A period spans parts of UTC months at both ends, and an outage may run on into the next.
        TreeSet<YearMonth> utcMonths = new TreeSet<>();
        for (ServicePeriod period : periods) {
            SlotRange slots = policy.slotsOf(period);
            YearMonth first = YearMonth.from(slots.startInstant().atOffset(ZoneOffset.UTC));
            YearMonth last = YearMonth.from(slots.endInstant().atOffset(ZoneOffset.UTC));
            for (YearMonth m = first.minusMonths(1); !m.isAfter(last.plusMonths(1)); m = m.plusMonths(1)) {
                utcMonths.add(m);
            }
        }
        List<SlotTimeline> records = new ArrayList<>();
        List<ExcusedWindow> excuses = new ArrayList<>();
        for (String member : contract.services().members()) {
            records.add(timelines.timeline(member, utcMonths));
            excuses.addAll(windows.windowsOf(member));
        }
        if (contract.services().isGroup()) {
            excuses.addAll(windows.windowsOf(contract.serviceId()));
        }
        return new AvailabilityLedger(records, excuses);
    }
}
