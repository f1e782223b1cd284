package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * How one claim was decided: one row of {@code decisions.csv}, and what a statement explains.
 *
 * @param contract empty only for {@code UNKNOWN_CONTRACT}
 * @param availability present for verified claims
 * @param guaranteePercent present for verified claims
 * @param creditPercent present for {@code CREDIT}
 * @param amount present for {@code CREDIT} and {@code TERMINATION_REFUND}
 * @param settlement present with the amount
 * @param terminationEffective the last covered day, for a granted termination
 */
public record ClaimDecision(
        Claim claim,
        Optional<Contract> contract,
        Outcome outcome,
        Reason reason,
        Optional<Availability> availability,
        Optional<BigDecimal> guaranteePercent,
        Optional<BigDecimal> creditPercent,
        Optional<Money> amount,
        Optional<Settlement> settlement,
        Termination termination,
        Optional<LocalDate> terminationEffective) {

    public ClaimDecision {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(guaranteePercent, "guaranteePercent");
        Objects.requireNonNull(creditPercent, "creditPercent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(termination, "termination");
        Objects.requireNonNull(terminationEffective, "terminationEffective");
        if (outcome.carriesMoney() != amount.isPresent() || amount.isPresent() != settlement.isPresent()) {
            throw new IllegalArgumentException("claim " + claim.claimId() + ": an amount and its settlement go with a"
                    + " credit or refund, and only then");
        }
    }

    static ClaimDecision rejected(Claim claim, Optional<Contract> contract, Reason reason) {
        return new ClaimDecision(claim, contract, Outcome.REJECTED, reason, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Termination.refused(claim), Optional.empty());
    }

    public String claimId() {
        return claim.claimId();
    }

    public Optional<String> customerId() {
        return contract.map(Contract::customerId);
    }

    /** The pack the decision was made under; empty for {@code UNKNOWN_CONTRACT}. */
    public Optional<String> policyId() {
        return contract.map(Contract::policyId);
    }

    /**
     * The {@code service_month} of the outputs: the claim's month, except under a quarterly pack, where
     * it is empty whatever the claim named (policy packs, section 8).
     */
    public Optional<YearMonth> serviceMonth(PolicyCatalog policies) {
        boolean quarterly = policyId().flatMap(policies::find)
                .map(pack -> pack.period() == PeriodKind.QUARTER)
                .orElse(false);
        return quarterly ? Optional.empty() : claim.period().month();
    }

    /** This decision, settled as {@code settlement}. */
    ClaimDecision settledAs(Settlement settlement) {
        return new ClaimDecision(claim, contract, outcome, reason, availability, guaranteePercent, creditPercent,
                amount, Optional.of(settlement), termination, terminationEffective);
    }

    /** The invoice adjustment this decision posts, if any. */
    public Optional<Adjustment> adjustment() {
        return Adjustment.forDecision(this);
    }
}
