package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Credit by availability tier (credit rules, section 5).
 *
 * <p>At or above the guarantee: nothing. Below the breach line: material breach, at the highest
 * tier's percentage. Otherwise the first tier, from the top, whose lower bound the availability
 * reaches. Should a pack leave a gap between its lowest tier and its breach line, the gap earns the
 * highest tier's percentage rather than nothing: a customer is never worse off for lower availability.
 */
public record TieredCreditSchedule(BigDecimal guaranteePercent, List<CreditTier> tiers, BigDecimal breachBelowPercent)
        implements CreditSchedule {

    public TieredCreditSchedule {
        Objects.requireNonNull(guaranteePercent, "guaranteePercent");
        Objects.requireNonNull(breachBelowPercent, "breachBelowPercent");
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a tiered schedule needs at least one tier");
        }
        tiers = tiers.stream().sorted(Comparator.comparing(CreditTier::atLeastPercent).reversed()).toList();
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).creditPercent().compareTo(tiers.get(i - 1).creditPercent()) < 0) {
                throw new IllegalArgumentException("a lower tier must not credit less than a higher one");
            }
        }
        if (tiers.get(0).atLeastPercent().compareTo(guaranteePercent) > 0) {
            throw new IllegalArgumentException("the top tier starts above the guarantee");
        }
        if (breachBelowPercent.compareTo(tiers.get(tiers.size() - 1).atLeastPercent()) > 0) {
            throw new IllegalArgumentException("the breach line lies above the lowest tier");
        }
    }

    public BigDecimal highestCreditPercent() {
        return tiers.get(tiers.size() - 1).creditPercent();
    }

    @Override
    public CreditAssessment assess(Availability availability) {
        if (availability.isAtLeast(guaranteePercent)) {
            return CreditAssessment.noCredit();
        }
        if (!availability.isAtLeast(breachBelowPercent)) {
            return CreditAssessment.materialBreach(highestCreditPercent());
        }
        for (CreditTier tier : tiers) {
            if (availability.isAtLeast(tier.atLeastPercent())) {
                return CreditAssessment.tier(tier.creditPercent());
            }
        }
        return CreditAssessment.tier(highestCreditPercent());
    }
}
