package com.slacredits.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A support ticket a run measured, as a statement shows it (support SLAs, section 5): the row of
 * support.csv the run stored, with what the statement needs to name its calendars in words. Reports
 * cannot see the stored row's own type; the job copies it into this one.
 *
 * @param policyId the pack the ticket was measured under, whose calendars the statement names
 * @param edition the contract's edition, for "Measured under …, Business edition"
 * @param supportZone the contract's support_zone, for a calendar with {@code zone: customer}
 * @param supportCountry the contract's support_country, for a calendar with {@code holidays: customer}
 * @param respondedAt and {@code resolvedAt}: as the run knew them at its cut-off
 * @param response present when the priority has a response target
 * @param resolution present when the priority has a resolution target
 */
public record MeasuredTicket(
        String ticketId,
        String contractId,
        String customerId,
        String period,
        String policyId,
        String edition,
        String priority,
        Instant reportedAt,
        Optional<Instant> respondedAt,
        Optional<Instant> resolvedAt,
        Optional<Clock> response,
        Optional<Clock> resolution,
        Optional<ZoneId> supportZone,
        Optional<String> supportCountry) {

    public MeasuredTicket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(respondedAt, "respondedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(supportZone, "supportZone");
        Objects.requireNonNull(supportCountry, "supportCountry");
        if (response.isEmpty() && resolution.isEmpty()) {
            throw new IllegalArgumentException("ticket " + ticketId + " has no target: it was not measured");
        }
    }

    /**
     * One clock as the run stored it.
     *
     * @param calendar the name of the calendar it counted on, {@code ALWAYS} included
     * @param minutes elapsed open time in whole minutes, cut down; empty for a clock missed without a stop
     * @param pausedMinutes open time the customer's pauses covered, cut down; zero for the response clock
     * @param met whether the exact elapsed seconds were at most the target
     */
    public record Clock(String calendar, long targetMinutes, Instant due, OptionalLong minutes, long pausedMinutes,
            boolean met) {

        public Clock {
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(minutes, "minutes");
            if (met && minutes.isEmpty()) {
                throw new IllegalArgumentException("a clock without a stop cannot be met");
            }
        }

        /** Whether the clock stopped before the cut-off: its elapsed time is known. */
        public boolean stopped() {
            return minutes.isPresent();
        }
    }
}
