package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Policy packs, section 3 ({@code schedule: NONE}): compliance only, MET or MISSED, never money. */
class ComplianceScheduleTest {

    private final ComplianceSchedule none = new ComplianceSchedule();

    @ParameterizedTest(name = "{0} of {1} down against {2}: {3}")
    @CsvSource({
            "100000,  10,  99.99, MET",     // exactly 99.99
            "100000,  11,  99.99, MISSED",  // 99.989
            "100000,  0,   99.99, MET",
            "43200,   216, 99.5,  MET",     // exactly 99.5
            "43200,   217, 99.5,  MISSED",
            "43200,   230, 99.45, MET",     // 99.467: plm K-P2 in November
            "43200,   230, 99.5,  MISSED",  // the same measurements, K-P1
            "43200,   43200, 0.001, MISSED",
    })
    void met_at_or_above_the_guarantee_missed_below(long measured, long down, String guarantee, String expected) {
        CreditAssessment assessment = none.assess(new Availability(measured, 0, down), new BigDecimal(guarantee));

        assertThat(assessment.outcome()).isEqualTo(Outcome.COMPLIANCE);
        assertThat(assessment.reason().name()).isEqualTo(expected);
        assertThat(assessment.creditPercent()).isEmpty();
        assertThat(assessment.terminationAllowed()).isFalse();
    }

    @Test
    void the_five_packs_quarters_of_cpaas() {
        // K-M1: T = 132,540, E = 45, U = 13: 132,482 / 132,495 = 99.990188 % >= 99.99; one more minute is not.
        assertThat(none.assess(new Availability(132_540, 45, 13), new BigDecimal("99.99")).reason())
                .isEqualTo(Reason.MET);
        assertThat(none.assess(new Availability(132_540, 45, 14), new BigDecimal("99.99")).reason())
                .isEqualTo(Reason.MISSED);
        // K-V1: E = 50, U = 20: 99.984 %.
        assertThat(none.assess(new Availability(132_540, 50, 20), new BigDecimal("99.99")).reason())
                .isEqualTo(Reason.MISSED);
    }

    @Test
    void nothing_measured_is_met() {
        assertThat(none.assess(new Availability(0, 0, 0), new BigDecimal("99.99")).reason()).isEqualTo(Reason.MET);
        assertThat(none.assess(new Availability(44_700, 44_700, 0), new BigDecimal("100")).reason())
                .isEqualTo(Reason.MET);
    }

    @Test
    void a_compliance_decision_carries_no_money() {
        assertThat(Outcome.COMPLIANCE.carriesMoney()).isFalse();
        assertThat(Reason.MET.isVerified()).isTrue();
        assertThat(Reason.MISSED.isVerified()).isTrue();
    }
}
