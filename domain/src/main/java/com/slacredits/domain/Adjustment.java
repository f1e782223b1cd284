package com.slacredits.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice adjustment a decision posts: what the customer gets, always positive, linked to the
 * claim it settles.
 *
 * <p>Its id is derived from the claim alone, so deciding, re-running or resuming can never post
 * the same claim's money under two ids.
 *
 * @param invoiceId the invoice it corrects ({@link CorrectedInvoice}), picked when it is posted; empty
 *     before, and for a contract without invoices
 */
public record Adjustment(
        String adjustmentId,
        String claimId,
        String contractId,
        String customerId,
        ServicePeriod period,
        AdjustmentKind kind,
        Money amount,
        Settlement settlement,
        Optional<String> invoiceId) implements LedgerEntry {

    /** An adjustment that names no invoice yet: what a decision posts before the contract's invoices are read. */
    public Adjustment(String adjustmentId, String claimId, String contractId, String customerId, ServicePeriod period,
            AdjustmentKind kind, Money amount, Settlement settlement) {
        this(adjustmentId, claimId, contractId, customerId, period, kind, amount, settlement, Optional.empty());
    }

    public Adjustment {
        Objects.requireNonNull(adjustmentId, "adjustmentId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(invoiceId, "invoiceId");
        if (kind == AdjustmentKind.REVERSAL) {
            // a reversal is a fact of its own (who, when, why), never a posting of a decision
            throw new IllegalArgumentException("a reversal is an AdjustmentReversal, not an adjustment of a decision");
        }
        if (amount.amount().signum() < 0) {
            throw new IllegalArgumentException("an adjustment is what the customer gets: never negative");
        }
    }

    /** An adjustment reverses nothing: it is what a decision posts. */
    @Override
    public Optional<String> reverses() {
        return Optional.empty();
    }

    /**
     * This adjustment naming the invoice it corrects among {@code invoices}, the contract's as the run
     * knows them when it posts; none when the contract has no invoice the rule can pick.
     */
    public Adjustment correcting(Collection<Invoice> invoices) {
        return new Adjustment(adjustmentId, claimId, contractId, customerId, period, kind, amount, settlement,
                CorrectedInvoice.of(invoices, contractId, period).map(Invoice::invoiceId));
    }

    public static String idFor(String claimId) {
        return "ADJ-" + claimId;
    }

    static Optional<Adjustment> forDecision(ClaimDecision decision) {
        AdjustmentKind kind = switch (decision.outcome()) {
            case CREDIT -> decision.reason() == Reason.SUPPORT_MISSED ? AdjustmentKind.SUPPORT_CREDIT
                    : AdjustmentKind.SLA_CREDIT;
            case TERMINATION_REFUND -> AdjustmentKind.TERMINATION_REFUND;
            case REJECTED, COMPLIANCE -> null;
        };
        // An adjustment is what the customer gets: a refund with no invoice days left to pay back
        // is decided and shown, but posts nothing.
        if (kind == null || decision.amount().orElseThrow().amount().signum() == 0) {
            return Optional.empty();
        }
        Contract contract = decision.contract().orElseThrow();
        Claim claim = decision.claim();
        return Optional.of(new Adjustment(idFor(claim.claimId()), claim.claimId(), contract.contractId(),
                contract.customerId(), claim.period(), kind, decision.amount().orElseThrow(),
                decision.settlement().orElseThrow()));
    }
}
