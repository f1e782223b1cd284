package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * {@code AVAILABILITY_TIERS} (credit rules, section 5): below the guarantee, the first row from the top
 * whose line the availability reaches; below the last line, a material breach.
 *
 * @param tiers highest line first, lines strictly decreasing
 * @param breachCreditPercent the credit of a material breach not ended by a termination
 */
public record AvailabilityTierSchedule(List<AvailabilityTier> tiers, BigDecimal breachCreditPercent,
        BreachRemedy remedy) implements CreditSchedule {

    public AvailabilityTierSchedule {
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(remedy, "remedy");
        if (tiers.isEmpty()) {
            throw new PackDefinitionException("tiers", "needs at least one row");
        }
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).atLeastPercent().compareTo(tiers.get(i - 1).atLeastPercent()) >= 0) {
                throw new PackDefinitionException("tiers", "row " + (i + 1) + " (atLeast "
                        + tiers.get(i).atLeastPercent().toPlainString() + ") is not below the row above it: "
                        + "rows go from the highest atLeast down, strictly decreasing");
            }
        }
        // Out of order too: lower availability must never earn a smaller credit.
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).creditPercent().compareTo(tiers.get(i - 1).creditPercent()) < 0) {
                throw new PackDefinitionException("tiers", "row " + (i + 1) + " credits less than the row above it:"
                        + " lower availability must never earn a smaller credit");
            }
        }
        Percent.require("breach.credit", breachCreditPercent);
    }

    @Override
    public CreditAssessment assess(Availability availability, BigDecimal guaranteePercent) {
        if (availability.isAtLeast(guaranteePercent)) {
            return CreditAssessment.noCreditDue();
        }
        for (AvailabilityTier tier : tiers) {
            if (availability.isAtLeast(tier.atLeastPercent())) {
                return CreditAssessment.tier(tier.creditPercent());
            }
        }
        return CreditAssessment.materialBreach(breachCreditPercent, remedy == BreachRemedy.TERMINATION_REFUND);
    }

    /** The first row must lie below the guarantee, or the gap between them would earn nothing defined. */
    @Override
    public void checkGuarantee(BigDecimal guaranteePercent) {
        BigDecimal top = tiers.get(0).atLeastPercent();
        if (top.compareTo(guaranteePercent) >= 0) {
            throw new PackDefinitionException("tiers", "the first atLeast (" + top.toPlainString()
                    + ") must be below the guarantee (" + guaranteePercent.toPlainString() + ")");
        }
    }

    /** The line below which a period is a material breach. */
    public BigDecimal breachBelowPercent() {
        return tiers.get(tiers.size() - 1).atLeastPercent();
    }
}
