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
 * Decides claims (credit rules, sections 6-8; policy packs, sections 3, 4 and 6).
 *
 * <p>Claims are taken per contract in order of receipt, then id, because an earlier claim can make
 * a later one a duplicate, and a granted termination ends the coverage later claims are checked
 * against. The first rule that fails rejects the claim; a claim that passes them all is verified
 * against the ledger, whatever downtime the customer counted, and assessed by its edition's schedule.
 * The periods of automatic packs are decided the same way, on the run's own claims.
 */
public final class ClaimAdjudicator {

    private static final Comparator<Claim> DECISION_ORDER = Comparator.comparing(Claim::contractId)
            .thenComparing(Claim::receivedAt)
            .thenComparing(Claim::claimId);

    private final PolicyCatalog policies;
    private final ContractBook contracts;
    private final AvailabilityLedger ledger;
    private final Set<ContractPeriod> verifiedBefore;

    /**
     * @param verifiedBefore contract-periods on which an earlier run already let a claim past the eligibility rules
     */
    public ClaimAdjudicator(
            PolicyCatalog policies, ContractBook contracts, AvailabilityLedger ledger, Set<ContractPeriod> verifiedBefore) {
        this.policies = policies;
        this.contracts = contracts;
        this.ledger = ledger;
        this.verifiedBefore = Set.copyOf(verifiedBefore);
    }

    /** Decides every filed claim whose period ended before {@code asOf}; the others wait. */
    public Adjudication decide(Collection<Claim> claims, LocalDate asOf) {
        return decide(claims, List.of(), asOf);
    }

    /**
     * Decides the filed claims, and the automatic periods ({@link AutomaticPeriods}) that have
     * monitoring data; an automatic period without is not decided but reported as a gap.
     */
    public Adjudication decide(Collection<Claim> filed, Collection<ContractPeriod> automatic, LocalDate asOf) {
        List<MonitoringGap> gaps = new ArrayList<>();
        List<Claim> all = new ArrayList<>(filed);
        for (ContractPeriod due : automatic) {
            if (verifiedBefore.contains(due)) {
                continue; // decided by an earlier run: exactly once (policy packs, section 4)
            }
            Contract contract = contracts.find(due.contractId()).orElseThrow(() -> new IllegalArgumentException(
                    "automatic period of unknown contract " + due.contractId()));
            PolicyPack pack = policies.require(contract.policyId());
            if (ledger.hasMonitoringData(contract, pack, due.period())) {
                all.add(Claim.automatic(contract, due.period(), pack));
            } else {
                gaps.add(new MonitoringGap(contract.serviceId(), due.period()));
            }
        }
        Set<ContractPeriod> verified = new HashSet<>(verifiedBefore);
        List<ClaimDecision> decided = new ArrayList<>();
        List<ClaimEvidence> evidence = new ArrayList<>();
        List<Claim> pending = new ArrayList<>();
        for (Claim claim : all.stream().sorted(DECISION_ORDER).toList()) {
            if (!claim.period().hasEndedBefore(asOf)) {
                pending.add(claim);
            } else {
                Optional<ClaimDecision> decision = decideOne(claim, verified, evidence);
                if (decision.isPresent()) {
                    decided.add(decision.get());
                } else {
                    pending.add(claim);
                    contracts.find(claim.contractId())
                            .ifPresent(contract -> gaps.add(new MonitoringGap(contract.serviceId(), claim.period())));
                }
            }
        }
        List<ClaimDecision> settled = decided.stream().map(decision -> settle(decision, asOf)).toList();
        return new Adjudication(settled, pending, gaps, evidence);
    }

    /**
     * The claim's decision, or empty while it waits (section 7): for a good row of a contract known
     * only from rejected rows, so that a data error never becomes a final {@code UNKNOWN_CONTRACT};
     * or, past rules 1-5, for monitoring data of a service with no probe at all in the period, so that
     * it is not verified against nothing, and does not make a later claim for the period its duplicate.
     */
    private Optional<ClaimDecision> decideOne(Claim claim, Set<ContractPeriod> verified,
            List<ClaimEvidence> evidence) {
        if (contracts.isWithheld(claim.contractId())) {
            return Optional.empty();
        }
        ClaimDecision eligibility = eligibility(claim, verified);
        if (eligibility != null) {
            return Optional.of(eligibility);
        }
        Contract contract = contracts.find(claim.contractId()).orElseThrow();
        PolicyPack policy = policies.require(contract.policyId());
        if (!ledger.hasMonitoringData(contract, policy, claim.period())) {
            verified.remove(claim.contractPeriod());
            return Optional.empty();
        }
        Measurement measurement = ledger.measure(contract, policy, claim.period());
        evidence.add(new ClaimEvidence(claim.claimId(), contract.contractId(), measurement.evidence()));
        return Optional.of(verify(claim, contract, policy, measurement.availability()));
    }

