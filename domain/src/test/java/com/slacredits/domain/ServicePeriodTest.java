package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policy packs, sections 2 and 6: months and quarters, how they are written, their slots, when they end. */
class ServicePeriodTest {

    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ServicePeriod Q4 = ServicePeriod.quarter(2026, 4);

    @Test
    void q4_2026_in_amsterdam_is_exactly_132540_slots() {
        SlotRange q4 = Q4.slots(Packs.AMSTERDAM);

        assertThat(q4.size()).isEqualTo(132_540);
        assertThat(q4.size()).isEqualTo(44_700 + 43_200 + 44_640);
        assertThat(q4.startInstant()).isEqualTo(at("2026-10-01T00:00:00+02:00"));
        assertThat(q4.endInstant()).isEqualTo(at("2027-01-01T00:00:00+01:00"));
    }

    @Test
    void a_quarter_is_its_three_months_end_to_end() {
        List<Long> sizes = new ArrayList<>();
        long next = Q4.slots(Packs.AMSTERDAM).first();
        for (YearMonth month : Q4.months()) {
            SlotRange slots = ServicePeriod.month(month).slots(Packs.AMSTERDAM);
            assertThat(slots.first()).isEqualTo(next);
            next = slots.end();
            sizes.add(slots.size());
        }
        assertThat(sizes).containsExactly(44_700L, 43_200L, 44_640L);
        assertThat(next).isEqualTo(Q4.slots(Packs.AMSTERDAM).end());
    }

    @Test
    void q4_in_sofia_has_as_many_slots_an_hour_earlier() {
        SlotRange q4 = Q4.slots(Packs.SOFIA);

        assertThat(q4.size()).isEqualTo(132_540);
        assertThat(q4.startInstant()).isEqualTo(Instant.parse("2026-09-30T21:00:00Z"));
        assertThat(q4.endInstant()).isEqualTo(Instant.parse("2026-12-31T22:00:00Z"));
    }

    @Test
    void the_quarters_of_2026_in_amsterdam_meet_and_add_up_to_the_year() {
        // Q1 loses the hour summer time takes (29 March), Q4 gets it back (25 October).
        long[] expected = {90 * 1440 - 60, 91 * 1440, 92 * 1440, 92 * 1440 + 60};
        ServicePeriod quarter = ServicePeriod.quarter(2026, 1);
        long total = 0;
        for (long size : expected) {
            SlotRange slots = quarter.slots(Packs.AMSTERDAM);
            assertThat(slots.size()).as(quarter.toString()).isEqualTo(size);
            assertThat(quarter.next().slots(Packs.AMSTERDAM).first()).isEqualTo(slots.end());
            total += slots.size();
            quarter = quarter.next();
        }
        assertThat(total).isEqualTo(365 * 1440);
        assertThat(quarter).isEqualTo(ServicePeriod.quarter(2027, 1));
    }

