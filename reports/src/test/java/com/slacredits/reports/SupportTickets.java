package com.slacredits.reports;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.BusinessCalendar;
import com.slacredits.domain.support.PriorityTargets;
import com.slacredits.domain.support.ResolutionStart;
import com.slacredits.domain.support.SupportCreditTerms;
import com.slacredits.domain.support.SupportTerms;
import com.slacredits.domain.support.WeeklyCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Support tickets as a statement gets them, on a pack built in Java like the example's
 * zeeland-ferries-2026 (examples/support-2026): calendar {@code harbour} in Europe/Amsterdam, Monday to
 * Friday 08:00–18:00, Dutch public holidays and two closed days, and {@code customer}, the contract's
 * own zone and country; the tickets are the example's, as run 1 stored them.
 */
final class SupportTickets {

    static final String PACK = "harbour-support-2026";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalDate RUN_1 = LocalDate.of(2026, 11, 5);

    static final WeeklyCalendar HARBOUR = new WeeklyCalendar("harbour", Optional.of(AMSTERDAM),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0),
            Optional.of("NL"), false, Set.of(LocalDate.of(2026, 10, 16), LocalDate.of(2026, 12, 24)));
    static final WeeklyCalendar CUSTOMER = new WeeklyCalendar("customer", Optional.empty(),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
            Optional.empty(), true, Set.of());

    static final Contract K_Z1 = October2026.contract("K-Z1", "CU-7", "Zeeland Ferries B.V.", "BUSINESS",
            "zf-booking", "10000.00", October2026.EUR, "2025-04-01", PACK);

    /** The test packs of the statements, and this one. */
    static final PolicyCatalog CATALOG;
    static final SupportWording WORDING;

    static {
        List<PolicyPack> packs = new java.util.ArrayList<>(Packs.CATALOG.packs());
        packs.add(pack());
        CATALOG = new PolicyCatalog(packs);
        WORDING = new SupportWording(CATALOG);
    }

    private SupportTickets() {
    }

    /** P1 on ALWAYS, P2 responded on ALWAYS and resolved on harbour, P3 on harbour, P4 on the customer's hours. */
    static PolicyPack pack() {
        PolicyPack base = Packs.standard2024();
        Map<String, PriorityTargets> targets = new LinkedHashMap<>();
        targets.put("P1", targets("PT30M", "PT4H", BusinessCalendar.ALWAYS, null));
        targets.put("P2", targets("PT1H", "PT8H", BusinessCalendar.ALWAYS, HARBOUR));
        targets.put("P3", targets("PT4H", "PT16H", HARBOUR, null));
        targets.put("P4", targets("PT2H", "PT16H", CUSTOMER, null));
        Map<String, EditionTerms> editions = new LinkedHashMap<>();
        editions.put("BUSINESS", base.edition("ENTERPRISE").orElseThrow().withSupport(targets));
        Map<String, WeeklyCalendar> calendars = new LinkedHashMap<>();
        calendars.put("harbour", HARBOUR);
        calendars.put("customer", CUSTOMER);
        return new PolicyPack(PACK, "Harbour Support SLA 2026", AMSTERDAM, base.period(), 5, base.excuseRule(),
                base.claims(), base.claimWindow(), editions,
                Optional.of(new SupportTerms(List.of("P1", "P2", "P3", "P4"), ResolutionStart.RESPONSE,
                        Optional.of(new SupportCreditTerms(new BigDecimal("5"), new BigDecimal("20"))), calendars)));
    }

    private static PriorityTargets targets(String respond, String resolve, BusinessCalendar calendar,
            BusinessCalendar resolveCalendar) {
        return new PriorityTargets(Optional.ofNullable(respond).map(Duration::parse),
                Optional.ofNullable(resolve).map(Duration::parse), calendar, Optional.ofNullable(resolveCalendar));
    }

    static MeasuredTicket.Clock clock(String calendar, long target, String due, Long minutes, long paused, boolean met) {
        return new MeasuredTicket.Clock(calendar, target, Instant.parse(due),
                minutes == null ? OptionalLong.empty() : OptionalLong.of(minutes), paused, met);
    }

    static MeasuredTicket ticket(String id, String priority, String reported, String responded, String resolved,
            MeasuredTicket.Clock response, MeasuredTicket.Clock resolution) {
        return ticket(id, "K-Z1", "CU-7", priority, reported, responded, resolved, response, resolution,
                Optional.empty(), Optional.empty());
    }

    static MeasuredTicket ticket(String id, String contract, String customer, String priority, String reported,
            String responded, String resolved, MeasuredTicket.Clock response, MeasuredTicket.Clock resolution,
            Optional<ZoneId> supportZone, Optional<String> supportCountry) {
        String period = YearMonth.from(Instant.parse(reported).atZone(AMSTERDAM)).toString();
        return new MeasuredTicket(id, contract, customer, period, PACK, "BUSINESS", priority,
                Instant.parse(reported), Optional.ofNullable(responded).map(Instant::parse),
                Optional.ofNullable(resolved).map(Instant::parse), Optional.ofNullable(response),
                Optional.ofNullable(resolution), supportZone, supportCountry);
    }

    /** Z-01: P3 on harbour; response 300 min missed over Friday 16 October, closed; resolution 900 min met. */
    static final MeasuredTicket Z_01 = ticket("Z-01", "P3", "2026-10-15T12:00:00Z", "2026-10-19T07:00:00Z",
            "2026-10-20T12:00:00Z", clock("harbour", 240, "2026-10-15T16:00:00Z", 300L, 0, false),
            clock("harbour", 960, "2026-10-20T13:00:00Z", 900L, 0, true));
    /** Z-02: P1 around the clock; response 40 min missed; never resolved, past due by the cut-off. */
    static final MeasuredTicket Z_02 = ticket("Z-02", "P1", "2026-10-21T20:10:00Z", "2026-10-21T20:50:00Z", null,
            clock("ALWAYS", 30, "2026-10-21T20:40:00Z", 40L, 0, false),
            clock("ALWAYS", 240, "2026-10-22T01:20:00Z", null, 30, false));
    /** Z-03: P1 resolved without a response, 285 min after the report. */
    static final MeasuredTicket Z_03 = ticket("Z-03", "P1", "2026-10-25T00:30:00Z", null, "2026-10-25T05:15:00Z",
            clock("ALWAYS", 30, "2026-10-25T01:00:00Z", 285L, 0, false),
            clock("ALWAYS", 240, "2026-10-25T04:30:00Z", 285L, 0, false));
    /** Z-04: P2, response around the clock, resolution on harbour. */
    static final MeasuredTicket Z_04 = ticket("Z-04", "P2", "2026-10-31T22:10:00Z", "2026-10-31T23:40:30Z",
            "2026-11-02T14:00:00Z", clock("ALWAYS", 60, "2026-10-31T23:10:00Z", 90L, 0, false),
            clock("harbour", 480, "2026-11-02T15:00:00Z", 420L, 0, true));
    /** S-01 as on harbour: resolution 120 min 30 s shows as 120 and is missed; 75 min paused. */
    static final MeasuredTicket LATE_BY_SECONDS = ticket("Z-09", "P3", "2026-10-09T14:30:00Z", "2026-10-12T07:45:00Z",
            "2026-10-12T11:00:30Z", clock("harbour", 240, "2026-10-12T08:30:00Z", 190L, 0, true),
            clock("harbour", 120, "2026-10-12T11:00:00Z", 120L, 75, false));
    /** U-01: P4 on K-U1's own hours in New York with US holidays. */
    static final MeasuredTicket U_01 = ticket("U-01", "K-U1", "CU-6", "P4", "2026-11-25T20:30:00Z",
            "2026-11-27T14:20:00Z", "2026-11-30T21:00:45Z",
            clock("customer", 120, "2026-11-27T14:30:00Z", 110L, 0, true),
            clock("customer", 960, "2026-11-30T20:30:00Z", 990L, 0, false),
            Optional.of(ZoneId.of("America/New_York")), Optional.of("US"));

    /** Run 1's decisions on K-Z1's October tickets: 5 %, 10 %, what the cap left (5 %), then the cap reached. */
    static final List<ClaimDecision> K_Z1_DECISIONS = List.of(supportCredit(Z_01, "5", "41.67"),
            supportCredit(Z_02, "10", "83.33"), supportCredit(Z_03, "5", "41.67"), capReached(Z_04));

    /** The tickets of run 1 on K-Z1, by ticket id. */
    static final List<MeasuredTicket> K_Z1_TICKETS = List.of(Z_01, Z_02, Z_03, Z_04);

    static ClaimDecision supportCredit(MeasuredTicket ticket, String percent, String amount) {
        return new ClaimDecision(supportClaim(ticket), Optional.of(K_Z1), Outcome.CREDIT, Reason.SUPPORT_MISSED,
                Optional.empty(), Optional.empty(), Optional.of(new BigDecimal(percent)),
                Optional.of(new Money(new BigDecimal(amount), K_Z1.currency())), Optional.of(Settlement.NEXT_INVOICE),
                Termination.NONE, Optional.empty());
    }

    static ClaimDecision capReached(MeasuredTicket ticket) {
        return new ClaimDecision(supportClaim(ticket), Optional.of(K_Z1), Outcome.REJECTED, Reason.CAP_REACHED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Termination.NONE, Optional.empty());
    }

    private static Claim supportClaim(MeasuredTicket ticket) {
        return new Claim("SUP-" + ticket.ticketId(), ticket.contractId(), ServicePeriod.parse(ticket.period()),
                ticket.reportedAt(), Channel.SYSTEM, OptionalLong.empty(), false);
    }

    /** The same ticket with another id, for statements of many. */
    static MeasuredTicket renamed(MeasuredTicket ticket, String id) {
        return new MeasuredTicket(id, ticket.contractId(), ticket.customerId(), ticket.period(), ticket.policyId(),
                ticket.edition(), ticket.priority(), ticket.reportedAt(), ticket.respondedAt(), ticket.resolvedAt(),
                ticket.response(), ticket.resolution(), ticket.supportZone(), ticket.supportCountry());
    }
}
