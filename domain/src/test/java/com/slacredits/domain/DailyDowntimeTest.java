package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** files.md, "The evidence": one mark per day of the period, showing that day's counted downtime in the pack's zone. */
class DailyDowntimeTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ServicePeriod Q4 = ServicePeriod.quarter(2026, 4);

    @Test
    void a_run_across_local_midnight_counts_on_both_days() {
        DailyDowntime daily = DailyDowntime.ofOutages(OCTOBER, AMSTERDAM,
                List.of(run("2026-10-12T23:30:00+02:00", "2026-10-13T00:45:00+02:00")));

        assertThat(daily.daysWithDowntime()).containsExactly(Map.entry(LocalDate.of(2026, 10, 12), 30L),
                Map.entry(LocalDate.of(2026, 10, 13), 45L));
    }

    @Test
    void midnight_is_the_zones_not_utcs() {
        // 23:30 UTC on the 12th is already the 13th in Amsterdam
        DailyDowntime daily = DailyDowntime.ofOutages(OCTOBER, AMSTERDAM,
                List.of(run("2026-10-12T21:50:00Z", "2026-10-12T22:10:00Z")));

        assertThat(daily.daysWithDowntime()).containsExactly(Map.entry(LocalDate.of(2026, 10, 12), 10L),
                Map.entry(LocalDate.of(2026, 10, 13), 10L));
    }

    @Test
    void the_day_summer_time_ends_has_twenty_five_hours() {
        // from 20:00 on the 24th (UTC+2) to 20:00 on the 25th (UTC+1): 1,500 minutes, CU-4's outage in the example
        DailyDowntime daily = DailyDowntime.ofOutages(OCTOBER, AMSTERDAM,
                List.of(run("2026-10-24T20:00:00+02:00", "2026-10-26T01:00:00+01:00")));

        assertThat(daily.minutesOn(LocalDate.of(2026, 10, 24))).isEqualTo(240);
        assertThat(daily.minutesOn(LocalDate.of(2026, 10, 25))).isEqualTo(1_500);
        assertThat(daily.minutesOn(LocalDate.of(2026, 10, 26))).isEqualTo(60);
        assertThat(daily.totalMinutes()).isEqualTo(240 + 1_500 + 60);
    }

    @Test
    void the_day_summer_time_starts_has_twenty_three_hours() {
        ServicePeriod march = ServicePeriod.month(YearMonth.of(2026, 3));
        DailyDowntime daily = DailyDowntime.ofOutages(march, AMSTERDAM,
                List.of(run("2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00")));

        assertThat(daily.daysWithDowntime()).containsExactly(Map.entry(LocalDate.of(2026, 3, 29), 1_380L));
    }

    @Test
    void a_quarter_has_a_mark_for_each_of_its_92_days() {
        DailyDowntime daily = DailyDowntime.ofOutages(Q4, AMSTERDAM,
                List.of(run("2026-12-31T23:00:00+01:00", "2027-01-01T00:00:00+01:00")));

        assertThat(daily.days()).hasSize(92);
        assertThat(daily.days().get(0)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(daily.days().get(91)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(daily.minutesOn(LocalDate.of(2026, 12, 31))).isEqualTo(60);
    }

    @Test
    void a_day_without_downtime_shows_none_and_is_not_among_the_days_with_downtime() {
        DailyDowntime daily = DailyDowntime.ofOutages(OCTOBER, AMSTERDAM,
                List.of(run("2026-10-12T14:00:00+02:00", "2026-10-12T14:50:00+02:00")));

        assertThat(daily.minutesOn(LocalDate.of(2026, 10, 11))).isZero();
        assertThat(daily.minutesOn(LocalDate.of(2026, 11, 1))).isZero();
        assertThat(daily.daysWithDowntime()).containsExactly(Map.entry(LocalDate.of(2026, 10, 12), 50L));
        assertThat(daily.days()).hasSize(31);
    }

    @Test
    void only_outage_runs_count_excused_and_no_data_minutes_do_not() {
        ExcusedWindow window = new ExcusedWindow("W-1", "S-1", WindowCause.MAINTENANCE,
                at("2026-10-20T02:00:00+02:00"), at("2026-10-20T03:00:00+02:00"), Optional.empty());
        DailyDowntime daily = DailyDowntime.of(OCTOBER, AMSTERDAM, List.of(
                EvidenceRun.outage(run("2026-10-12T14:00:00+02:00", "2026-10-12T14:50:00+02:00")),
                EvidenceRun.excused(run("2026-10-20T02:00:00+02:00", "2026-10-20T03:00:00+02:00"), window),
                EvidenceRun.noData(run("2026-10-21T02:00:00+02:00", "2026-10-21T03:00:00+02:00"))));

        assertThat(daily.daysWithDowntime()).containsExactly(Map.entry(LocalDate.of(2026, 10, 12), 50L));
    }

    private static SlotRange run(String from, String to) {
        return SlotRange.startingWithin(at(from), at(to));
    }

    private static java.time.Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
