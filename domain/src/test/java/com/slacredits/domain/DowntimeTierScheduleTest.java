package com.slacredits.domain;

import static com.slacredits.domain.AvailabilityTierScheduleTest.describe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy packs, section 3 ({@code DOWNTIME_TIERS}), as iot-cloud-2022 writes it: above 43 up to 480 minutes 15 %,
 * up to 1,440 25 %, up to 4,320 32 %, above that 40 %, once availability is below the guarantee of 99.9.
 */
class DowntimeTierScheduleTest {

    private static final EditionTerms IOT = Packs.iotCloud2022().edition("HOME_APP").orElseThrow();
    private static final BigDecimal GUARANTEE = new BigDecimal("99.9");

    @ParameterizedTest(name = "U = {0} of 10,000: {1}")
    @CsvSource({
            // 10,000 measured slots: every U from 11 up is below 99.9 %, so only U picks the row.
            "11,    NO_CREDIT",
            "43,    NO_CREDIT",
            "44,    TIER 15",
            "479,   TIER 15",
            "480,   TIER 15",
            "481,   TIER 25",
            "1440,  TIER 25",
            "1441,  TIER 32",
            "4320,  TIER 32",
            "4321,  TIER 40",
            "10000, TIER 40",
    })
    void each_row_from_above_exclusive_up_to_inclusive(long downtime, String expected) {
        Availability availability = new Availability(10_000, 0, downtime);
        assertThat(availability.isAtLeast(GUARANTEE)).isFalse();

        assertThat(describe(assess(availability))).isEqualTo(expected);
    }

    @Test
    void no_credit_while_availability_meets_the_guarantee_whatever_row_the_downtime_is_in() {
        // 44 minutes in a 31-day month: 44,596 / 44,640 = 99.901 %; in Sofia's October 44,656 / 44,700 = 99.901 %.
        assertThat(describe(assess(new Availability(44_640, 0, 44)))).isEqualTo("NO_CREDIT");
        assertThat(describe(assess(new Availability(44_700, 0, 44)))).isEqualTo("NO_CREDIT");
        // The same 44 minutes in a 30-day month: 43,156 / 43,200 = 99.898 %.
        assertThat(describe(assess(new Availability(43_200, 0, 44)))).isEqualTo("TIER 15");
        // 44 of 44,000 is exactly 99.9 %: met.
        assertThat(describe(assess(new Availability(44_000, 0, 44)))).isEqualTo("NO_CREDIT");
        assertThat(describe(assess(new Availability(44_000, 0, 45)))).isEqualTo("TIER 15");
        // 45 in a 31-day month: 44,595 / 44,640 = 99.899 %.
        assertThat(describe(assess(new Availability(44_640, 0, 45)))).isEqualTo("TIER 15");
    }

    @Test
    void below_the_guarantee_with_downtime_in_no_row_no_credit_is_due() {
        // The five-packs example, iot-api December: E = 2,880, U = 43: 41,717 / 41,760 = 99.897 %.
        Availability december = new Availability(44_640, 2_880, 43);
        assertThat(december.isAtLeast(GUARANTEE)).isFalse();

        CreditAssessment assessment = assess(december);

        assertThat(assessment.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(assessment.reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(assessment.creditPercent()).isEmpty();
    }

    @Test
    void only_counted_downtime_picks_the_row_not_excused_time() {
        // 600 excused and 100 counted: the row of 100, not of 700.
        assertThat(describe(assess(new Availability(43_200, 600, 100)))).isEqualTo("TIER 15");
        assertThat(describe(assess(new Availability(43_200, 600, 500)))).isEqualTo("TIER 25");
    }

    @Test
    void the_five_packs_months_of_iot_app() {
        assertThat(describe(assess(new Availability(44_700, 0, 600)))).isEqualTo("TIER 25");
        assertThat(describe(assess(new Availability(43_200, 0, 4_400)))).isEqualTo("TIER 40");
        assertThat(describe(assess(new Availability(44_640, 0, 1_500)))).isEqualTo("TIER 32");
    }

    @Test
    void a_downtime_table_never_allows_a_termination() {
        for (long downtime : new long[] {0, 44, 481, 1441, 4321, 43_200}) {
            assertThat(assess(new Availability(43_200, 0, downtime)).terminationAllowed()).as("U = %d", downtime)
                    .isFalse();
        }
    }

    @Test
    void nothing_measured_earns_nothing() {
        assertThat(describe(assess(new Availability(44_700, 44_700, 0)))).isEqualTo("NO_CREDIT");
    }

    // --- tables a pack may not define (policy packs, section 1) ---

    @Test
    void a_gap_between_rows_is_refused() {
        assertThatThrownBy(() -> new DowntimeTierSchedule(List.of(
                Packs.downtimeTier(43, 480, "15"),
                new DowntimeTier(500, OptionalLong.empty(), new BigDecimal("25")))))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> {
                    assertThat(e.key()).isEqualTo("tiers");
                    assertThat(e.problem()).contains("a gap");
                });
    }

    @Test
    void an_overlap_between_rows_is_refused() {
        assertThatThrownBy(() -> new DowntimeTierSchedule(List.of(
                Packs.downtimeTier(43, 480, "15"),
                new DowntimeTier(400, OptionalLong.empty(), new BigDecimal("25")))))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> {
                    assertThat(e.key()).isEqualTo("tiers");
                    assertThat(e.problem()).contains("an overlap");
                });
    }

    @Test
    void only_the_last_row_is_open_and_it_must_be() {
        assertThatThrownBy(() -> new DowntimeTierSchedule(List.of(
                new DowntimeTier(43, OptionalLong.empty(), new BigDecimal("15")),
                new DowntimeTier(480, OptionalLong.empty(), new BigDecimal("25")))))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
        assertThatThrownBy(() -> new DowntimeTierSchedule(List.of(
                Packs.downtimeTier(43, 480, "15"), Packs.downtimeTier(480, 1440, "25"))))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
        assertThatThrownBy(() -> new DowntimeTierSchedule(List.of()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
    }

    @Test
    void a_row_must_end_above_where_it_starts_and_credit_a_percentage() {
        assertThatThrownBy(() -> Packs.downtimeTier(480, 480, "15"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("upTo"));
        assertThatThrownBy(() -> Packs.downtimeTier(480, 43, "15"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("upTo"));
        assertThatThrownBy(() -> Packs.downtimeTier(-1, 43, "15"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("above"));
        assertThatThrownBy(() -> Packs.downtimeTier(43, 480, "0"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("credit"));
        assertThatThrownBy(() -> Packs.downtimeTier(43, 480, "100.5"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("credit"));
        assertThat(Packs.downtimeTier(43, 480, "100").creditPercent()).isEqualByComparingTo("100");
    }

    @Test
    void a_row_holds_from_above_exclusive_to_up_to_inclusive() {
        DowntimeTier row = Packs.downtimeTier(43, 480, "15");
        DowntimeTier open = new DowntimeTier(4320, OptionalLong.empty(), new BigDecimal("40"));

        assertThat(row.holds(43)).isFalse();
        assertThat(row.holds(44)).isTrue();
        assertThat(row.holds(480)).isTrue();
        assertThat(row.holds(481)).isFalse();
        assertThat(open.holds(4320)).isFalse();
        assertThat(open.holds(4321)).isTrue();
        assertThat(open.holds(Long.MAX_VALUE)).isTrue();
    }

    private static CreditAssessment assess(Availability availability) {
        return IOT.schedule().assess(availability, IOT.fixedGuarantee().orElseThrow());
    }
}
