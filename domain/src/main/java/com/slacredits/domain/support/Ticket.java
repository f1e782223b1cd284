package com.slacredits.domain.support;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A ticket as the support portal exported it, its instants taken to the whole second. */
public record Ticket(
        String ticketId,
        String contractId,
        String priority,
        Instant reportedAt,
        Optional<Instant> respondedAt,
        Optional<Instant> resolvedAt) {

    public Ticket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(respondedAt, "respondedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
