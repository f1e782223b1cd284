package com.slacredits.domain.support;

import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.ServicePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Measures tickets against their targets (support SLAs, section 4). Keeps the hours of each calendar
 * made concrete for a zone and a country, so that a million tickets on a handful of calendars ask the
 * holiday library about each date once.
 */
public final class SupportTimekeeper {

    private final PublicHolidays holidays;
    private final ConcurrentMap<Hours, OpenHours> hours = new ConcurrentHashMap<>();

    public SupportTimekeeper(PublicHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** The ticket as a run with this cut-off knows it: a response or resolution at or after it is absent. */
    public static Ticket knownAt(Ticket ticket, Instant cutOff) {
        return new Ticket(ticket.ticketId(), ticket.contractId(), ticket.priority(), ticket.reportedAt(),
                ticket.respondedAt().filter(at -> at.isBefore(cutOff)),
                ticket.resolvedAt().filter(at -> at.isBefore(cutOff)));
    }

    /**
     * The ticket measured by the run of {@code asOf}, when it is measured in it: its period has ended and
     * every clock with a target is final. Empty while it waits. The caller measures a ticket in the first
     * run that this answers, and never again.
     *
     * @param pauses the ticket's pauses as stored; those starting at or after the cut-off are not known
     * @throws IllegalArgumentException when the priority has no target under the contract's edition
     */
    public Optional<TicketMeasurement> measure(PolicyPack pack, Contract contract, Ticket ticket,
            Collection<TicketPause> pauses, LocalDate asOf) {
        PriorityTargets targets = pack.supportTargets(contract, ticket.priority()).orElseThrow(() ->
                new IllegalArgumentException("ticket " + ticket.ticketId() + " has priority " + ticket.priority()
                        + ", which has no target under edition " + contract.edition() + " of " + pack.id()));
        ServicePeriod period = pack.periodOf(ticket.reportedAt());
        if (!period.hasEndedBefore(asOf)) {
            return Optional.empty();
        }
        Instant cutOff = pack.cutOff(asOf);
        Ticket known = knownAt(ticket, cutOff);
        Optional<TicketClock> response = targets.respond().map(target -> new TicketClock(
                hoursOf(targets.responseCalendar(), contract), known.reportedAt(),
                // A resolution answers the customer too.
                known.respondedAt().or(known::resolvedAt), List.of(), target, cutOff));
        ResolutionStart from = pack.support().orElseThrow().resolutionFrom();
        List<TicketPause> own = pauses.stream().filter(pause -> pause.ticketId().equals(ticket.ticketId())).toList();
        Optional<TicketClock> resolution = targets.resolve().map(target -> new TicketClock(
                hoursOf(targets.resolutionCalendar(), contract),
                from == ResolutionStart.REPORT ? known.reportedAt() : known.respondedAt().orElse(known.reportedAt()),
                known.resolvedAt(), own, target, cutOff));
        if (!response.map(TicketClock::isFinal).orElse(true) || !resolution.map(TicketClock::isFinal).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new TicketMeasurement(known, contract, period,
                response.map(clock -> clock.measured(targets.responseCalendar().name())),
                resolution.map(clock -> clock.measured(targets.resolutionCalendar().name()))));
    }

    /** The calendar's hours for the contract, made once per zone and country. */
    OpenHours hoursOf(BusinessCalendar calendar, Contract contract) {
        if (calendar instanceof WeeklyCalendar weekly) {
            ZoneId zone = weekly.zoneFor(contract);
            Optional<String> country = weekly.countryFor(contract);
            return hours.computeIfAbsent(new Hours(weekly, zone, country),
                    key -> weekly.hoursIn(zone, country, holidays));
        }
        return calendar.hoursFor(contract, holidays);
    }

    private record Hours(WeeklyCalendar calendar, ZoneId zone, Optional<String> country) {
    }
}
