package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code DOWNTIME_TIERS} (policy packs, section 3): the credit follows the counted downtime {@code U},
 * once availability is below the guarantee. No termination is ever granted under it.
 *
 * @param tiers from the least downtime up, each starting where the one before ends
 */
public record DowntimeTierSchedule(List<DowntimeTier> tiers) implements CreditSchedule {

    public DowntimeTierSchedule {
        tiers = List.copyOf(tiers);
        if (tiers.isEmpty()) {
            throw new PackDefinitionException("tiers", "needs at least one row");
        }
        for (int i = 0; i < tiers.size(); i++) {
            DowntimeTier row = tiers.get(i);
            boolean last = i == tiers.size() - 1;
            if (last && row.upToMinutes().isPresent()) {
                throw new PackDefinitionException("tiers", "the last row must have no upTo");
            }
            if (!last && row.upToMinutes().isEmpty()) {
                throw new PackDefinitionException("tiers", "row " + (i + 1) + " needs an upTo: only the last row is open");
            }
            if (i > 0 && row.aboveMinutes() != tiers.get(i - 1).upToMinutes().getAsLong()) {
                long previous = tiers.get(i - 1).upToMinutes().getAsLong();
                throw new PackDefinitionException("tiers", "row " + (i + 1) + " starts above " + row.aboveMinutes()
                        + " but the row before ends at " + previous + ": "
                        + (row.aboveMinutes() > previous ? "a gap" : "an overlap"));
            }
        }
    }

    @Override
    public CreditAssessment assess(Availability availability, BigDecimal guaranteePercent) {
        if (availability.isAtLeast(guaranteePercent)) {
            return CreditAssessment.noCreditDue();
        }
        for (DowntimeTier tier : tiers) {
            if (tier.holds(availability.downtimeSlots())) {
                return CreditAssessment.tier(tier.creditPercent());
            }
        }
        return CreditAssessment.noCreditDue();
    }
}
