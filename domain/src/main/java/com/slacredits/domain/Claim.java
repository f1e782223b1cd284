package com.slacredits.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalLong;

/** A customer's written (or not) claim for an SLA credit for one contract and service month. */
public record Claim(
        String claimId,
        String contractId,
        YearMonth serviceMonth,
        Instant receivedAt,
        Channel channel,
        OptionalLong claimedDowntimeMinutes,
        boolean terminationElected) {

    public Claim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(serviceMonth, "serviceMonth");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(claimedDowntimeMinutes, "claimedDowntimeMinutes");
        if (claimedDowntimeMinutes.isPresent() && claimedDowntimeMinutes.getAsLong() < 0) {
            throw new IllegalArgumentException("claimed downtime of " + claimId + " is negative");
        }
    }

    public ContractMonth contractMonth() {
        return new ContractMonth(contractId, serviceMonth);
    }
}
