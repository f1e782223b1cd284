package com.slacredits.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice adjustment a decision posts: what the customer gets, always positive.
 *
 * <p>Its id is derived from the claim alone, so deciding, re-running or resuming can never post
 * the same claim's money under two ids.
 */
public record Adjustment(
        String adjustmentId,
        String claimId,
        String contractId,
        String customerId,
        YearMonth serviceMonth,
        AdjustmentKind kind,
        Money amount) {

    public Adjustment {
        Objects.requireNonNull(adjustmentId, "adjustmentId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException("an adjustment is what the customer gets: never negative");
        }
    }

    public static String idFor(String claimId) {
        return "ADJ-" + claimId;
    }

    public Settlement settlement() {
        return kind.settlement();
    }

    static Optional<Adjustment> forDecision(ClaimDecision decision) {
        AdjustmentKind kind = switch (decision.outcome()) {
            case CREDIT -> AdjustmentKind.SLA_CREDIT;
            case TERMINATION_REFUND -> AdjustmentKind.TERMINATION_REFUND;
            case REJECTED -> null;
        };
        // An adjustment is what the customer gets: a refund with no invoice days left to pay back
        // is decided and shown, but posts nothing.
        if (kind == null || decision.amount().orElseThrow().amount().signum() == 0) {
            return Optional.empty();
        }
        Contract contract = decision.contract().orElseThrow();
        Claim claim = decision.claim();
        return Optional.of(new Adjustment(idFor(claim.claimId()), claim.claimId(), contract.contractId(),
                contract.customerId(), claim.serviceMonth(), kind, decision.amount().orElseThrow()));
    }
}
