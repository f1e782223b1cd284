package com.slacredits.domain.support;

import static com.slacredits.domain.support.Holidays2026.HOLIDAYS;
import static com.slacredits.domain.support.SupportPacks.AMSTERDAM;
import static com.slacredits.domain.support.SupportPacks.OFFICE;
import static com.slacredits.domain.support.SupportPacks.SOFIA;
import static com.slacredits.domain.support.SupportPacks.SOFIA_OFFICE;
import static com.slacredits.domain.support.SupportPacks.WEEKDAYS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Support SLAs, section 2: when a calendar is open, to the second, across weekends, holidays and summer time. */
class OpenHoursTest {

    private final OpenHours office = OFFICE.hoursIn(AMSTERDAM, Optional.of("NL"), HOLIDAYS);
    private final OpenHours sofia = SOFIA_OFFICE.hoursIn(SOFIA, Optional.of("BG"), HOLIDAYS);
    private final OpenHours always = BusinessCalendar.ALWAYS.hoursFor(null, HOLIDAYS);

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Test
    void friday_half_past_four_to_monday_a_quarter_to_ten_is_75_business_minutes() {
        assertThat(office.openSeconds(at("2026-10-02T16:30:00+02:00"), at("2026-10-05T09:45:00+02:00")))
                .isEqualTo(4_500);
    }

    @Test
    void opens_at_its_opening_instant_and_is_closed_from_its_closing_instant() {
        assertThat(office.openSeconds(at("2026-10-05T08:59:59+02:00"), at("2026-10-05T09:00:00+02:00"))).isZero();
        assertThat(office.openSeconds(at("2026-10-05T09:00:00+02:00"), at("2026-10-05T09:00:01+02:00"))).isEqualTo(1);
        assertThat(office.openSeconds(at("2026-10-05T16:59:59+02:00"), at("2026-10-05T17:00:00+02:00"))).isEqualTo(1);
        assertThat(office.openSeconds(at("2026-10-05T17:00:00+02:00"), at("2026-10-05T17:00:01+02:00"))).isZero();
        assertThat(office.openSeconds(at("2026-10-05T00:00:00+02:00"), at("2026-10-06T00:00:00+02:00")))
                .isEqualTo(8 * 3_600);
    }

    @Test
    void an_empty_or_backward_span_has_no_open_time() {
        Instant ten = at("2026-10-05T10:00:00+02:00");

        assertThat(office.openSeconds(ten, ten)).isZero();
        assertThat(office.openSeconds(ten, ten.minusSeconds(60))).isZero();
        assertThat(always.openSeconds(ten, ten.minusSeconds(60))).isZero();
    }

    @Test
    void a_weekend_is_closed() {
        assertThat(office.openSeconds(at("2026-10-03T00:00:00+02:00"), at("2026-10-05T00:00:00+02:00"))).isZero();
        assertThat(office.openSeconds(at("2026-10-03T12:00:00+02:00"), at("2026-10-05T09:30:00+02:00")))
                .isEqualTo(1_800);
    }

    @Test
    void kings_day_is_closed_in_the_netherlands() {
        Instant kingsDayMorning = at("2026-04-27T10:00:00+02:00");
        Instant nextMorning = at("2026-04-28T09:30:00+02:00");

        assertThat(office.openSeconds(kingsDayMorning, nextMorning)).isEqualTo(1_800);
        OpenHours noHolidays = OFFICE.hoursIn(AMSTERDAM, Optional.empty(), HOLIDAYS);
        assertThat(noHolidays.openSeconds(kingsDayMorning, nextMorning)).isEqualTo(7 * 3_600 + 1_800);
    }

    @Test
    void the_28th_of_december_2026_is_closed_in_bulgaria_not_in_the_netherlands() {
        // Thursday 24 and Friday 25 are Bulgarian holidays too, and Monday 28 is one; Tuesday 29 opens at 08:00.
        assertThat(sofia.openSeconds(at("2026-12-23T17:00:00+02:00"), at("2026-12-29T08:30:00+02:00")))
                .isEqualTo(3_600 + 1_800);
        assertThat(office.openSeconds(at("2026-12-28T00:00:00+01:00"), at("2026-12-29T00:00:00+01:00")))
                .isEqualTo(8 * 3_600);
    }

    @Test
    void a_day_the_provider_announced_closed_is_closed() {
        WeeklyCalendar christmasEve = new WeeklyCalendar("office", Optional.of(AMSTERDAM), WEEKDAYS,
                LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.of("NL"), false, Set.of(LocalDate.of(2026, 12, 24)));
        OpenHours hours = christmasEve.hoursIn(AMSTERDAM, Optional.of("NL"), HOLIDAYS);

        assertThat(hours.openSeconds(at("2026-12-23T00:00:00+01:00"), at("2026-12-28T00:00:00+01:00")))
                .isEqualTo(8 * 3_600);
    }

    @Test
    void always_counts_real_time_across_the_end_of_summer_time() {
        // 01:30 summer time to 03:30 winter time on 25 October 2026: two hours on the wall, three in fact.
        assertThat(always.openSeconds(at("2026-10-25T01:30:00+02:00"), at("2026-10-25T03:30:00+01:00")))
                .isEqualTo(3 * 3_600);
        assertThat(always.reach(at("2026-10-25T01:30:00+02:00"), 3 * 3_600)).isEqualTo(at("2026-10-25T03:30:00+01:00"));
    }

