package com.slacredits.reports;

import com.slacredits.domain.BreachRemedy;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.ExcuseRule;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.WindowCause;
import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The packs the statements are tested under: the spec's, from the domain's test fixtures (the reports
 * cannot see the YAML the product loads them from), and one quarterly pack with credits of its own.
 */
final class Packs {

    static final String STANDARD = com.slacredits.domain.Packs.STANDARD;
    static final String IOT = com.slacredits.domain.Packs.IOT;
    static final String CPAAS = com.slacredits.domain.Packs.CPAAS;
    static final String PLM = com.slacredits.domain.Packs.PLM;
    /** The customer's own pack of section 7 (examples/five-packs-2026/policies/northwind-60d.yaml). */
    static final String NORTHWIND = com.slacredits.domain.Packs.NORTHWIND;
    /** Not in the spec: a quarterly pack with credits, so that a statement speaks of the quarterly fee. */
    static final String QUARTERLY = "harbour-quarterly-2026";

    /** The built-in packs, the customer's own and the quarterly one: every pack a test contract names. */
    static final PolicyCatalog CATALOG = new PolicyCatalog(List.of(standard2024(), iotCloud2022(), cpaas2024(),
            plm2022(), northwind60d(), quarterly()));

    static final DecisionWording WORDING = new DecisionWording(CATALOG);

    private Packs() {
    }

    static PolicyPack standard2024() {
        return com.slacredits.domain.Packs.standard2024();
    }

    static PolicyPack iotCloud2022() {
        return com.slacredits.domain.Packs.iotCloud2022();
    }

    static PolicyPack cpaas2024() {
        return com.slacredits.domain.Packs.cpaas2024();
    }

    static PolicyPack plm2022() {
        return com.slacredits.domain.Packs.plm2022();
    }

    static PolicyPack northwind60d() {
        return com.slacredits.domain.Packs.northwind60d();
    }

    /** Quarterly, claims within P30D, guarantee 99.9: 10 % from 99.5, 20 % from 99, below 99 a 30 % breach. */
    static PolicyPack quarterly() {
        return new PolicyPack(QUARTERLY, "Harbour Quarterly SLA 2026", com.slacredits.domain.Packs.AMSTERDAM,
                PeriodKind.QUARTER, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE), Optional.of(Duration.ofHours(48)),
                        OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)),
                Map.of("BUSINESS", EditionTerms.fixed("99.9", com.slacredits.domain.Packs.availabilityTiers("30",
                        BreachRemedy.TERMINATION_REFUND, "99.5", "10", "99", "20"))));
    }
}
