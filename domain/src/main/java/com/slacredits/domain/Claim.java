package com.slacredits.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A customer's written (or not) claim for an SLA credit for one contract and period, or the claim the
 * run makes itself for a period of an automatic pack.
 *
 * @param period the month or quarter the claim names, whatever kind the contract's pack measures
 */
public record Claim(
        String claimId,
        String contractId,
        ServicePeriod period,
        Instant receivedAt,
        Channel channel,
        OptionalLong claimedDowntimeMinutes,
        boolean terminationElected) {

    /** Claim ids starting with this are the run's own: a customer's claim may not use it. */
    public static final String AUTOMATIC_PREFIX = "AUTO-";

    public Claim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(claimedDowntimeMinutes, "claimedDowntimeMinutes");
        if (claimedDowntimeMinutes.isPresent() && claimedDowntimeMinutes.getAsLong() < 0) {
            throw new IllegalArgumentException("claimed downtime of " + claimId + " is negative");
        }
    }

    /**
     * The run's own claim for a period of an automatic pack (policy packs, section 4), as if received
     * when the period ended: id {@code AUTO-<contract_id>-<period>}, channel {@code SYSTEM}.
     */
    public static Claim automatic(Contract contract, ServicePeriod period, PolicyPack pack) {
        return new Claim(automaticId(contract.contractId(), period), contract.contractId(), period,
                pack.slotsOf(period).endInstant(), Channel.SYSTEM, OptionalLong.empty(), false);
    }

    /** The id of the run's own claim for a contract's period: {@code AUTO-K-7-2026-10}. */
    public static String automaticId(String contractId, ServicePeriod period) {
        return AUTOMATIC_PREFIX + contractId + "-" + period;
    }

    public boolean isAutomatic() {
        return channel == Channel.SYSTEM;
    }

    public ContractPeriod contractPeriod() {
        return new ContractPeriod(contractId, period);
    }
}
