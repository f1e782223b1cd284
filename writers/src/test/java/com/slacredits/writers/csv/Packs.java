package com.slacredits.writers.csv;

import com.slacredits.domain.BreachRemedy;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.ExcuseRule;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.WindowCause;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The packs these tests need: the spec's, from the domain's test fixtures (writers cannot see the
 * readers module that loads the YAML), and a quarterly pack with credits. What the output files take
 * from a pack is its id and its period kind.
 */
final class Packs {

    static final String STANDARD = com.slacredits.domain.Packs.STANDARD;
    static final String CPAAS = com.slacredits.domain.Packs.CPAAS;
    static final String PLM = com.slacredits.domain.Packs.PLM;
    /** A customer's own quarterly pack with credits: the built-in quarterly pack never pays. */
    static final String QUARTERLY_CREDITS = "quarterly-credits";

    /** standard-2024, cpaas-2024 (quarterly), plm-2022 and a quarterly pack with credits. */
    static final PolicyCatalog CATALOG = new PolicyCatalog(List.of(com.slacredits.domain.Packs.standard2024(),
            cpaas2024(), plm2022(), quarterlyCredits()));

    private Packs() {
    }

    static PolicyPack cpaas2024() {
        return com.slacredits.domain.Packs.cpaas2024();
    }

    static PolicyPack plm2022() {
        return com.slacredits.domain.Packs.plm2022();
    }

    /** Quarterly, claims within P30D, one edition at 99.9 on the ENTERPRISE table. */
    static PolicyPack quarterlyCredits() {
        return new PolicyPack(QUARTERLY_CREDITS, "Quarterly credits", com.slacredits.domain.Packs.AMSTERDAM,
                PeriodKind.QUARTER, 5,
                new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE), Optional.empty(), OptionalInt.empty()),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)),
                Map.of("BUSINESS", EditionTerms.fixed("99.9", com.slacredits.domain.Packs.availabilityTiers("30",
                        BreachRemedy.TERMINATION_REFUND, "99.8", "10", "98", "20", "97", "30"))));
    }
}
