package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Credit rules, section 4: availability = (T - E - U) / (T - E) x 100, exact for tiers, cut when shown. */
class AvailabilityTest {

    @Test
    void excused_slots_leave_both_sides_of_the_fraction() {
        // The October example, svc-a: T = 44,700, E = 60, U = 50: 44,590 / 44,640.
        Availability svcA = new Availability(44_700, 60, 50);

        assertThat(svcA.measuredSlots()).isEqualTo(44_640);
        assertThat(svcA.availableSlots()).isEqualTo(44_590);
        assertThat(svcA.percentShown()).isEqualByComparingTo("99.887");
    }

    @Test
    void the_shown_percentage_is_cut_never_rounded() {
        // 99,899 / 100,000 + a hair: 9,989,977 / 10,000,000 = 99.89977 %, shown 99.899 and not 99.900.
        assertThat(new Availability(10_000_000, 0, 10_023).percentShown()).hasToString("99.899");
        // 44,540 / 44,700 = 99.64205... : cut to 99.642.
        assertThat(new Availability(44_700, 0, 160).percentShown()).hasToString("99.642");
        // 43,200 / 44,700 = 96.64429...
        assertThat(new Availability(44_700, 0, 1_500).percentShown()).hasToString("96.644");
    }

    @Test
    void the_shown_percentage_always_has_three_decimals() {
        assertThat(new Availability(44_700, 0, 0).percentShown()).hasToString("100.000");
        assertThat(new Availability(100_000, 0, 200).percentShown()).hasToString("99.800");
        assertThat(new Availability(44_700, 0, 44_700).percentShown()).hasToString("0.000");
    }

    @Test
    void with_nothing_measured_availability_is_100() {
        Availability allExcused = new Availability(44_700, 44_700, 0);
        Availability nothingCovered = new Availability(0, 0, 0);

        assertThat(allExcused.percentShown()).hasToString("100.000");
        assertThat(nothingCovered.percentShown()).hasToString("100.000");
        assertThat(allExcused.isAtLeast(new BigDecimal("100"))).isTrue();
        assertThat(allExcused.isAtLeast(new BigDecimal("100.001"))).isFalse();
    }

    @Test
    void a_value_exactly_on_a_line_reaches_it() {
        // 44,500 measured (200 excused), 89 down: 44,411 / 44,500 is exactly 99.8 %.
        Availability exactly = new Availability(44_700, 200, 89);

        assertThat(exactly.isAtLeast(new BigDecimal("99.8"))).isTrue();
        assertThat(exactly.isAtLeast(new BigDecimal("99.80000000001"))).isFalse();
    }

    @Test
    void one_slot_more_of_downtime_falls_below_the_line() {
        Availability justBelow = new Availability(44_700, 200, 90);

        assertThat(justBelow.isAtLeast(new BigDecimal("99.8"))).isFalse();
        assertThat(justBelow.percentShown()).hasToString("99.797");
    }

    @Test
    void a_value_that_shows_as_the_line_but_lies_below_it_does_not_reach_it() {
        // 9,989,977 / 10,000,000 shows 99.899 but would round to 99.900: still below 99.9.
        Availability roundsUpToTheLine = new Availability(10_000_000, 0, 10_023);
        // 99.8999999 % shows 99.899 and is below 99.9 by one ten-millionth.
        Availability aHairBelow = new Availability(1_000_000_000, 0, 1_000_001);

        assertThat(roundsUpToTheLine.isAtLeast(new BigDecimal("99.9"))).isFalse();
        assertThat(aHairBelow.isAtLeast(new BigDecimal("99.9"))).isFalse();
        assertThat(aHairBelow.percentShown()).hasToString("99.899");
    }

    @Test
    void impossible_counts_are_refused() {
        assertThatThrownBy(() -> new Availability(100, 60, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Availability(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Availability(100, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
