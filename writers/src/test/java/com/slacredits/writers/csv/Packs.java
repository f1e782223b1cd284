package com.slacredits.writers.csv;

import com.slacredits.domain.AvailabilityTier;
import com.slacredits.domain.AvailabilityTierSchedule;
import com.slacredits.domain.BreachRemedy;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.ComplianceSchedule;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The packs these tests need, built in Java from policy-packs.md, section 7: writers cannot see the
 * readers module that loads the YAML. What the output files take from a pack is its id and its period
 * kind; the rest is copied from the spec so that the packs are the real ones.
 */
final class Packs {

    static final String STANDARD = "standard-2024";
    static final String CPAAS = "cpaas-2024";
    static final String PLM = "plm-2022";
    /** A customer's own quarterly pack with credits: the built-in quarterly pack never pays. */
    static final String QUARTERLY_CREDITS = "quarterly-credits";

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** standard-2024, cpaas-2024 (quarterly), plm-2022 and a quarterly pack with credits. */
    static final PolicyCatalog CATALOG =
            new PolicyCatalog(List.of(standard2024(), cpaas2024(), plm2022(), quarterlyCredits()));

    private Packs() {
    }

    static PolicyPack standard2024() {
        EditionTerms starter = EditionTerms.fixed("99.8", tiers("98", "10", "97", "20", "96", "30"));
        EditionTerms growth = EditionTerms.fixed("99.85", tiers("99", "10", "98.5", "20", "96.5", "30"));
        EditionTerms enterprise = EditionTerms.fixed("99.9", tiers("99.8", "10", "98", "20", "97", "30"));
        return new PolicyPack(STANDARD, "Standard SLA 2024", AMSTERDAM, PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY, WindowCause.FORCE_MAJEURE,
                        WindowCause.CUSTOMER), Optional.of(Duration.ofHours(48)), OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)),
                editions("STARTER", starter, "ESSENTIAL", starter, "GROWTH", growth, "ENTERPRISE", enterprise,
                        "CUSTOM", enterprise));
    }

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

    static PolicyPack plm2022() {
        return new PolicyPack(PLM, "PLM Platform SLA 2022", ZoneId.of("Europe/Brussels"), PeriodKind.MONTH, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.EMERGENCY_MAINTENANCE),
                        Optional.of(Duration.parse("P14D")), OptionalInt.empty()),
                ClaimsMode.AUTOMATIC, Optional.empty(),
                editions("PLATFORM", EditionTerms.fromContract(new ComplianceSchedule())));
    }

    /** Quarterly, claims within P30D, one edition at 99.9 on the ENTERPRISE table. */
    static PolicyPack quarterlyCredits() {
        return new PolicyPack(QUARTERLY_CREDITS, "Quarterly credits", AMSTERDAM, PeriodKind.QUARTER, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE), Optional.empty(), OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)),
                editions("BUSINESS", EditionTerms.fixed("99.9", tiers("99.8", "10", "98", "20", "97", "30"))));
    }

    /** {@code atLeast, credit} pairs, highest first; a breach credit of 30 with a termination refund. */
    private static AvailabilityTierSchedule tiers(String... rows) {
        List<AvailabilityTier> tiers = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i += 2) {
            tiers.add(AvailabilityTier.of(rows[i], rows[i + 1]));
        }
        return new AvailabilityTierSchedule(tiers, new BigDecimal("30"), BreachRemedy.TERMINATION_REFUND);
    }

    private static Map<String, EditionTerms> editions(Object... pairs) {
        Map<String, EditionTerms> editions = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            editions.put((String) pairs[i], (EditionTerms) pairs[i + 1]);
        }
        return editions;
    }
}
