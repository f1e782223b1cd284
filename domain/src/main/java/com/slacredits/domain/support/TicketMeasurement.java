package com.slacredits.domain.support;

import com.slacredits.domain.Contract;
import com.slacredits.domain.ServicePeriod;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A ticket measured in a run, once and for good: a row of support.csv (support SLAs, section 5).
 *
 * @param ticket the ticket as the run knew it at its cut-off: a response or resolution at or after it absent
 * @param period the pack's month or quarter in which the ticket was reported, in the pack's zone
 * @param response present when the priority has a response target
 * @param resolution present when the priority has a resolution target
 */
public record TicketMeasurement(
        Ticket ticket,
        Contract contract,
        ServicePeriod period,
        Optional<ClockMeasurement> response,
        Optional<ClockMeasurement> resolution) {

    public TicketMeasurement {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(resolution, "resolution");
        if (response.isEmpty() && resolution.isEmpty()) {
            throw new IllegalArgumentException("ticket " + ticket.ticketId() + " has no target: it is not measured");
        }
    }

    public String ticketId() {
        return ticket.ticketId();
    }

    /** 0, 1 or 2: what a support credit multiplies {@code perMiss} by. */
    public int missedClocks() {
        return (int) Stream.of(response, resolution).flatMap(Optional::stream).filter(ClockMeasurement::missed).count();
    }
}