    @Test
    void a_quarter_is_written_and_read_as_yyyy_qn() {
        assertThat(ServicePeriod.parse("2026-Q4")).isEqualTo(Q4);
        assertThat(Q4).hasToString("2026-Q4");
        assertThat(ServicePeriod.parse("2026-Q1")).hasToString("2026-Q1");
        assertThat(ServicePeriod.parse("2026-Q1").first()).isEqualTo(YearMonth.of(2026, 1));
        assertThat(ServicePeriod.parse("2026-Q2").first()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(ServicePeriod.parse("2026-Q3").first()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(Q4.first()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(Q4.last()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(ServicePeriod.quarter(2026, 2)).hasToString("2026-Q2");
    }

    @Test
    void a_month_is_written_and_read_as_yyyy_mm() {
        assertThat(ServicePeriod.parse("2026-10")).isEqualTo(OCTOBER);
        assertThat(OCTOBER).hasToString("2026-10");
        assertThat(ServicePeriod.parse("2026-01")).hasToString("2026-01");
        assertThat(ServicePeriod.parse("2026-10").kind()).isEqualTo(PeriodKind.MONTH);
        assertThat(ServicePeriod.parse("2026-Q4").kind()).isEqualTo(PeriodKind.QUARTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q0", "2026-Q5", "2026-q4", "2026Q4", "26-Q4", "2026-Q44", " 2026-Q4", "2026-Q4 ",
            "2026-13", "2026-00", "2026-1", "2026-10-01", "abcd-10", "abcd-Q1", "2026-W4", "2026/10", "", "Q4-2026"})
    void anything_else_is_not_a_period(String text) {
        assertThatThrownBy(() -> ServicePeriod.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_month_is_not_a_quarter() {
        assertThat(OCTOBER).isNotEqualTo(Q4);
        assertThat(OCTOBER.first()).isEqualTo(Q4.first());
        assertThat(OCTOBER.kind()).isEqualTo(PeriodKind.MONTH);
        assertThat(Q4.kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(OCTOBER.month()).contains(YearMonth.of(2026, 10));
        assertThat(Q4.month()).isEmpty();
        assertThat(OCTOBER.months()).containsExactly(YearMonth.of(2026, 10));
        assertThat(Q4.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(OCTOBER.slots(Packs.AMSTERDAM).size()).isEqualTo(44_700);
    }

    @Test
    void a_quarter_starts_in_january_april_july_or_october() {
        assertThatThrownBy(() -> new ServicePeriod(PeriodKind.QUARTER, YearMonth.of(2026, 11)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServicePeriod(PeriodKind.QUARTER, YearMonth.of(2026, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServicePeriod.quarter(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServicePeriod.quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ServicePeriod(PeriodKind.QUARTER, YearMonth.of(2026, 7))).isEqualTo(ServicePeriod.quarter(2026, 3));
    }

    @Test
    void the_period_of_a_kind_holding_a_month() {
        assertThat(ServicePeriod.containing(PeriodKind.QUARTER, YearMonth.of(2026, 10))).isEqualTo(Q4);
        assertThat(ServicePeriod.containing(PeriodKind.QUARTER, YearMonth.of(2026, 11))).isEqualTo(Q4);
        assertThat(ServicePeriod.containing(PeriodKind.QUARTER, YearMonth.of(2026, 12))).isEqualTo(Q4);
        assertThat(ServicePeriod.containing(PeriodKind.QUARTER, YearMonth.of(2027, 1))).hasToString("2027-Q1");
        assertThat(ServicePeriod.containing(PeriodKind.QUARTER, YearMonth.of(2026, 9))).hasToString("2026-Q3");
        assertThat(ServicePeriod.containing(PeriodKind.MONTH, YearMonth.of(2026, 11))).hasToString("2026-11");
    }

    @Test
    void a_period_has_ended_once_its_last_day_is_before_the_run_s_date() {
        assertThat(Q4.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Q4.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Q4.hasEndedBefore(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(Q4.hasEndedBefore(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(Q4.hasEndedBefore(LocalDate.of(2026, 11, 5))).isFalse();
        assertThat(OCTOBER.lastDay()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(OCTOBER.hasEndedBefore(LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(OCTOBER.hasEndedBefore(LocalDate.of(2026, 11, 1))).isTrue();
        ServicePeriod leapFebruary = ServicePeriod.month(YearMonth.of(2028, 2));
        assertThat(leapFebruary.hasEndedBefore(LocalDate.of(2028, 2, 29))).isFalse();
        assertThat(leapFebruary.hasEndedBefore(LocalDate.of(2028, 3, 1))).isTrue();
    }

    @Test
    void the_next_period_is_of_the_same_kind() {
        assertThat(Q4.next()).isEqualTo(ServicePeriod.quarter(2027, 1));
        assertThat(ServicePeriod.month(YearMonth.of(2026, 12)).next()).isEqualTo(ServicePeriod.month(YearMonth.of(2027, 1)));
    }

    @Test
    void periods_sort_by_their_first_month() {
        List<ServicePeriod> periods = new ArrayList<>(List.of(Q4, ServicePeriod.quarter(2026, 3),
                ServicePeriod.month(YearMonth.of(2026, 11)), ServicePeriod.month(YearMonth.of(2026, 9))));
        periods.sort(null);

        assertThat(periods).extracting(ServicePeriod::toString).containsExactly("2026-Q3", "2026-09", "2026-Q4", "2026-11");
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
