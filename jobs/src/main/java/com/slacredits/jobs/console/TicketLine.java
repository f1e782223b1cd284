package com.slacredits.jobs.console;

import com.slacredits.writers.csv.SupportLine;
import java.time.Instant;

/**
 * One measured ticket as the support review shows it: support.csv's row, instants in UTC and minutes as
 * the run stored them; a value the row leaves empty is null.
 *
 * @param response null when the priority has no response target
 * @param resolution null when it has no resolution target
 * @param supportDecision the reason of the ticket's {@code SUP-} decision in the run, null for none
 */
public record TicketLine(String ticketId, String contractId, String customerId, String priority, String period,
        String reportedAt, String respondedAt, String resolvedAt, Clock response, Clock resolution,
        String supportDecision) {

    /**
     * @param minutes elapsed minutes, cut down; null for a clock missed without a stop
     * @param verdict {@code MET} or {@code MISSED}
     */
    public record Clock(String calendar, long targetMinutes, String due, Long minutes, long pausedMinutes,
            String verdict) {

        static Clock of(SupportLine.Clock clock) {
            return new Clock(clock.calendar(), clock.targetMinutes(), clock.due().toString(),
                    clock.minutes().isPresent() ? clock.minutes().getAsLong() : null, clock.pausedMinutes(),
                    clock.met() ? "MET" : "MISSED");
        }
    }

    static TicketLine of(SupportLine line, String supportDecision) {
        return new TicketLine(line.ticketId(), line.contractId(), line.customerId(), line.priority(), line.period(),
                line.reportedAt().toString(), line.respondedAt().map(Instant::toString).orElse(null),
                line.resolvedAt().map(Instant::toString).orElse(null), line.response().map(Clock::of).orElse(null),
                line.resolution().map(Clock::of).orElse(null), supportDecision);
    }

    /** Whether a clock of the ticket was missed. */
    public boolean missed() {
        return response != null && "MISSED".equals(response.verdict())
                || resolution != null && "MISSED".equals(resolution.verdict());
    }
}
