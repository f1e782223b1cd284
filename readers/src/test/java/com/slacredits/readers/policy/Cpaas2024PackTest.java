package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Availability;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.ComplianceSchedule;
import com.slacredits.domain.CreditAssessment;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.Reason;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.WindowCause;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in cpaas-2024 pack (policy packs, section 7): quarterly compliance reporting, no money. */
class Cpaas2024PackTest {

    private final PolicyPack pack = PolicyLibrary.load(Optional.empty()).require("cpaas-2024");

    @Test
    void is_quarterly_in_amsterdam_and_decided_without_claims() {
        assertThat(pack.name()).isEqualTo("CPaaS SLA 2024");
        assertThat(pack.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(pack.period()).isEqualTo(PeriodKind.QUARTER);
        assertThat(pack.measures(ServicePeriod.quarter(2026, 4))).isTrue();
        assertThat(pack.claims()).isEqualTo(ClaimsMode.AUTOMATIC);
        assertThat(pack.claimWindow()).isEmpty();
        assertThat(pack.minOutageMinutes()).isEqualTo(1);
    }

    @Test
    void excuses_every_cause_without_notice_or_cap() {
        assertThat(pack.excuseRule().excusedCauses()).isEqualTo(EnumSet.allOf(WindowCause.class));
        assertThat(pack.excuseRule().maintenanceNotice()).isEmpty();
        assertThat(pack.excuseRule().maintenanceMaxMinutes()).isEmpty();
    }

    @ParameterizedTest(name = "{0} guarantees {1}")
    @CsvSource({
        "BUSINESS_MESSAGING, 99.99",
        "VOICE, 99.99",
        "SERVICE_CLOUD, 99.9",
        "MARKETING_CLOUD, 99.9",
        "CONVERSATIONAL_AI, 99.9",
    })
    void each_edition_is_met_exactly_at_its_guarantee_and_missed_one_slot_below(String edition, String guarantee) {
        EditionTerms terms = pack.edition(edition).orElseThrow();
        assertThat(terms.fixedGuarantee()).contains(new BigDecimal(guarantee));
        assertThat(terms.schedule()).isInstanceOf(ComplianceSchedule.class);

        Availability atGuarantee = Availabilities.at(guarantee);
        Availability oneSlotBelow = new Availability(atGuarantee.totalSlots(), 0, atGuarantee.downtimeSlots() + 1);

        assertCompliance(assess(edition, Availabilities.at("100")), Reason.MET);
        assertCompliance(assess(edition, atGuarantee), Reason.MET);
        assertCompliance(assess(edition, oneSlotBelow), Reason.MISSED);
        assertCompliance(assess(edition, Availabilities.at("0")), Reason.MISSED);
    }

    @Test
    void has_exactly_the_five_editions() {
        assertThat(pack.editions()).containsOnlyKeys(
                "BUSINESS_MESSAGING", "VOICE", "SERVICE_CLOUD", "MARKETING_CLOUD", "CONVERSATIONAL_AI");
    }

    @Test
    void a_fourth_quarter_of_132540_slots_meets_99_99_with_13_minutes_down_and_misses_it_with_14() {
        long slots = pack.slotsOf(ServicePeriod.quarter(2026, 4)).size();
        assertThat(slots).isEqualTo(132_540);

        assertCompliance(assess("VOICE", new Availability(slots, 0, 13)), Reason.MET);
        assertCompliance(assess("VOICE", new Availability(slots, 0, 14)), Reason.MISSED);
    }

    private CreditAssessment assess(String edition, Availability availability) {
        EditionTerms terms = pack.edition(edition).orElseThrow();
        return terms.schedule().assess(availability, terms.fixedGuarantee().orElseThrow());
    }

    private static void assertCompliance(CreditAssessment assessment, Reason reason) {
        assertThat(assessment.outcome()).isEqualTo(Outcome.COMPLIANCE);
        assertThat(assessment.reason()).isEqualTo(reason);
        assertThat(assessment.creditPercent()).isEmpty();
        assertThat(assessment.terminationAllowed()).isFalse();
    }
}
