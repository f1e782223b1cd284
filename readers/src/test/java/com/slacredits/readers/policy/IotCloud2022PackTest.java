package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Availability;
import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.CreditAssessment;
import com.slacredits.domain.DowntimeTierSchedule;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.Reason;
import com.slacredits.domain.WindowCause;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The built-in iot-cloud-2022 pack (policy packs, section 7): downtime tiers under a 99.9 % guarantee. */
class IotCloud2022PackTest {

    /** A 31-day month without a clock change. */
    private static final long MONTH_OF_31_DAYS = 44_640;

    private final PolicyPack pack = PolicyLibrary.load(Optional.empty()).require("iot-cloud-2022");

    @Test
    void is_monthly_in_sofia_and_decided_without_claims() {
        assertThat(pack.name()).isEqualTo("IoT Cloud Platform SLA 2022");
        assertThat(pack.zone()).isEqualTo(ZoneId.of("Europe/Sofia"));
        assertThat(pack.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(pack.claims()).isEqualTo(ClaimsMode.AUTOMATIC);
        assertThat(pack.isAutomatic()).isTrue();
        assertThat(pack.claimWindow()).isEmpty();
        assertThat(pack.minOutageMinutes()).isEqualTo(5);
    }

    @Test
    void excuses_maintenance_announced_48_hours_ahead_for_its_first_60_minutes_and_third_parties() {
        assertThat(pack.excuseRule().excusedCauses()).isEqualTo(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY));
        assertThat(pack.excuseRule().maintenanceNotice()).contains(Duration.ofHours(48));
        assertThat(pack.excuseRule().maintenanceMaxMinutes()).hasValue(60);
    }

    @Test
    void guarantees_each_of_the_three_editions_at_99_9_under_downtime_tiers() {
        assertThat(pack.editions()).containsOnlyKeys("ENTERPRISE_DASHBOARD", "HOME_APP", "BACKEND_API");
        for (EditionTerms terms : pack.editions().values()) {
            assertThat(terms.fixedGuarantee()).contains(new BigDecimal("99.9"));
            assertThat(terms.schedule()).isInstanceOf(DowntimeTierSchedule.class);
            assertThat(((DowntimeTierSchedule) terms.schedule()).tiers()).hasSize(4);
        }
    }

    @ParameterizedTest(name = "{0}: T={1}, U={2}: {3} {4}")
    @CsvSource({
        // a short coverage, so that 43 and 44 minutes are both below the guarantee (99.8925 and 99.89 %)
        "ENTERPRISE_DASHBOARD, 40000, 43, NO_CREDIT_DUE,",
        "ENTERPRISE_DASHBOARD, 40000, 44, TIER, 15",
        "ENTERPRISE_DASHBOARD, 40000, 0, NO_CREDIT_DUE,",
        // a whole month: 44 minutes in a row is still 99.901 %, at or above the guarantee
        "ENTERPRISE_DASHBOARD, 44640, 43, NO_CREDIT_DUE,",
        "ENTERPRISE_DASHBOARD, 44640, 44, NO_CREDIT_DUE,",
        "ENTERPRISE_DASHBOARD, 44640, 45, TIER, 15",
        "ENTERPRISE_DASHBOARD, 44640, 480, TIER, 15",
        "ENTERPRISE_DASHBOARD, 44640, 481, TIER, 25",
        "ENTERPRISE_DASHBOARD, 44640, 1440, TIER, 25",
        "ENTERPRISE_DASHBOARD, 44640, 1441, TIER, 32",
        "ENTERPRISE_DASHBOARD, 44640, 4320, TIER, 32",
        "ENTERPRISE_DASHBOARD, 44640, 4321, TIER, 40",
        "ENTERPRISE_DASHBOARD, 44640, 44640, TIER, 40",
        "HOME_APP, 40000, 43, NO_CREDIT_DUE,",
        "HOME_APP, 40000, 44, TIER, 15",
        "HOME_APP, 44640, 44, NO_CREDIT_DUE,",
        "HOME_APP, 44640, 480, TIER, 15",
        "HOME_APP, 44640, 481, TIER, 25",
        "HOME_APP, 44640, 1440, TIER, 25",
        "HOME_APP, 44640, 1441, TIER, 32",
        "HOME_APP, 44640, 4320, TIER, 32",
        "HOME_APP, 44640, 4321, TIER, 40",
        "BACKEND_API, 40000, 43, NO_CREDIT_DUE,",
        "BACKEND_API, 40000, 44, TIER, 15",
        "BACKEND_API, 44640, 44, NO_CREDIT_DUE,",
        "BACKEND_API, 44640, 480, TIER, 15",
        "BACKEND_API, 44640, 481, TIER, 25",
        "BACKEND_API, 44640, 1440, TIER, 25",
        "BACKEND_API, 44640, 1441, TIER, 32",
        "BACKEND_API, 44640, 4320, TIER, 32",
        "BACKEND_API, 44640, 4321, TIER, 40",
    })
    void credits_by_counted_downtime_once_below_the_guarantee(String edition, long slots, long downtime, Reason reason,
            String credit) {
        CreditAssessment assessment = assess(edition, new Availability(slots, 0, downtime));

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

    @Test
    void forty_four_minutes_of_a_31_day_month_meet_the_guarantee() {
        Availability availability = new Availability(MONTH_OF_31_DAYS, 0, 44);

        assertThat(availability.percentShown()).isEqualByComparingTo("99.901");
        assertThat(assess("BACKEND_API", availability).reason()).isEqualTo(Reason.NO_CREDIT_DUE);
    }

    @Test
    void excused_slots_leave_the_month_before_the_guarantee_is_tested() {
        // 100 minutes excused: 44 of the 44,540 left is 99.9012 %, still no credit; 45 of 44,540 is 99.8989 %.
        assertThat(assess("HOME_APP", new Availability(MONTH_OF_31_DAYS, 100, 44)).reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(assess("HOME_APP", new Availability(MONTH_OF_31_DAYS, 100, 45)).creditPercent().orElseThrow())
                .isEqualByComparingTo("15");
    }

    private CreditAssessment assess(String edition, Availability availability) {
        EditionTerms terms = pack.edition(edition).orElseThrow();
        return terms.schedule().assess(availability, terms.fixedGuarantee().orElseThrow());
    }
}
