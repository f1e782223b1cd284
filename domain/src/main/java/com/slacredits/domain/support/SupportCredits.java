package com.slacredits.domain.support;

import com.slacredits.domain.Contract;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.Money;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns missed targets into support credits (support SLAs, section 6): {@code perMiss} for each missed
 * clock, limited so that the support credits of one contract and period, over all runs, never pass the
 * pack's {@code cap}. Within a run, tickets take the cap in order of reported_at, then ticket_id.
 */
public final class SupportCredits {

    private static final Comparator<TicketMeasurement> CAP_ORDER = Comparator
            .comparing((TicketMeasurement measured) -> measured.ticket().reportedAt())
            .thenComparing(TicketMeasurement::ticketId);

    private final PolicyCatalog policies;
    private final Map<ContractPeriod, BigDecimal> used;

    /**
     * @param usedByEarlierRuns the credit percentage earlier runs' support credits took, by contract and period;
     *     a credit that rounded to zero took its percentage all the same
     */
    public SupportCredits(PolicyCatalog policies, Map<ContractPeriod, BigDecimal> usedByEarlierRuns) {
        this.policies = policies;
        this.used = new HashMap<>(usedByEarlierRuns);
    }

    /**
     * A decision for each ticket with a missed clock under a pack with {@code support.credit}, in the order
     * they took the cap. The percentages they take count for later calls on this object too.
     */
    public List<SupportCredit> decide(Collection<TicketMeasurement> measured) {
        List<TicketMeasurement> missed = new ArrayList<>(measured.stream()
                .filter(ticket -> ticket.missedClocks() > 0)
                .toList());
        missed.sort(CAP_ORDER);
        List<SupportCredit> credits = new ArrayList<>();
        for (TicketMeasurement ticket : missed) {
            Contract contract = ticket.contract();
            PolicyPack pack = policies.require(contract.policyId());
            pack.support().flatMap(SupportTerms::credit).ifPresent(terms -> credits.add(credit(ticket, pack, terms)));
        }
        return credits;
    }

    /** The percentage the support credits of a contract's period took so far, earlier runs included. */
    public BigDecimal used(ContractPeriod contractPeriod) {
        return used.getOrDefault(contractPeriod, BigDecimal.ZERO);
    }

    private SupportCredit credit(TicketMeasurement ticket, PolicyPack pack, SupportCreditTerms terms) {
        ContractPeriod key = new ContractPeriod(ticket.contract().contractId(), ticket.period());
        BigDecimal asked = terms.perMiss().multiply(BigDecimal.valueOf(ticket.missedClocks()));
        BigDecimal left = terms.cap().subtract(used(key)).max(BigDecimal.ZERO);
        BigDecimal granted = asked.min(left);
        if (granted.signum() == 0) {
            return new SupportCredit(ticket, Optional.empty(), Optional.empty());
        }
        used.merge(key, granted, BigDecimal::add);
        Contract contract = ticket.contract();
        Money amount = Money.periodCredit(contract.annualFee(), granted, pack.period(), contract.currency());
        return new SupportCredit(ticket, Optional.of(granted), Optional.of(amount));
    }
}
