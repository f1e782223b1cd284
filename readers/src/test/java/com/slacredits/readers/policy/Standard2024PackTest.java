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
import com.slacredits.domain.WindowCause;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in standard-2024 pack reproduces credit rules, sections 1, 3 and 5, at every tier line. */
class Standard2024PackTest {

    private final PolicyPack pack = PolicyLibrary.load(Optional.empty()).require("standard-2024");

    @Test
    void is_the_default_pack_of_a_contract_without_policy() {
        PolicyCatalog catalog = PolicyLibrary.load(Optional.empty());

        assertThat(catalog.find("")).containsSame(catalog.require("standard-2024"));
        assertThat(catalog.find(null).orElseThrow().id()).isEqualTo("standard-2024");
    }

    @Test
    void reads_time_in_amsterdam_by_month_with_claims_within_30_days() {
        assertThat(pack.id()).isEqualTo("standard-2024");
        assertThat(pack.name()).isEqualTo("Standard SLA 2024");
        assertThat(pack.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(pack.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(pack.claims()).isEqualTo(ClaimsMode.REQUIRED);
        assertThat(pack.claimWindow()).contains(Period.ofDays(30));
        assertThat(pack.minOutageMinutes()).isEqualTo(5);
    }

    @Test
    void excuses_the_four_causes_of_the_credit_rules_and_maintenance_announced_48_hours_ahead() {
        assertThat(pack.excuseRule().excusedCauses()).isEqualTo(EnumSet.of(
                WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY, WindowCause.FORCE_MAJEURE, WindowCause.CUSTOMER));
        assertThat(pack.excuseRule().maintenanceNotice()).contains(Duration.ofHours(48));
        assertThat(pack.excuseRule().maintenanceMaxMinutes()).isEmpty();
    }

    @Test
    void has_the_five_editions_with_their_guarantees_read_exactly() {
        assertThat(pack.editions()).containsOnlyKeys("STARTER", "ESSENTIAL", "GROWTH", "ENTERPRISE", "CUSTOM");
        // equals also compares the scale: the text 99.9 became 99.9, not a double's 99.900000000000005684...
        assertThat(guarantee("STARTER")).isEqualTo(new BigDecimal("99.8"));
        assertThat(guarantee("ESSENTIAL")).isEqualTo(new BigDecimal("99.8"));
        assertThat(guarantee("GROWTH")).isEqualTo(new BigDecimal("99.85"));
        assertThat(guarantee("ENTERPRISE")).isEqualTo(new BigDecimal("99.9"));
        assertThat(guarantee("CUSTOM")).isEqualTo(new BigDecimal("99.9"));
    }

    @Test
    void every_edition_ends_in_a_material_breach_at_30_percent_that_may_terminate() {
        for (String edition : pack.editions().keySet()) {
            AvailabilityTierSchedule schedule = (AvailabilityTierSchedule) pack.edition(edition).orElseThrow().schedule();
            assertThat(schedule.remedy()).as(edition).isEqualTo(BreachRemedy.TERMINATION_REFUND);
            assertThat(schedule.breachCreditPercent()).as(edition).isEqualByComparingTo("30");
            assertThat(schedule.tiers()).as(edition).hasSize(3);
        }
    }

    @ParameterizedTest(name = "{0} at {1} %: {2} {3}")
    @CsvSource({
        // credit rules, section 5, the example of ENTERPRISE
        "ENTERPRISE, 100,    NO_CREDIT_DUE,",
        "ENTERPRISE, 99.9,   NO_CREDIT_DUE,",
        "ENTERPRISE, 99.899, TIER, 10",
        "ENTERPRISE, 99.85,  TIER, 10",
        "ENTERPRISE, 99.8,   TIER, 10",
        "ENTERPRISE, 99.799, TIER, 20",
        "ENTERPRISE, 99.79,  TIER, 20",
        "ENTERPRISE, 98,     TIER, 20",
        "ENTERPRISE, 97.999, TIER, 30",
        "ENTERPRISE, 97,     TIER, 30",
        "ENTERPRISE, 96.999, MATERIAL_BREACH, 30",
        "ENTERPRISE, 96.99,  MATERIAL_BREACH, 30",
        "ENTERPRISE, 0,      MATERIAL_BREACH, 30",
        "CUSTOM, 99.9,   NO_CREDIT_DUE,",
        "CUSTOM, 99.899, TIER, 10",
        "CUSTOM, 99.8,   TIER, 10",
        "CUSTOM, 99.799, TIER, 20",
        "CUSTOM, 98,     TIER, 20",
        "CUSTOM, 97.999, TIER, 30",
        "CUSTOM, 97,     TIER, 30",
        "CUSTOM, 96.999, MATERIAL_BREACH, 30",
        "GROWTH, 100,    NO_CREDIT_DUE,",
        "GROWTH, 99.85,  NO_CREDIT_DUE,",
        "GROWTH, 99.849, TIER, 10",
        "GROWTH, 99,     TIER, 10",
        "GROWTH, 98.999, TIER, 20",
        "GROWTH, 98.5,   TIER, 20",
        "GROWTH, 98.499, TIER, 30",
        "GROWTH, 96.5,   TIER, 30",
        "GROWTH, 96.499, MATERIAL_BREACH, 30",
        "STARTER, 99.8,   NO_CREDIT_DUE,",
        "STARTER, 99.799, TIER, 10",
        "STARTER, 98,     TIER, 10",
        "STARTER, 97.999, TIER, 20",
        "STARTER, 97,     TIER, 20",
        "STARTER, 96.999, TIER, 30",
        "STARTER, 96,     TIER, 30",
        "STARTER, 95.999, MATERIAL_BREACH, 30",
        "ESSENTIAL, 99.8,   NO_CREDIT_DUE,",
        "ESSENTIAL, 99.799, TIER, 10",
        "ESSENTIAL, 98,     TIER, 10",
        "ESSENTIAL, 97.999, TIER, 20",
        "ESSENTIAL, 97,     TIER, 20",
        "ESSENTIAL, 96.999, TIER, 30",
        "ESSENTIAL, 96,     TIER, 30",
        "ESSENTIAL, 95.999, MATERIAL_BREACH, 30",
    })
    void credits_each_edition_by_its_table(String edition, String availability, Reason reason, String credit) {
        EditionTerms terms = pack.edition(edition).orElseThrow();

        CreditAssessment assessment = terms.schedule().assess(Availabilities.at(availability), terms.fixedGuarantee().orElseThrow());

        assertThat(assessment.reason()).isEqualTo(reason);
        if (credit == null) {
            assertThat(assessment.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(assessment.creditPercent()).isEmpty();
        } else {
            assertThat(assessment.outcome()).isEqualTo(Outcome.CREDIT);
            assertThat(assessment.creditPercent().orElseThrow()).isEqualByComparingTo(credit);
        }
        assertThat(assessment.terminationAllowed()).isEqualTo(reason == Reason.MATERIAL_BREACH);
    }

    private BigDecimal guarantee(String edition) {
        return pack.edition(edition).orElseThrow().fixedGuarantee().orElseThrow();
    }
}
