package com.slacredits.reports;

import com.slacredits.domain.AvailabilityTier;
import com.slacredits.domain.AvailabilityTierSchedule;
import com.slacredits.domain.BreachRemedy;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.ComplianceSchedule;
import com.slacredits.domain.DowntimeTier;
import com.slacredits.domain.DowntimeTierSchedule;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.ExcuseRule;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.WindowCause;
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
 * The policy packs of policy-packs.md, section 7, built in Java: the reports cannot see the YAML the
 * product loads them from (readers). Ids, names and terms are copied from the pack files, so that a
 * statement naming a pack names it as a run would.
 */
final class Packs {

    static final String STANDARD = "standard-2024";
    static final String IOT = "iot-cloud-2022";
    static final String CPAAS = "cpaas-2024";
    static final String PLM = "plm-2022";
    /** The customer's own pack of section 7 (examples/five-packs-2026/policies/northwind-60d.yaml). */
    static final String NORTHWIND = "northwind-60d";
    /** Not in the spec: a quarterly pack with credits, so that a statement speaks of the quarterly fee. */
    static final String QUARTERLY = "harbour-quarterly-2026";

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The built-in packs, the customer's own and the quarterly one: every pack a test contract names. */
    static final PolicyCatalog CATALOG = new PolicyCatalog(List.of(standard2024(), iotCloud2022(), cpaas2024(),
            plm2022(), northwind60d(), quarterly()));

    static final DecisionWording WORDING = new DecisionWording(CATALOG);

    private Packs() {
    }

    /** standard-2024: credit rules, sections 1-8, the tier table of section 5, remedy TERMINATION_REFUND. */
    static PolicyPack standard2024() {
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

    /** iot-cloud-2022: Sofia, monthly, automatic; three editions at 99.9 on one downtime table. */
    static PolicyPack iotCloud2022() {
        DowntimeTierSchedule downtime = new DowntimeTierSchedule(List.of(
                new DowntimeTier(43, OptionalLong.of(480), new BigDecimal("15")),
                new DowntimeTier(480, OptionalLong.of(1440), new BigDecimal("25")),
                new DowntimeTier(1440, OptionalLong.of(4320), new BigDecimal("32")),
                new DowntimeTier(4320, OptionalLong.empty(), new BigDecimal("40"))));
        EditionTerms terms = EditionTerms.fixed("99.9", downtime);
        return new PolicyPack(IOT, "IoT Cloud Platform SLA 2022", SOFIA, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY),
                        Optional.of(Duration.ofHours(48)), OptionalInt.of(60)),
                ClaimsMode.AUTOMATIC, Optional.empty(),
                editions("ENTERPRISE_DASHBOARD", terms, "HOME_APP", terms, "BACKEND_API", terms));
    }

    /** cpaas-2024: Amsterdam, quarterly, automatic, compliance only (schedule NONE). */
    static PolicyPack cpaas2024() {
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

    /** plm-2022: Brussels, monthly, automatic, one edition whose guarantee is the contract's, schedule NONE. */
    static PolicyPack plm2022() {
        return new PolicyPack(PLM, "PLM Platform SLA 2022", BRUSSELS, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.EMERGENCY_MAINTENANCE),
                        Optional.of(Duration.parse("P14D")), OptionalInt.empty()),
                ClaimsMode.AUTOMATIC, Optional.empty(),
                editions("PLATFORM", EditionTerms.fromContract(new ComplianceSchedule())));
    }

    /** The customer's own pack: monthly, P60D, 99.5, 10 % from 99, 25 % from 95, breach 100 % with remedy CREDIT. */
    static PolicyPack northwind60d() {
        return new PolicyPack(NORTHWIND, "Northwind Hosting SLA", AMSTERDAM, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY, WindowCause.FORCE_MAJEURE,
                        WindowCause.CUSTOMER), Optional.of(Duration.ofHours(48)), OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(60)),
                editions("BUSINESS", EditionTerms.fixed("99.5",
                        availabilityTiers("100", BreachRemedy.CREDIT, "99", "10", "95", "25"))));
    }

    /** Quarterly, claims within P30D, guarantee 99.9: 10 % from 99.5, 20 % from 99, below 99 a 30 % breach. */
    static PolicyPack quarterly() {
        return new PolicyPack(QUARTERLY, "Harbour Quarterly SLA 2026", AMSTERDAM, PeriodKind.QUARTER, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE), Optional.of(Duration.ofHours(48)),
                        OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)),
                editions("BUSINESS", EditionTerms.fixed("99.9",
                        availabilityTiers("30", BreachRemedy.TERMINATION_REFUND, "99.5", "10", "99", "20"))));
    }

    /** {@code atLeast, credit} pairs, highest first. */
    static AvailabilityTierSchedule availabilityTiers(String breachCredit, BreachRemedy remedy, String... rows) {
        List<AvailabilityTier> tiers = new ArrayList<>();
        for (int i = 0; i < rows.length; i += 2) {
            tiers.add(AvailabilityTier.of(rows[i], rows[i + 1]));
        }
        return new AvailabilityTierSchedule(tiers, new BigDecimal(breachCredit), remedy);
    }

    private static Map<String, EditionTerms> editions(Object... pairs) {
        Map<String, EditionTerms> editions = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            editions.put((String) pairs[i], (EditionTerms) pairs[i + 1]);
        }
        return editions;
    }
}
