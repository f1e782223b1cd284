package com.slacredits.domain.support;

import com.slacredits.domain.Contract;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.Packs;
import com.slacredits.domain.PolicyPack;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calendars and a pack with the support section of support-sla.md, section 3, built in Java: the
 * example's targets for ENTERPRISE, and an edition that counts on the customer's own hours.
 */
final class SupportPacks {

    static final String PACK_ID = "support-test";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Europe/Amsterdam, Monday to Friday 09:00-17:00, Dutch public holidays. */
    static final WeeklyCalendar OFFICE = new WeeklyCalendar("office", Optional.of(AMSTERDAM), WEEKDAYS,
            LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.of("NL"), false, Set.of());
    /** iot-cloud-2022's hours: Europe/Sofia, Monday to Friday 08:00-18:00, Bulgarian public holidays. */
    static final WeeklyCalendar SOFIA_OFFICE = new WeeklyCalendar("office", Optional.of(SOFIA), WEEKDAYS,
            LocalTime.of(8, 0), LocalTime.of(18, 0), Optional.of("BG"), false, Set.of());
    /** The customer's own zone and holidays, Monday to Friday 09:00-17:00. */
    static final WeeklyCalendar CUSTOMER = new WeeklyCalendar("customer", Optional.empty(), WEEKDAYS,
            LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.empty(), true, Set.of());

    private SupportPacks() {
    }

    static PolicyPack pack(ResolutionStart resolutionFrom) {
        return pack(resolutionFrom, Optional.empty());
    }

    /**
     * ENTERPRISE as section 3's example: P1 respond and resolve PT1H on ALWAYS, P2 both PT2H on office, P3
     * respond PT1H on ALWAYS and resolve PT8H on office, P4 respond PT4H on office. OWN_HOURS: P2 respond
     * PT4H and resolve PT8H on the customer's hours. MONITORED: standard-2024's ENTERPRISE, no targets.
     */
    static PolicyPack pack(ResolutionStart resolutionFrom, Optional<SupportCreditTerms> credit) {
        PolicyPack standard = Packs.standard2024();
        EditionTerms enterprise = standard.edition("ENTERPRISE").orElseThrow();
        Map<String, PriorityTargets> targets = new LinkedHashMap<>();
        targets.put("P1", targets("PT1H", "PT1H", BusinessCalendar.ALWAYS, null));
        targets.put("P2", targets("PT2H", "PT2H", OFFICE, null));
        targets.put("P3", targets("PT1H", "PT8H", BusinessCalendar.ALWAYS, OFFICE));
        targets.put("P4", targets("PT4H", null, OFFICE, null));
        Map<String, EditionTerms> editions = new LinkedHashMap<>();
        editions.put("ENTERPRISE", enterprise.withSupport(targets));
        editions.put("OWN_HOURS", enterprise.withSupport(Map.of("P2", targets("PT4H", "PT8H", CUSTOMER, null))));
        editions.put("MONITORED", enterprise);
        Map<String, WeeklyCalendar> calendars = new LinkedHashMap<>();
        calendars.put("office", OFFICE);
        calendars.put("customer", CUSTOMER);
        return new PolicyPack(PACK_ID, "Support test SLA", AMSTERDAM, standard.period(), 5, standard.excuseRule(),
                standard.claims(), standard.claimWindow(), editions,
                Optional.of(new SupportTerms(List.of("P1", "P2", "P3", "P4"), resolutionFrom, credit, calendars)));
    }

    static PriorityTargets targets(String respond, String resolve, BusinessCalendar calendar,
            BusinessCalendar resolveCalendar) {
        return new PriorityTargets(Optional.ofNullable(respond).map(Duration::parse),
                Optional.ofNullable(resolve).map(Duration::parse), calendar, Optional.ofNullable(resolveCalendar));
    }

    /** A contract on the test pack from 2024, 12,000.00 EUR a year. */
    static Contract contract(String id, String edition) {
        return contract(id, edition, "12000.00", Optional.empty(), Optional.empty());
    }

    static Contract contract(String id, String edition, String annualFee, Optional<ZoneId> supportZone,
            Optional<String> supportCountry) {
        return new Contract(id, "CU-" + id, "Customer " + id, id + "@example.com", edition, "svc",
                new BigDecimal(annualFee), Currency.getInstance("EUR"), LocalDate.of(2024, 1, 1), Optional.empty(),
                PACK_ID, Optional.empty(), Optional.empty(), supportZone, supportCountry);
    }
}
