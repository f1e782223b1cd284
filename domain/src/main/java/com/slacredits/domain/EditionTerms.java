package com.slacredits.domain;

import com.slacredits.domain.support.PriorityTargets;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pack promises one edition: a guarantee, fixed or taken from each contract
 * ({@code guarantee: contract}), the schedule that turns availability into a decision, and its support
 * targets by priority (support SLAs, section 3).
 *
 * @param fixedGuarantee empty when every contract of the edition brings its own
 * @param support the targets of each priority the edition maps; a priority it does not map has none
 */
public record EditionTerms(Optional<BigDecimal> fixedGuarantee, CreditSchedule schedule,
        Map<String, PriorityTargets> support) {

    public EditionTerms {
        Objects.requireNonNull(fixedGuarantee, "fixedGuarantee");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(support, "support");
        fixedGuarantee.ifPresent(guarantee -> {
            Percent.require("guarantee", guarantee);
            schedule.checkGuarantee(guarantee);
        });
        support = Collections.unmodifiableMap(new LinkedHashMap<>(support));
    }

    /** An edition without support targets. */
    public EditionTerms(Optional<BigDecimal> fixedGuarantee, CreditSchedule schedule) {
        this(fixedGuarantee, schedule, Map.of());
    }

    /** The same guarantee and schedule with these support targets. */
    public EditionTerms withSupport(Map<String, PriorityTargets> targets) {
        return new EditionTerms(fixedGuarantee, schedule, targets);
    }

    /** The targets of a priority; empty when the edition does not map it. */
    public Optional<PriorityTargets> supportTargets(String priority) {
        return Optional.ofNullable(support.get(priority));
    }

    /** Whether a target counts on the customer's own zone: a contract of the edition then needs a support_zone. */
    public boolean needsSupportZone() {
        return support.values().stream().anyMatch(PriorityTargets::usesCustomerZone);
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
