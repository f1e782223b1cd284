package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides claims (credit rules, sections 7 and 8).
 *
 * <p>Claims are taken per contract in order of receipt, then id, because an earlier claim can make
 * a later one a duplicate, and a granted termination ends the coverage later claims are checked
 * against. The first rule that fails rejects the claim; a claim that passes them all is verified
 * against the ledger, whatever downtime the customer counted.
 */
public final class ClaimAdjudicator {

    private static final Comparator<Claim> DECISION_ORDER = Comparator.comparing(Claim::contractId)
            .thenComparing(Claim::receivedAt)
            .thenComparing(Claim::claimId);

    private final PolicyCatalog policies;
    private final ContractBook contracts;
    private final AvailabilityLedger ledger;
    private final Set<ContractMonth> verifiedBefore;

    /**
     * @param verifiedBefore contract-months on which an earlier run already let a claim past rules 1-4
     */
    public ClaimAdjudicator(
            PolicyCatalog policies, ContractBook contracts, AvailabilityLedger ledger, Set<ContractMonth> verifiedBefore) {
        this.policies = policies;
        this.contracts = contracts;
        this.ledger = ledger;
        this.verifiedBefore = Set.copyOf(verifiedBefore);
    }

    /** Decides every claim whose service month ended before {@code asOf}; the others wait. */
    public Adjudication decide(Collection<Claim> claims, LocalDate asOf) {
        List<Claim> ordered = claims.stream().sorted(DECISION_ORDER).toList();
        Set<ContractMonth> verified = new HashSet<>(verifiedBefore);
        List<ClaimDecision> decisions = new ArrayList<>();
        List<Claim> pending = new ArrayList<>();
        for (Claim claim : ordered) {
            if (!isMonthClosed(claim, asOf)) {
                pending.add(claim);
            } else {
                decisions.add(decideOne(claim, verified));
            }
        }
        return new Adjudication(decisions, pending);
    }

    /** A month is closed once its last day is before the run's date. */
    public static boolean isMonthClosed(Claim claim, LocalDate asOf) {
        return claim.serviceMonth().atEndOfMonth().isBefore(asOf);
    }

    private ClaimDecision decideOne(Claim claim, Set<ContractMonth> verified) {
        Optional<Contract> found = contracts.find(claim.contractId());
        if (found.isEmpty()) {
            return ClaimDecision.rejected(claim, found, Reason.UNKNOWN_CONTRACT);
        }
        Contract contract = found.get();
        if (!claim.channel().isWritten()) {
            return ClaimDecision.rejected(claim, found, Reason.NOT_IN_WRITING);
        }
        PolicyPack policy = policies.require(contract.policyId());
        if (!claim.receivedAt().isBefore(policy.claimDeadline(claim.serviceMonth()))) {
            return ClaimDecision.rejected(claim, found, Reason.LATE);
        }
        if (!contract.coversAnyDayOf(claim.serviceMonth())) {
            return ClaimDecision.rejected(claim, found, Reason.NOT_COVERED);
        }
        if (!verified.add(claim.contractMonth())) {
            return ClaimDecision.rejected(claim, found, Reason.DUPLICATE);
        }
        return verify(claim, contract, policy);
    }

    private ClaimDecision verify(Claim claim, Contract contract, PolicyPack policy) {
        Availability availability = ledger.availabilityOf(contract, policy, claim.serviceMonth());
        CreditSchedule schedule = policy.scheduleFor(contract.edition());
        CreditAssessment assessment = schedule.assess(availability);
        Optional<Availability> measured = Optional.of(availability);
        Optional<BigDecimal> guarantee = Optional.of(schedule.guaranteePercent());
        Optional<Contract> party = Optional.of(contract);

        if (assessment.kind() == CreditAssessment.Kind.NO_CREDIT) {
            return new ClaimDecision(claim, party, Outcome.REJECTED, Reason.NO_CREDIT_DUE, measured, guarantee,
                    Optional.empty(), Optional.empty(), Termination.refused(claim), Optional.empty());
        }
        BigDecimal percent = assessment.creditPercent().orElseThrow();
        boolean breach = assessment.kind() == CreditAssessment.Kind.MATERIAL_BREACH;
        if (breach && claim.terminationElected()) {
            LocalDate lastDay = claim.receivedAt().atZone(policy.zone()).toLocalDate();
            Money refund = TerminationRefund.of(contracts.invoicesOf(contract.contractId()), lastDay, contract.currency());
            contracts.terminate(contract.contractId(), lastDay);
            return new ClaimDecision(claim, party, Outcome.TERMINATION_REFUND, Reason.MATERIAL_BREACH, measured,
                    guarantee, Optional.empty(), Optional.of(refund), Termination.GRANTED, Optional.of(lastDay));
        }
        Money credit = Money.monthlyCredit(contract.annualFee(), percent, contract.currency());
        return new ClaimDecision(claim, party, Outcome.CREDIT, breach ? Reason.MATERIAL_BREACH : Reason.TIER, measured,
                guarantee, Optional.of(percent), Optional.of(credit), Termination.refused(claim), Optional.empty());
    }
}
