package com.slacredits.writers.csv;

import com.slacredits.domain.support.ClockMeasurement;
import com.slacredits.domain.support.TicketMeasurement;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A measured ticket as support.csv shows it (support SLAs, section 5), and as the run stores it, so
 * that an export writes the row the run wrote whatever the ticket, contract or pack say later.
 *
 * @param policyId the pack it was measured under: not a column of support.csv, the summary counts by it
 * @param response the response clock's columns, when the priority has a response target
 * @param resolution the resolution clock's columns, when it has a resolution target
 */
public record SupportLine(String ticketId, String contractId, String customerId, String period, String policyId,
        String priority, Instant reportedAt, Optional<Instant> respondedAt, Optional<Instant> resolvedAt,
        Optional<Clock> response, Optional<Clock> resolution) {

    public SupportLine {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(respondedAt, "respondedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(resolution, "resolution");
    }

    /**
     * One clock's columns: its calendar, target, due instant, elapsed and paused minutes cut down, and
     * whether it was met.
     *
     * @param minutes empty for a clock missed without a stop
     * @param pausedMinutes always zero for the response clock
     */
    public record Clock(String calendar, long targetMinutes, Instant due, OptionalLong minutes, long pausedMinutes,
            boolean met) {

        static Clock of(ClockMeasurement clock) {
            return new Clock(clock.calendar(), clock.targetMinutes(), clock.due(), clock.elapsedMinutes(),
                    clock.pausedMinutes(), clock.met());
        }
    }

    public static SupportLine of(TicketMeasurement measured) {
        return new SupportLine(measured.ticketId(), measured.contract().contractId(), measured.contract().customerId(),
                measured.period().toString(), measured.contract().policyId(), measured.ticket().priority(),
                measured.ticket().reportedAt(), measured.ticket().respondedAt(), measured.ticket().resolvedAt(),
                measured.response().map(Clock::of), measured.resolution().map(Clock::of));
    }
}
