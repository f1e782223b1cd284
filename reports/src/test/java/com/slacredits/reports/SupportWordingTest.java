package com.slacredits.reports;

import static com.slacredits.reports.SupportTickets.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A measured ticket in words (support SLAs, section 5): each clock's time, target and verdict, and its calendar. */
class SupportWordingTest {

    @Test
    void aMissedResponseOnBusinessHoursAndAMetResolution() {
        assertThat(WORDING.clocks(Z_01, RUN_1)).isEqualTo(
                "First response after 5 h of business hours; target 4 h: missed.\n"
                        + "Resolved after 15 h of business hours; target 16 h: met.");
    }

    @Test
    void aClockAroundTheClockIsNotBusinessHours() {
        assertThat(WORDING.response(Z_02, RUN_1)).isEqualTo("First response after 40 min; target 30 min: missed.");
    }

    @Test
    void aClockMissedWithoutAStopIsNotResolvedByTheCutOff() {
        assertThat(WORDING.resolution(Z_02, RUN_1))
                .isEqualTo("Not resolved by 2026-11-05 00:00 Europe/Amsterdam; target 4 h: missed.");
        MeasuredTicket unanswered = ticket("Z-07", "P1", "2026-10-21T20:10:00Z", null, null,
                clock("ALWAYS", 30, "2026-10-21T20:40:00Z", null, 0, false),
                clock("ALWAYS", 240, "2026-10-22T00:10:00Z", null, 0, false));
        assertThat(WORDING.clocks(unanswered, RUN_1)).isEqualTo(
                "No first response by 2026-11-05 00:00 Europe/Amsterdam; target 30 min: missed.\n"
                        + "Not resolved by 2026-11-05 00:00 Europe/Amsterdam; target 4 h: missed.");
    }

    @Test
    void aResolutionWithoutAResponseAnsweredTheCustomer() {
        assertThat(WORDING.clocks(Z_03, RUN_1)).isEqualTo(
                "First response, given by the resolution, after 4 h 45 min; target 30 min: missed.\n"
                        + "Resolved after 4 h 45 min; target 4 h: missed.");
    }

    @Test
    void aClockMissedBySecondsReadsJustOverItsTargetAndPausesAreNamed() {
        assertThat(WORDING.clocks(LATE_BY_SECONDS, RUN_1)).isEqualTo(
                "First response after 3 h 10 min of business hours; target 4 h: met.\n"
                        + "Resolved after just over 2 h of business hours, not counting 1 h 15 min waiting for you;"
                        + " target 2 h: missed.");
    }

    @Test
    void aPriorityWithoutAResolutionTargetHasOneSentence() {
        MeasuredTicket respondOnly = ticket("Z-08", "P3", "2026-10-15T12:00:00Z", "2026-10-15T12:30:00Z", null,
                clock("harbour", 240, "2026-10-15T16:00:00Z", 30L, 0, true), null);
        assertThat(WORDING.clocks(respondOnly, RUN_1))
                .isEqualTo("First response after 30 min of business hours; target 4 h: met.");
        assertThat(SupportWording.result(respondOnly.resolution())).isEqualTo("—");
        assertThat(SupportWording.target(respondOnly.resolution())).isEqualTo("no target");
        assertThat(SupportWording.result(respondOnly.response())).isEqualTo("Met");
        assertThat(SupportWording.target(respondOnly.response())).isEqualTo("target 4 h");
    }

    @Test
    void alwaysIsAroundTheClock() {
        assertThat(WORDING.calendars(Z_02)).isEqualTo("Counted around the clock.");
    }

    @Test
    void aFixedZoneWithCountryHolidaysAndAClosedDayInTheTicketsTime() {
        // Friday 16 October, closed by the provider, lies between the report and the resolution
        assertThat(WORDING.calendars(Z_01)).isEqualTo("Counted in business hours: Monday to Friday, 08:00–18:00"
                + " Europe/Amsterdam, except public holidays of the Netherlands and 2026-10-16, a day we announced"
                + " we were closed.");
    }

    @Test
    void closedDaysOutsideTheTicketsTimeAreNotNamed() {
        assertThat(WORDING.calendars(LATE_BY_SECONDS)).isEqualTo("Counted in business hours: Monday to Friday,"
                + " 08:00–18:00 Europe/Amsterdam, except public holidays of the Netherlands.");
    }

    @Test
    void twoClosedDaysAreBothNamed() {
        MeasuredTicket longOpen = ticket("Z-10", "P3", "2026-10-15T12:00:00Z", "2026-12-28T10:00:00Z", null,
                clock("harbour", 240, "2026-10-15T16:00:00Z", 9_000L, 0, false), null);
        assertThat(WORDING.calendars(longOpen)).endsWith("except public holidays of the Netherlands and 2026-10-16"
                + " and 2026-12-24, days we announced we were closed.");
    }

