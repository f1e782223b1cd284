package com.slacredits.jobs.console;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Settlement;
import com.slacredits.reports.AmountFormat;
import java.math.BigDecimal;

/**
 * One decision as the review table shows it; a value absent from the decision is null.
 *
 * @param shown the amount as the statement writes it ({@link AmountFormat}), and {@code settlement} how
 *              it reaches the customer: a credit on the next invoice or a cash refund
 */
public record DecisionLine(String claimId, String contractId, String customerId, String period, String outcome,
        String reason, String policyId, BigDecimal creditPercent, BigDecimal amount, String currency, String shown,
        Settlement settlement) {

    static DecisionLine of(ClaimDecision decision) {
        return new DecisionLine(decision.claimId(), decision.claim().contractId(),
                decision.customerId().orElse(null), decision.claim().period().toString(), decision.outcome().name(),
                decision.reason().name(), decision.policyId().orElse(null),
                decision.creditPercent().orElse(null),
                decision.amount().map(money -> money.amount()).orElse(null),
                decision.amount().map(money -> money.currency().getCurrencyCode()).orElse(null),
                decision.amount().map(AmountFormat::of).orElse(null), decision.settlement().orElse(null));
    }

    /** How the amount is paid, in words: {@code credit} on the next invoice or {@code cash refund}; null for none. */
    public String settledAs() {
        if (settlement == null || amount == null) {
            return null;
        }
        return settlement == Settlement.REFUND ? "cash refund" : "credit";
    }
}
