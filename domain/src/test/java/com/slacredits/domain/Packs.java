package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The packs of policy-packs.md, section 7, built in Java: the domain cannot see the YAML the product
 * loads them from. Each value is copied from the spec, not computed, so that a test using them pins
 * the spec's numbers; ids and titles are the pack files'. The one copy of them in Java: the tests of
 * writers and reports take it from this module's test jar.
 */
public final class Packs {

    public static final String STANDARD = "standard-2024";
    public static final String IOT = "iot-cloud-2022";
    public static final String CPAAS = "cpaas-2024";
    public static final String PLM = "plm-2022";
    /** The customer's own pack of section 7 (examples/five-packs-2026/policies/northwind-60d.yaml). */
    public static final String NORTHWIND = "northwind-60d";

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Packs() {
    }

    /** The four built-in packs. */
    public static List<PolicyPack> builtIn() {
        return List.of(standard2024(), iotCloud2022(), cpaas2024(), plm2022());
    }

    /** The built-in packs and the customer's own, as a run with {@code --policies} knows them. */
    public static PolicyCatalog catalog() {
        return new PolicyCatalog(List.of(standard2024(), iotCloud2022(), cpaas2024(), plm2022(), northwind60d()));
    }

    /**
     * {@code standard-2024}: credit rules, sections 1-8. Europe/Amsterdam, monthly, claims within P30D,
     * 48 hours' notice, the four causes, outages from 5 minutes, the tier table of section 5 with
     * {@code remedy: TERMINATION_REFUND}.
     */
    public static PolicyPack standard2024() {
        EditionTerms starter = EditionTerms.fixed("99.8", availabilityTiers("30", BreachRemedy.TERMINATION_REFUND,
                "98", "10", "97", "20", "96", "30"));
        EditionTerms growth = EditionTerms.fixed("99.85", availabilityTiers("30", BreachRemedy.TERMINATION_REFUND,
                "99", "10", "98.5", "20", "96.5", "30"));
        EditionTerms enterprise = EditionTerms.fixed("99.9", availabilityTiers("30", BreachRemedy.TERMINATION_REFUND,
                "99.8", "10", "98", "20", "97", "30"));
        return new PolicyPack(STANDARD, "Standard SLA 2024", AMSTERDAM, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY, WindowCause.FORCE_MAJEURE,
                        WindowCause.CUSTOMER), Optional.of(Duration.ofHours(48)), OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)),
                editions("STARTER", starter, "ESSENTIAL", starter, "GROWTH", growth, "ENTERPRISE", enterprise,
                        "CUSTOM", enterprise));
    }

    /**
     * {@code iot-cloud-2022}: Europe/Sofia, monthly, automatic, outages from 5 minutes; maintenance with
     * 48 hours' notice and only its first 60 minutes, third parties; three editions at 99.9 on one
     * downtime table: above 43 up to 480 minutes 15 %, up to 1,440 25 %, up to 4,320 32 %, above 40 %.
     */
    public static PolicyPack iotCloud2022() {
        DowntimeTierSchedule downtime = new DowntimeTierSchedule(List.of(
                downtimeTier(43, 480, "15"),
                downtimeTier(480, 1440, "25"),
                downtimeTier(1440, 4320, "32"),
                new DowntimeTier(4320, OptionalLong.empty(), new BigDecimal("40"))));
        EditionTerms terms = EditionTerms.fixed("99.9", downtime);
        return new PolicyPack(IOT, "IoT Cloud Platform SLA 2022", SOFIA, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY),
                        Optional.of(Duration.ofHours(48)), OptionalInt.of(60)),
                ClaimsMode.AUTOMATIC, Optional.empty(),
                editions("ENTERPRISE_DASHBOARD", terms, "HOME_APP", terms, "BACKEND_API", terms));
    }

    /**
     * {@code cpaas-2024}: Europe/Amsterdam, quarterly, automatic, outages from 1 minute; maintenance and
     * emergency maintenance with no notice, third parties, customers, force majeure and beta; compliance
     * only (schedule NONE) for every edition.
     */
    public static PolicyPack cpaas2024() {
        ComplianceSchedule none = new ComplianceSchedule();
        return new PolicyPack(CPAAS, "CPaaS SLA 2024", AMSTERDAM, PeriodKind.QUARTER, 1,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.EMERGENCY_MAINTENANCE,
                        WindowCause.THIRD_PARTY, WindowCause.CUSTOMER, WindowCause.FORCE_MAJEURE, WindowCause.BETA),
                        Optional.empty(), OptionalInt.empty()),
                ClaimsMode.AUTOMATIC, Optional.empty(),
                editions("BUSINESS_MESSAGING", EditionTerms.fixed("99.99", none),
                        "VOICE", EditionTerms.fixed("99.99", none),
                        "SERVICE_CLOUD", EditionTerms.fixed("99.9", none),
                        "MARKETING_CLOUD", EditionTerms.fixed("99.9", none),
                        "CONVERSATIONAL_AI", EditionTerms.fixed("99.9", none)));
    }

    /**
     * {@code plm-2022}: Europe/Brussels, monthly, automatic, outages from 5 minutes; maintenance announced
     * 14 days (P14D) ahead and emergency maintenance with no notice; one edition, PLATFORM, whose
     * guarantee is the contract's, schedule NONE.
     */
    public static PolicyPack plm2022() {
        return new PolicyPack(PLM, "PLM Platform SLA 2022", BRUSSELS, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.EMERGENCY_MAINTENANCE),
                        Optional.of(Duration.parse("P14D")), OptionalInt.empty()),
                ClaimsMode.AUTOMATIC, Optional.empty(),
                editions("PLATFORM", EditionTerms.fromContract(new ComplianceSchedule())));
    }

    /**
     * The customer's own pack of section 7: monthly, claims within P60D, guarantee 99.5, 10 % from 99 up
     * to 99.5, 25 % from 95 up to 99, below 95 a breach credit of 100 % with {@code remedy: CREDIT}. Zone,
     * causes, notice and minimum outage as its file in examples/five-packs-2026.
     */
    public static PolicyPack northwind60d() {
        return new PolicyPack(NORTHWIND, "Northwind Hosting SLA", AMSTERDAM, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY, WindowCause.FORCE_MAJEURE,
                        WindowCause.CUSTOMER), Optional.of(Duration.ofHours(48)), OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(60)),
                editions("BUSINESS", EditionTerms.fixed("99.5",
                        availabilityTiers("100", BreachRemedy.CREDIT, "99", "10", "95", "25"))));
    }

    /** {@code atLeast, credit} pairs, highest first. */
    public static AvailabilityTierSchedule availabilityTiers(String breachCredit, BreachRemedy remedy, String... rows) {
        List<AvailabilityTier> tiers = new ArrayList<>();
        for (int i = 0; i < rows.length; i += 2) {
            tiers.add(AvailabilityTier.of(rows[i], rows[i + 1]));
        }
        return new AvailabilityTierSchedule(tiers, new BigDecimal(breachCredit), remedy);
    }

    public static DowntimeTier downtimeTier(long above, long upTo, String credit) {
        return new DowntimeTier(above, OptionalLong.of(upTo), new BigDecimal(credit));
    }

    /** A pack like {@code base} under another id, zone, period and claims mode. */
    public static PolicyPack variant(PolicyPack base, String id, ZoneId zone, PeriodKind period, ClaimsMode claims,
            Optional<Period> claimWindow) {
        return new PolicyPack(id, base.name(), zone, period, base.minOutageMinutes(), base.excuseRule(), claims,
                claimWindow, base.editions(), base.support());
    }

    private static Map<String, EditionTerms> editions(Object... pairs) {
        Map<String, EditionTerms> editions = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            editions.put((String) pairs[i], (EditionTerms) pairs[i + 1]);
        }
        return editions;
    }
}
