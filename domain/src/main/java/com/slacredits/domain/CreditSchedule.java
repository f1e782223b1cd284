package com.slacredits.domain;

import java.math.BigDecimal;

/**
 * How one edition of a pack turns measured availability into a decision (policy packs, section 3):
 * {@link AvailabilityTierSchedule}, {@link DowntimeTierSchedule} or {@link ComplianceSchedule}.
 *
 * <p>The guarantee is given, not held, because an edition may take it from each contract.
 * Availability at or above the guarantee never earns a credit, under any schedule.
 */
public interface CreditSchedule {

    CreditAssessment assess(Availability availability, BigDecimal guaranteePercent);

    /**
     * Fails when this schedule cannot work under {@code guaranteePercent}: an availability table whose
     * top line is not below it.
     *
     * @throws PackDefinitionException naming the key at fault
     */
    default void checkGuarantee(BigDecimal guaranteePercent) {
    }
}
