package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.DailyDowntime;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.SlotRange;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** files.md, "The evidence": a mark per day shaded by its counted downtime, and the same facts in words. */
class DayMarksTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));

    @ParameterizedTest
    @CsvSource({"0,0", "1,1", "59,1", "60,2", "239,2", "240,3", "1500,3"})
    void a_day_is_shaded_by_its_minutes_of_counted_downtime(long minutes, int shade) {
        assertThat(DayMarks.shadeOf(minutes)).isEqualTo(shade);
    }

    @Test
    void the_words_name_each_day_with_downtime_and_say_every_other_day_had_none() {
        // CL-01's 50 minutes and CL-02's outage across the night summer time ended, in one month
        DailyDowntime daily = DailyDowntime.ofOutages(OCTOBER, AMSTERDAM, List.of(
                run("2026-10-12T14:00:00+02:00", "2026-10-12T14:50:00+02:00"),
                run("2026-10-24T20:00:00+02:00", "2026-10-25T20:00:00+01:00")));

        assertThat(DayMarks.wording(daily)).isEqualTo(
                "Counted downtime by day: 12 Oct 50 min, 24 Oct 240 min, 25 Oct 1,260 min; every other day none.");
        DayMarks marks = DayMarks.of(daily);
        assertThat(marks.marks()).isEqualTo(31);
        assertThat(marks.shade(11)).isEqualTo(1);
        assertThat(marks.shade(23)).isEqualTo(3);
        assertThat(marks.shade(24)).isEqualTo(3);
        assertThat(marks.shade(25)).isZero();
        // the same marks for a page that draws its own: a day's words and its shade's colour
        List<DayMarks.Day> days = DayMarks.days(daily);
        assertThat(days).hasSize(31);
        assertThat(days.get(24).words()).isEqualTo("25 Oct: 1,260 min");
        assertThat(days.get(24).shade()).isEqualTo(3);
        assertThat(days.get(25).words()).isEqualTo("26 Oct: none");
        assertThat(days.get(25).color()).isEqualTo(days.get(0).color()).isNotEqualTo(days.get(24).color());
    }

    @Test
    void a_period_without_downtime_says_so() {
        DailyDowntime daily = DailyDowntime.ofOutages(OCTOBER, AMSTERDAM, List.of());

        assertThat(DayMarks.wording(daily)).isEqualTo("Counted downtime by day: none on any day.");
        assertThat(DayMarks.of(daily).marks()).isEqualTo(31);
    }

    @Test
    void a_period_down_every_day_needs_no_word_on_other_days() {
        DailyDowntime daily = DailyDowntime.ofOutages(ServicePeriod.month(YearMonth.of(2026, 2)), AMSTERDAM,
                List.of(run("2026-02-01T00:00:00+01:00", "2026-03-01T00:00:00+01:00")));

        assertThat(DayMarks.wording(daily)).startsWith("Counted downtime by day: 1 Feb 1,440 min, 2 Feb 1,440 min")
                .endsWith("28 Feb 1,440 min.");
    }

    @Test
    void a_quarter_has_92_marks() {
        DailyDowntime daily = DailyDowntime.ofOutages(ServicePeriod.quarter(2026, 4), AMSTERDAM, List.of());

        assertThat(DayMarks.of(daily).marks()).isEqualTo(92);
    }

    private static SlotRange run(String from, String to) {
        return SlotRange.startingWithin(OffsetDateTime.parse(from).toInstant(), OffsetDateTime.parse(to).toInstant());
    }

    @Test
    void theLegendNamesEachShadeLightestFirstInTheColoursOfTheMarks() {
        assertThat(DayMarks.legend()).extracting(DayMarks.Shade::words)
                .containsExactly("none", "under 1 h", "1 h to under 4 h", "4 h or more");
        for (int shade = 0; shade < 4; shade++) {
            assertThat(DayMarks.legend().get(shade).words()).isEqualTo(DayMarks.legend(shade));
        }
        assertThat(DayMarks.legend().get(3).color()).isEqualTo("#7F1D1D");
    }
}
