package com.slacredits.domain;

import java.math.BigDecimal;

/**
 * How one edition under one policy pack turns measured availability into a credit.
 *
 * <p>An interface because packs differ in shape: {@code standard-2024} uses availability tiers;
 * later packs may credit by total outage duration instead.
 */
public interface CreditSchedule {

    /** The availability the edition guarantees, in percent. */
    BigDecimal guaranteePercent();

    CreditAssessment assess(Availability availability);
}
