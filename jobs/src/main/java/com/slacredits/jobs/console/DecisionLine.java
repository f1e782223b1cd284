package com.slacredits.jobs.console;

import com.slacredits.domain.ClaimDecision;
import java.math.BigDecimal;

/** One decision as the review table shows it; a value absent from the decision is null. */
public record DecisionLine(String claimId, String contractId, String customerId, String period, String outcome,
        String reason, String policyId, BigDecimal creditPercent, BigDecimal amount, String currency) {

    static DecisionLine of(ClaimDecision decision) {
        return new DecisionLine(decision.claimId(), decision.claim().contractId(),
                decision.customerId().orElse(null), decision.claim().period().toString(), decision.outcome().name(),
                decision.reason().name(), decision.policyId().orElse(null),
                decision.creditPercent().orElse(null),
                decision.amount().map(money -> money.amount()).orElse(null),
                decision.amount().map(money -> money.currency().getCurrencyCode()).orElse(null));
    }
}
