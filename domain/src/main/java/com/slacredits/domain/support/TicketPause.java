package com.slacredits.domain.support;

import java.time.Instant;
import java.util.Objects;

/** A time the ticket waited for the customer, from its start up to (not including) its end. */
public record TicketPause(String ticketId, Instant startsAt, Instant endsAt) {

    public TicketPause {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
