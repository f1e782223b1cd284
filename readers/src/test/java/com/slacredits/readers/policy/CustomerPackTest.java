package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.AvailabilityTierSchedule;
import com.slacredits.domain.BreachRemedy;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.CreditAssessment;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.Reason;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A customer's own pack, the one of policy packs, section 7, added from a --policies folder. */
class CustomerPackTest {

    static final String NORTHWIND = """
            id: northwind-60d
            name: Northwind Hosting SLA
            zone: Europe/Amsterdam
            period: MONTH
            minOutageMinutes: 5
            excusedCauses: [MAINTENANCE, THIRD_PARTY, FORCE_MAJEURE, CUSTOMER]
            maintenanceNotice: PT48H
            claims: REQUIRED
            claimWindow: P60D
            editions:
              BUSINESS:
                guarantee: 99.5
                schedule: AVAILABILITY_TIERS
                tiers:
                  - {atLeast: 99, credit: 10}
                  - {atLeast: 95, credit: 25}
                breach: {credit: 100, remedy: CREDIT}
            """;

    @TempDir
    Path policies;

    private PolicyCatalog catalog;
    private PolicyPack pack;

    @BeforeEach
    void loadTheFolder() throws IOException {
        Files.writeString(policies.resolve("northwind-60d.yaml"), NORTHWIND);
        catalog = PolicyLibrary.load(Optional.of(policies));
        pack = catalog.require("northwind-60d");
    }

    @Test
    void joins_the_five_built_in_packs() {
        assertThat(catalog.packs()).extracting(PolicyPack::id).containsExactly("standard-2024", "iot-cloud-2022",
                "cpaas-2024", "plm-2022", "pricing-saas-2018", "northwind-60d");
    }

    @Test
    void without_a_support_section_measures_no_ticket_and_accepts_any_priority() {
        assertThat(pack.support()).isEmpty();
        assertThat(pack.acceptsPriority("P1")).isTrue();
        assertThat(pack.edition("BUSINESS").orElseThrow().support()).isEmpty();
    }

    @Test
    void is_monthly_with_claims_within_60_days() {
        assertThat(pack.name()).isEqualTo("Northwind Hosting SLA");
        assertThat(pack.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(pack.claims()).isEqualTo(ClaimsMode.REQUIRED);
        assertThat(pack.claimWindow()).contains(Period.ofDays(60));
        EditionTerms business = pack.edition("BUSINESS").orElseThrow();
        assertThat(business.fixedGuarantee()).contains(new BigDecimal("99.5"));
        assertThat(((AvailabilityTierSchedule) business.schedule()).remedy()).isEqualTo(BreachRemedy.CREDIT);
    }

    @ParameterizedTest(name = "{0} %: {1} {2}")
    @CsvSource({
        "100,    NO_CREDIT_DUE,",
        "99.5,   NO_CREDIT_DUE,",
        "99.499, TIER, 10",
        "99,     TIER, 10",
        "98.99,  TIER, 25",
        "95,     TIER, 25",
        "94.999, MATERIAL_BREACH, 100",
        "94.99,  MATERIAL_BREACH, 100",
        "0,      MATERIAL_BREACH, 100",
    })
    void credits_by_its_own_table_and_never_grants_a_termination(String availability, Reason reason, String credit) {
        EditionTerms business = pack.edition("BUSINESS").orElseThrow();

        CreditAssessment assessment = business.schedule().assess(Availabilities.at(availability),
                business.fixedGuarantee().orElseThrow());

        assertThat(assessment.reason()).isEqualTo(reason);
        if (credit == null) {
            assertThat(assessment.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(assessment.creditPercent()).isEmpty();
        } else {
            assertThat(assessment.outcome()).isEqualTo(Outcome.CREDIT);
            assertThat(assessment.creditPercent().orElseThrow()).isEqualByComparingTo(credit);
        }
        assertThat(assessment.terminationAllowed()).isFalse();
    }
}
