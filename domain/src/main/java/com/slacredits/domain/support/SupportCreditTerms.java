package com.slacredits.domain.support;

import com.slacredits.domain.Percent;
import java.math.BigDecimal;

/**
 * What a pack pays for missed support targets ({@code support.credit}, support SLAs, section 6), both as
 * percentages of the period's fee base.
 *
 * @param perMiss for each missed clock of a ticket
 * @param cap the most that one contract's support credits of one period reach, over all runs
 */
public record SupportCreditTerms(BigDecimal perMiss, BigDecimal cap) {

    public SupportCreditTerms {
        Percent.require("perMiss", perMiss);
        Percent.require("cap", cap);
    }
}