    /** The rejection by the first eligibility rule that fails, or null when the claim passes them all. */
    private ClaimDecision eligibility(Claim claim, Set<ContractPeriod> verified) {
        Optional<Contract> found = contracts.find(claim.contractId());
        if (found.isEmpty()) {
            return ClaimDecision.rejected(claim, found, Reason.UNKNOWN_CONTRACT);
        }
        Contract contract = found.get();
        PolicyPack policy = policies.require(contract.policyId());
        if (policy.isAutomatic() && !claim.isAutomatic()) {
            return ClaimDecision.rejected(claim, found, Reason.AUTOMATIC);
        }
        if (!claim.channel().isWritten()) {
            return ClaimDecision.rejected(claim, found, Reason.NOT_IN_WRITING);
        }
        if (!policy.measures(claim.period())) {
            return ClaimDecision.rejected(claim, found, Reason.WRONG_PERIOD);
        }
        if (!claim.isAutomatic() && !claim.receivedAt().isBefore(policy.claimDeadline(claim.period()))) {
            return ClaimDecision.rejected(claim, found, Reason.LATE);
        }
        if (!contract.coversAnyDayOf(claim.period())) {
            return ClaimDecision.rejected(claim, found, Reason.NOT_COVERED);
        }
        if (!verified.add(claim.contractPeriod())) {
            return ClaimDecision.rejected(claim, found, Reason.DUPLICATE);
        }
        return null;
    }

    private ClaimDecision verify(Claim claim, Contract contract, PolicyPack policy, Availability availability) {
        EditionTerms terms = policy.termsOf(contract);
        BigDecimal guaranteePercent = terms.guaranteeOf(contract);
        CreditAssessment assessment = terms.schedule().assess(availability, guaranteePercent);
        Optional<Availability> measured = Optional.of(availability);
        Optional<BigDecimal> guarantee = Optional.of(guaranteePercent);
        Optional<Contract> party = Optional.of(contract);

        // A contract is terminated at most once: the days after the first termination were refunded then.
        if (assessment.terminationAllowed() && claim.terminationElected() && !contract.isTerminated()) {
            LocalDate lastDay = claim.receivedAt().atZone(policy.zone()).toLocalDate();
            Money refund = TerminationRefund.of(contracts.invoicesOf(contract.contractId()), lastDay, contract.currency());
            contracts.terminate(contract.contractId(), lastDay);
            return new ClaimDecision(claim, party, Outcome.TERMINATION_REFUND, Reason.MATERIAL_BREACH, measured,
                    guarantee, Optional.empty(), Optional.of(refund), Optional.of(Settlement.REFUND),
                    Termination.GRANTED, Optional.of(lastDay));
        }
        Optional<Money> credit = assessment.creditPercent().map(percent ->
                Money.periodCredit(contract.annualFee(), percent, policy.period(), contract.currency()));
        // Settled once the contract's claims are all decided: a termination later in the run counts.
        Optional<Settlement> settlement = credit.map(amount -> Settlement.NEXT_INVOICE);
        return new ClaimDecision(claim, party, assessment.outcome(), assessment.reason(), measured, guarantee,
                assessment.creditPercent(), credit, settlement, Termination.refused(claim), Optional.empty());
    }

    /** A credit on a contract whose coverage has ended before the run's date is paid out (section 6). */
    private ClaimDecision settle(ClaimDecision decision, LocalDate asOf) {
        if (decision.outcome() != Outcome.CREDIT) {
            return decision;
        }
        Contract now = contracts.find(decision.claim().contractId()).orElseThrow();
        return now.coverageEndedBefore(asOf) ? decision.settledAs(Settlement.REFUND) : decision;
    }
}