    @Test
    void twoCalendarsAreNamedPerClock() {
        assertThat(WORDING.calendars(Z_04)).isEqualTo("First response counted around the clock; resolution counted"
                + " in business hours: Monday to Friday, 08:00–18:00 Europe/Amsterdam, except public holidays of the"
                + " Netherlands.");
    }

    @Test
    void theCustomersOwnZoneAndCountry() {
        assertThat(WORDING.calendars(U_01)).isEqualTo("Counted in business hours: Monday to Friday, 09:00–17:00"
                + " America/New_York, except public holidays of the United States.");
        assertThat(WORDING.clocks(U_01, RUN_1)).isEqualTo(
                "First response after 1 h 50 min of business hours; target 2 h: met.\n"
                        + "Resolved after 16 h 30 min of business hours; target 16 h: missed.");
    }

    @Test
    void theCustomersOwnZoneWithoutACountryHasNoHolidays() {
        MeasuredTicket noCountry = ticket("U-03", "K-U2", "CU-8", "P4", "2026-11-25T20:30:00Z",
                "2026-11-27T14:20:00Z", null, clock("customer", 120, "2026-11-26T14:30:00Z", 590L, 0, false), null,
                Optional.of(ZoneId.of("Asia/Tokyo")), Optional.empty());
        assertThat(WORDING.calendars(noCountry))
                .isEqualTo("Counted in business hours: Monday to Friday, 09:00–17:00 Asia/Tokyo.");
    }

    @Test
    void reportedInThePacksZoneAndMeasuredUnderThePacksName() {
        assertThat(WORDING.reported(Z_02)).isEqualTo("2026-10-21 22:10 UTC+02:00");
        assertThat(WORDING.reported(Z_04)).isEqualTo("2026-10-31 23:10 UTC+01:00");
        assertThat(WORDING.measuredUnder(Z_02)).isEqualTo("Measured under Harbour Support SLA 2026, Business edition");
    }

    @Test
    void durationsInHoursAndMinutes() {
        assertThat(SupportWording.duration(0)).isEqualTo("0 min");
        assertThat(SupportWording.duration(40)).isEqualTo("40 min");
        assertThat(SupportWording.duration(120)).isEqualTo("2 h");
        assertThat(SupportWording.duration(190)).isEqualTo("3 h 10 min");
        assertThat(SupportWording.duration(2_400)).isEqualTo("40 h");
        assertThat(SupportWording.duration(60_061)).isEqualTo("1,001 h 1 min");
    }

    @Test
    void daysOfTheWeekInWords() {
        assertThat(SupportWording.days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))).isEqualTo("Monday to Friday");
        assertThat(SupportWording.days(EnumSet.allOf(DayOfWeek.class))).isEqualTo("every day");
        assertThat(SupportWording.days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)))
                .isEqualTo("Monday, Wednesday and Friday");
        assertThat(SupportWording.days(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))).isEqualTo("Saturday and Sunday");
        assertThat(SupportWording.days(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.SATURDAY))).isEqualTo("Monday to Wednesday and Saturday");
        assertThat(SupportWording.days(EnumSet.of(DayOfWeek.TUESDAY))).isEqualTo("Tuesday");
    }

    @Test
    void countriesAsASentenceNamesThem() {
        assertThat(SupportWording.country("NL")).isEqualTo("the Netherlands");
        assertThat(SupportWording.country("BE")).isEqualTo("Belgium");
        assertThat(SupportWording.country("BG")).isEqualTo("Bulgaria");
        assertThat(SupportWording.country("US")).isEqualTo("the United States");
        assertThat(SupportWording.country("GB")).isEqualTo("the United Kingdom");
        assertThat(SupportWording.except(Optional.empty(), List.of(LocalDate.of(2026, 12, 24))))
                .isEqualTo(", except 2026-12-24, a day we announced we were closed");
        assertThat(SupportWording.except(Optional.empty(), List.of())).isEmpty();
    }

    @Test
    void aPackNotLoadedStillNamesItsCalendar() {
        SupportWording bare = new SupportWording(new com.slacredits.domain.PolicyCatalog(List.of()));
        assertThat(bare.calendars(Z_01)).isEqualTo("Counted in the business hours your SLA calls 'harbour'.");
        assertThat(bare.measuredUnder(Z_01)).isEqualTo("Measured under harbour-support-2026, Business edition");
        assertThat(bare.reported(Z_01)).isEqualTo("2026-10-15 12:00 UTC+00:00");
    }
}