    @Test
    void an_office_calendar_across_the_end_of_summer_time_counts_the_hours_that_passed() {
        OpenHours nights = everyDay("01:00", "05:00").hoursIn(AMSTERDAM, Optional.empty(), HOLIDAYS);

        // 01:00 summer time is 23:00Z, 05:00 winter time 04:00Z: five hours that night, four the night before.
        assertThat(nights.openSeconds(at("2026-10-25T00:00:00+02:00"), at("2026-10-25T12:00:00+01:00")))
                .isEqualTo(5 * 3_600);
        assertThat(nights.openSeconds(at("2026-10-24T00:00:00+02:00"), at("2026-10-24T12:00:00+02:00")))
                .isEqualTo(4 * 3_600);
        // Friday to Monday across that night on the Monday-to-Friday office: the weekend's extra hour is closed.
        assertThat(office.openSeconds(at("2026-10-23T16:00:00+02:00"), at("2026-10-26T10:00:00+01:00")))
                .isEqualTo(2 * 3_600);
    }

    @Test
    void a_local_time_in_the_overlap_takes_the_earlier_offset() {
        // 02:30 on 25 October 2026 happens twice in Amsterdam; the calendar opens at the first, 00:30Z.
        OpenHours hours = everyDay("02:30", "04:00").hoursIn(AMSTERDAM, Optional.empty(), HOLIDAYS);

        assertThat(hours.openSeconds(at("2026-10-25T00:00:00Z"), at("2026-10-25T12:00:00Z"))).isEqualTo(9_000);
        assertThat(hours.reach(at("2026-10-25T00:00:00Z"), 1)).isEqualTo(at("2026-10-25T00:30:01Z"));
    }

    @Test
    void a_local_time_in_the_gap_is_later_by_the_gaps_length() {
        // 02:30 on 29 March 2026 does not exist in Amsterdam: it resolves to 03:30 summer time, 01:30Z.
        OpenHours hours = everyDay("02:30", "04:00").hoursIn(AMSTERDAM, Optional.empty(), HOLIDAYS);

        assertThat(hours.openSeconds(at("2026-03-29T00:00:00Z"), at("2026-03-29T12:00:00Z"))).isEqualTo(1_800);
        assertThat(hours.reach(at("2026-03-29T00:00:00Z"), 1)).isEqualTo(at("2026-03-29T01:30:01Z"));
    }

    @Test
    void reach_across_a_weekend() {
        assertThat(office.reach(at("2026-10-02T16:00:00+02:00"), 2 * 3_600)).isEqualTo(at("2026-10-05T10:00:00+02:00"));
    }

    @Test
    void reach_across_a_holiday() {
        // Friday 24 April, then the weekend and King's Day: Tuesday 28 April.
        assertThat(office.reach(at("2026-04-24T16:00:00+02:00"), 2 * 3_600)).isEqualTo(at("2026-04-28T10:00:00+02:00"));
    }

    @Test
    void reach_ends_at_the_closing_instant_when_the_target_fills_the_day() {
        assertThat(office.reach(at("2026-10-05T09:00:00+02:00"), 8 * 3_600)).isEqualTo(at("2026-10-05T17:00:00+02:00"));
        assertThat(office.reach(at("2026-10-05T09:00:00+02:00"), 8 * 3_600 + 1))
                .isEqualTo(at("2026-10-06T09:00:01+02:00"));
    }

    @Test
    void reach_from_a_closed_instant_starts_at_the_next_opening() {
        assertThat(office.reach(at("2026-10-03T12:00:00+02:00"), 60)).isEqualTo(at("2026-10-05T09:01:00+02:00"));
        assertThat(office.reach(at("2026-10-03T12:00:00+02:00"), 0)).isEqualTo(at("2026-10-03T12:00:00+02:00"));
    }

    @Test
    void a_calendar_takes_the_customers_zone_and_holidays() {
        WeeklyCalendar customer = SupportPacks.CUSTOMER;
        ZoneId newYork = ZoneId.of("America/New_York");
        var contract = SupportPacks.contract("K-1", "OWN_HOURS", "1200.00", Optional.of(newYork), Optional.of("be"));

        assertThat(customer.zoneFor(contract)).isEqualTo(newYork);
        assertThat(customer.countryFor(contract)).contains("BE");
        OpenHours hours = customer.hoursFor(contract, HOLIDAYS);
        // 21 July is Belgium's national day: closed in New York for this customer.
        assertThat(hours.openSeconds(at("2026-07-21T00:00:00-04:00"), at("2026-07-22T10:00:00-04:00")))
                .isEqualTo(3_600);
    }

    private static WeeklyCalendar everyDay(String opens, String closes) {
        return new WeeklyCalendar("nights", Optional.of(AMSTERDAM), EnumSet.allOf(DayOfWeek.class),
                LocalTime.parse(opens), LocalTime.parse(closes), Optional.empty(), false, Set.of());
    }
}
