package com.slacredits.writers.csv;

import static com.slacredits.writers.csv.Cells.NOT_APPLICABLE;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Money;
import com.slacredits.domain.PolicyCatalog;
import java.util.List;
import java.util.Optional;

/** One row of {@code decisions.csv} (files.md, "Output files"). */
public final class DecisionRow implements OutputFormat<ClaimDecision> {

    public static final String FILE_NAME = "decisions.csv";

    public static final List<String> HEADER = List.of(
            "claim_id",
            "contract_id",
            "customer_id",
            "service_month",
            "outcome",
            "reason",
            "availability_pct",
            "guarantee_pct",
            "credit_pct",
            "claimed_downtime_minutes",
            "verified_downtime_minutes",
            "excused_minutes",
            "amount",
            "currency",
            "termination",
            "settlement",
            "period",
            "policy",
            "channel");

    private final PolicyCatalog policies;

    /** @param policies the packs, whose period kinds decide whether a row has a service month */
    public DecisionRow(PolicyCatalog policies) {
        this.policies = policies;
    }

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    /**
     * The contract id is the claim's, so an {@code UNKNOWN_CONTRACT} row still shows what the
     * customer named. Slots are one minute each, so {@code U} and {@code E} are the minutes. The
     * service month is the claim's month under a monthly pack, and empty for a quarter (policy packs,
     * section 6).
     */
    @Override
    public String[] cells(ClaimDecision decision) {
        Claim claim = decision.claim();
        Optional<Availability> verified = decision.availability();
        Optional<Money> amount = decision.amount();
        return new String[] {
            claim.claimId(),
            claim.contractId(),
            decision.customerId().orElse(NOT_APPLICABLE),
            decision.serviceMonth(policies).map(Cells::month).orElse(NOT_APPLICABLE),
            decision.outcome().name(),
            decision.reason().name(),
            verified.map(availability -> Cells.percent(availability.percentShown())).orElse(NOT_APPLICABLE),
            decision.guaranteePercent().map(Cells::percent).orElse(NOT_APPLICABLE),
            decision.creditPercent().map(Cells::percent).orElse(NOT_APPLICABLE),
            Cells.count(claim.claimedDowntimeMinutes()),
            verified.map(availability -> Cells.count(availability.downtimeSlots())).orElse(NOT_APPLICABLE),
            verified.map(availability -> Cells.count(availability.excusedSlots())).orElse(NOT_APPLICABLE),
            amount.map(Money::plain).orElse(NOT_APPLICABLE),
            amount.map(money -> money.currency().getCurrencyCode()).orElse(NOT_APPLICABLE),
            decision.termination().name(),
            decision.settlement().map(Enum::name).orElse(NOT_APPLICABLE),
            claim.period().toString(),
            decision.policyId().orElse(NOT_APPLICABLE),
            claim.channel().name()
        };
    }
}
