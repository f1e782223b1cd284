package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pack promises one edition: a guarantee, fixed or taken from each contract
 * ({@code guarantee: contract}), and the schedule that turns availability into a decision.
 *
 * @param fixedGuarantee empty when every contract of the edition brings its own
 */
public record EditionTerms(Optional<BigDecimal> fixedGuarantee, CreditSchedule schedule) {

    public EditionTerms {
        Objects.requireNonNull(fixedGuarantee, "fixedGuarantee");
        Objects.requireNonNull(schedule, "schedule");
        fixedGuarantee.ifPresent(guarantee -> {
            Percent.require("guarantee", guarantee);
            schedule.checkGuarantee(guarantee);
        });
    }

    public static EditionTerms fixed(String guarantee, CreditSchedule schedule) {
        return new EditionTerms(Optional.of(new BigDecimal(guarantee)), schedule);
    }

    public static EditionTerms fromContract(CreditSchedule schedule) {
        return new EditionTerms(Optional.empty(), schedule);
    }

    public boolean guaranteeFromContract() {
        return fixedGuarantee.isEmpty();
    }

    /**
     * Why a contract's {@code guarantee_pct} does not fit this edition, if it does not: required when
     * the guarantee comes from the contract, forbidden when the pack gives one, and inside (0, 100).
     */
    public Optional<String> problemWith(Optional<BigDecimal> contractGuarantee) {
        if (guaranteeFromContract() && contractGuarantee.isEmpty()) {
            return Optional.of("is required: the pack takes this edition's guarantee from the contract");
        }
        if (!guaranteeFromContract() && contractGuarantee.isPresent()) {
            return Optional.of("must be empty: the pack guarantees " + fixedGuarantee.get().toPlainString()
                    + " for this edition");
        }
        if (contractGuarantee.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal guarantee = contractGuarantee.get();
        if (!Percent.isValid(guarantee) || guarantee.compareTo(BigDecimal.valueOf(100)) == 0) {
            return Optional.of("must lie inside (0, 100), with at most " + Percent.MAX_DECIMALS + " decimals");
        }
        try {
            schedule.checkGuarantee(guarantee);
        } catch (PackDefinitionException e) {
            return Optional.of("must lie above the pack's first tier line: " + e.problem());
        }
        return Optional.empty();
    }

    /** The guarantee a contract of this edition holds; its guarantee_pct was checked when it was read. */
    public BigDecimal guaranteeOf(Contract contract) {
        return fixedGuarantee.or(contract::guaranteePercent).orElseThrow(() -> new IllegalStateException(
                "contract " + contract.contractId() + " has no guarantee_pct, which its edition needs"));
    }
}
