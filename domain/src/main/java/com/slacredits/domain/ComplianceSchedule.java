package com.slacredits.domain;

import java.math.BigDecimal;

/** {@code NONE}: compliance reporting only, met or missed against the guarantee, never money. */
public record ComplianceSchedule() implements CreditSchedule {

    @Override
    public CreditAssessment assess(Availability availability, BigDecimal guaranteePercent) {
        return CreditAssessment.compliance(availability.isAtLeast(guaranteePercent));
    }
}
