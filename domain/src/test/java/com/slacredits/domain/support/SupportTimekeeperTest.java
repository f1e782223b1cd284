package com.slacredits.domain.support;

import static com.slacredits.domain.support.Holidays2026.HOLIDAYS;
import static com.slacredits.domain.support.SupportPacks.contract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.ServicePeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Support SLAs, section 4: the response and resolution clocks of a ticket, its pauses, the due instants,
 * what a run knows at its cut-off, and when a ticket is measured. The pack is section 3's example.
 */
class SupportTimekeeperTest {

    private static final PolicyPack RESPONSE = SupportPacks.pack(ResolutionStart.RESPONSE);
    private static final PolicyPack REPORT = SupportPacks.pack(ResolutionStart.REPORT);
    private static final Contract K1 = contract("K-1", "ENTERPRISE");
    /** Cut-off 2026-11-02T00:00+01:00: October has ended. */
    private static final LocalDate NOVEMBER_2 = LocalDate.of(2026, 11, 2);

    private final SupportTimekeeper timekeeper = new SupportTimekeeper(HOLIDAYS);

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static Optional<Instant> optional(String offsetDateTime) {
        return Optional.ofNullable(offsetDateTime).map(SupportTimekeeperTest::at);
    }

    private static Ticket ticket(String priority, String reported, String responded, String resolved) {
        return new Ticket("T-1", "K-1", priority, at(reported), optional(responded), optional(resolved));
    }

    private static TicketPause pause(String from, String to) {
        return new TicketPause("T-1", at(from), at(to));
    }

    private Optional<TicketMeasurement> measure(PolicyPack pack, Contract contract, Ticket ticket, LocalDate asOf,
            TicketPause... pauses) {
        return timekeeper.measure(pack, contract, ticket, List.of(pauses), asOf);
    }

    private TicketMeasurement measured(Ticket ticket, TicketPause... pauses) {
        return measure(RESPONSE, K1, ticket, NOVEMBER_2, pauses).orElseThrow(() ->
                new AssertionError("ticket not measured"));
    }

    private static ClockMeasurement response(TicketMeasurement measurement) {
        return measurement.response().orElseThrow();
    }

    private static ClockMeasurement resolution(TicketMeasurement measurement) {
        return measurement.resolution().orElseThrow();
    }

    @Nested
    class TheResponseClock {

        @Test
        void p2_reported_friday_half_past_four_and_answered_monday_a_quarter_to_ten_took_75_business_minutes() {
            TicketMeasurement measurement = measured(ticket("P2", "2026-10-02T16:30:00+02:00",
                    "2026-10-05T09:45:00+02:00", "2026-10-05T10:30:00+02:00"));

            ClockMeasurement response = response(measurement);
            assertThat(response.calendar()).isEqualTo("office");
            assertThat(response.elapsed()).contains(Duration.ofSeconds(4_500));
            assertThat(response.elapsedMinutes()).hasValue(75);
            assertThat(response.targetMinutes()).isEqualTo(120);
            assertThat(response.met()).isTrue();
            // Thirty minutes on Friday, ninety on Monday.
            assertThat(response.due()).isEqualTo(at("2026-10-05T10:30:00+02:00"));
            assertThat(measurement.period()).isEqualTo(ServicePeriod.month(YearMonth.of(2026, 10)));
        }

        @Test
        void answered_exactly_at_the_target_is_met_and_one_second_later_missed() {
            ClockMeasurement onTime = response(measured(ticket("P4", "2026-10-05T09:00:00+02:00",
                    "2026-10-05T13:00:00+02:00", null)));
            ClockMeasurement late = response(measured(ticket("P4", "2026-10-05T09:00:00+02:00",
                    "2026-10-05T13:00:01+02:00", null)));

            assertThat(onTime.met()).isTrue();
            assertThat(onTime.elapsed()).contains(Duration.ofHours(4));
            assertThat(late.met()).isFalse();
            assertThat(late.elapsed()).contains(Duration.ofSeconds(4 * 3_600 + 1));
            assertThat(late.elapsedMinutes()).hasValue(240);
            assertThat(late.due()).isEqualTo(at("2026-10-05T13:00:00+02:00"));
        }

        @Test
        void reported_on_a_saturday_the_clock_starts_on_monday_morning() {
            ClockMeasurement response = response(measured(ticket("P4", "2026-10-03T12:00:00+02:00",
                    "2026-10-05T09:30:00+02:00", null)));

            assertThat(response.elapsed()).contains(Duration.ofMinutes(30));
            assertThat(response.due()).isEqualTo(at("2026-10-05T13:00:00+02:00"));
        }

        @Test
        void reported_on_kings_day_the_clock_starts_the_next_morning() {
            TicketMeasurement measurement = measure(RESPONSE, K1, ticket("P4", "2026-04-27T10:00:00+02:00",
                    "2026-04-28T09:30:00+02:00", null), LocalDate.of(2026, 5, 4)).orElseThrow();

            assertThat(response(measurement).elapsed()).contains(Duration.ofMinutes(30));
            assertThat(measurement.period()).isEqualTo(ServicePeriod.month(YearMonth.of(2026, 4)));
        }

        @Test
        void reported_on_bulgarias_28_december_on_the_customers_hours_in_sofia() {
            Contract sofia = contract("K-2", "OWN_HOURS", "1200.00", Optional.of(ZoneId.of("Europe/Sofia")),
                    Optional.of("bg"));
            Ticket ticket = new Ticket("T-2", "K-2", "P2", at("2026-12-28T10:00:00+02:00"),
                    optional("2026-12-29T09:30:00+02:00"), optional("2026-12-29T10:00:00+02:00"));

            TicketMeasurement measurement = measure(RESPONSE, sofia, ticket, LocalDate.of(2027, 1, 4)).orElseThrow();

            assertThat(response(measurement).calendar()).isEqualTo("customer");
            assertThat(response(measurement).elapsed()).contains(Duration.ofMinutes(30));
            assertThat(resolution(measurement).elapsed()).contains(Duration.ofMinutes(30));
            // The same ticket for a customer in Sofia without holidays: Monday counts from 10:00 to 17:00.
            Contract noHolidays = contract("K-3", "OWN_HOURS", "1200.00", Optional.of(ZoneId.of("Europe/Sofia")),
                    Optional.empty());
            assertThat(response(measure(RESPONSE, noHolidays, ticket, LocalDate.of(2027, 1, 4)).orElseThrow())
                    .elapsed()).contains(Duration.ofMinutes(7 * 60 + 30));
        }

        @Test
        void the_opening_instant_counts_and_the_closing_instant_does_not() {
            ClockMeasurement atClosing = response(measured(ticket("P4", "2026-10-02T17:00:00+02:00",
                    "2026-10-05T09:00:00+02:00", null)));
            ClockMeasurement lastSecond = response(measured(ticket("P4", "2026-10-02T16:59:59+02:00",
                    "2026-10-05T09:00:00+02:00", null)));
            ClockMeasurement firstSecond = response(measured(ticket("P4", "2026-10-05T08:59:59+02:00",
                    "2026-10-05T09:00:01+02:00", null)));

            assertThat(atClosing.elapsed()).contains(Duration.ZERO);
            assertThat(lastSecond.elapsed()).contains(Duration.ofSeconds(1));
            assertThat(firstSecond.elapsed()).contains(Duration.ofSeconds(1));
        }

        @Test
        void always_counts_the_real_time_across_the_end_of_summer_time() {
            // 01:30 summer time to 02:20 winter time: fifty minutes on the wall, 110 in fact.
            TicketMeasurement measurement = measured(ticket("P1", "2026-10-25T01:30:00+02:00",
                    "2026-10-25T02:20:00+01:00", "2026-10-25T03:00:00+01:00"));

            assertThat(response(measurement).calendar()).isEqualTo("ALWAYS");
            assertThat(response(measurement).elapsed()).contains(Duration.ofMinutes(110));
            assertThat(response(measurement).met()).isFalse();
            assertThat(response(measurement).due()).isEqualTo(at("2026-10-25T02:30:00+02:00"));
            assertThat(resolution(measurement).elapsed()).contains(Duration.ofMinutes(40));
        }

        @Test
        void the_office_is_closed_on_the_night_summer_time_ends() {
            ClockMeasurement response = response(measured(ticket("P2", "2026-10-24T23:00:00+02:00",
                    "2026-10-26T09:30:00+01:00", "2026-10-26T10:00:00+01:00")));

            assertThat(response.elapsed()).contains(Duration.ofMinutes(30));
            assertThat(response.due()).isEqualTo(at("2026-10-26T11:00:00+01:00"));
        }

        @Test
        void the_due_instant_skips_a_weekend() {
            ClockMeasurement response = response(measured(ticket("P2", "2026-10-02T16:00:00+02:00",
                    "2026-10-05T11:00:00+02:00", "2026-10-05T12:00:00+02:00")));

            assertThat(response.due()).isEqualTo(at("2026-10-05T10:00:00+02:00"));
            assertThat(response.elapsedMinutes()).hasValue(180);
            assertThat(response.missed()).isTrue();
        }

        @Test
        void the_due_instant_skips_a_holiday() {
            // Friday 24 April at 16:00: one hour on Friday, then the weekend and King's Day.
            ClockMeasurement response = response(measure(RESPONSE, K1, ticket("P4", "2026-04-24T16:00:00+02:00",
                    "2026-04-28T11:00:00+02:00", null), LocalDate.of(2026, 5, 4)).orElseThrow());

            assertThat(response.due()).isEqualTo(at("2026-04-28T12:00:00+02:00"));
            assertThat(response.elapsed()).contains(Duration.ofHours(3));
            assertThat(response.met()).isTrue();
        }

        @Test
        void a_resolution_without_a_response_stops_the_response_clock() {
            TicketMeasurement measurement = measured(ticket("P2", "2026-10-05T09:00:00+02:00", null,
                    "2026-10-05T10:30:00+02:00"));

            assertThat(measurement.ticket().respondedAt()).isEmpty();
            assertThat(response(measurement).elapsed()).contains(Duration.ofMinutes(90));
            assertThat(response(measurement).met()).isTrue();
            // Under RESPONSE, with no response, the resolution clock starts at the report.
            assertThat(resolution(measurement).elapsed()).contains(Duration.ofMinutes(90));
        }

        @Test
        void takes_no_pause() {
            TicketMeasurement measurement = measured(ticket("P2", "2026-10-05T09:00:00+02:00",
                    "2026-10-05T10:30:00+02:00", "2026-10-05T11:00:00+02:00"),
                    pause("2026-10-05T09:10:00+02:00", "2026-10-05T10:00:00+02:00"));

            assertThat(response(measurement).elapsed()).contains(Duration.ofMinutes(90));
            assertThat(response(measurement).paused()).isZero();
        }
    }

    @Nested
    class TheResolutionClock {

        @Test
        void under_response_starts_at_the_first_response_and_under_report_at_the_report() {
            Ticket ticket = ticket("P2", "2026-10-05T09:00:00+02:00", "2026-10-05T10:00:00+02:00",
                    "2026-10-05T11:30:00+02:00");

            ClockMeasurement fromResponse = resolution(measure(RESPONSE, K1, ticket, NOVEMBER_2).orElseThrow());
            ClockMeasurement fromReport = resolution(measure(REPORT, K1, ticket, NOVEMBER_2).orElseThrow());

            assertThat(fromResponse.elapsed()).contains(Duration.ofMinutes(90));
            assertThat(fromResponse.due()).isEqualTo(at("2026-10-05T12:00:00+02:00"));
            assertThat(fromResponse.met()).isTrue();
            assertThat(fromReport.elapsed()).contains(Duration.ofMinutes(150));
            assertThat(fromReport.due()).isEqualTo(at("2026-10-05T11:00:00+02:00"));
            assertThat(fromReport.met()).isFalse();
        }

        @Test
        void under_response_an_open_ticket_without_a_response_is_measured_from_its_report() {
            TicketMeasurement measurement = measured(ticket("P2", "2026-10-05T09:00:00+02:00", null, null));

            assertThat(response(measurement).missed()).isTrue();
            assertThat(response(measurement).elapsed()).isEmpty();
            assertThat(resolution(measurement).missed()).isTrue();
            assertThat(resolution(measurement).elapsed()).isEmpty();
            assertThat(resolution(measurement).elapsedMinutes()).isEmpty();
            assertThat(resolution(measurement).due()).isEqualTo(at("2026-10-05T11:00:00+02:00"));
            assertThat(resolution(measurement).paused()).isZero();
        }

        @Test
        void counts_on_its_own_calendar_when_the_priority_names_one() {
            // P3: respond PT1H on ALWAYS, resolve PT8H on office.
            TicketMeasurement measurement = measured(ticket("P3", "2026-10-02T16:00:00+02:00",
                    "2026-10-02T16:30:00+02:00", "2026-10-05T16:00:00+02:00"));

            assertThat(response(measurement).calendar()).isEqualTo("ALWAYS");
            assertThat(response(measurement).elapsed()).contains(Duration.ofMinutes(30));
            assertThat(resolution(measurement).calendar()).isEqualTo("office");
            assertThat(resolution(measurement).elapsed()).contains(Duration.ofMinutes(30 + 7 * 60));
            assertThat(resolution(measurement).due()).isEqualTo(at("2026-10-05T16:30:00+02:00"));
        }

        @Test
        void overlapping_pauses_count_each_instant_once() {
            // P1 on ALWAYS, resolve PT1H from the response at 10:05; paused 10:10-11:00 by three rows.
            TicketMeasurement measurement = measured(ticket("P1", "2026-10-05T10:00:00+02:00",
                    "2026-10-05T10:05:00+02:00", "2026-10-05T11:30:00+02:00"),
                    pause("2026-10-05T10:10:00+02:00", "2026-10-05T10:40:00+02:00"),
                    pause("2026-10-05T10:30:00+02:00", "2026-10-05T11:00:00+02:00"),
                    pause("2026-10-05T10:10:00+02:00", "2026-10-05T10:40:00+02:00"));

            ClockMeasurement resolution = resolution(measurement);
            assertThat(resolution.paused()).isEqualTo(Duration.ofMinutes(50));
            assertThat(resolution.pausedMinutes()).isEqualTo(50);
            assertThat(resolution.elapsed()).contains(Duration.ofMinutes(35));
            assertThat(resolution.met()).isTrue();
            // Five minutes before the pause, fifty-five after it.
            assertThat(resolution.due()).isEqualTo(at("2026-10-05T11:55:00+02:00"));
        }

        @Test
        void a_pause_while_the_calendar_is_closed_changes_nothing() {
            Ticket ticket = ticket("P2", "2026-10-02T16:00:00+02:00", "2026-10-02T16:10:00+02:00",
                    "2026-10-05T10:30:00+02:00");

            ClockMeasurement closedPause = resolution(measured(ticket,
                    pause("2026-10-02T17:30:00+02:00", "2026-10-05T08:00:00+02:00")));
            ClockMeasurement partlyOpen = resolution(measured(ticket,
                    pause("2026-10-02T16:30:00+02:00", "2026-10-05T09:15:00+02:00")));

            assertThat(closedPause.paused()).isZero();
            assertThat(closedPause.elapsed()).contains(Duration.ofMinutes(50 + 90));
            assertThat(closedPause.missed()).isTrue();
            assertThat(partlyOpen.paused()).isEqualTo(Duration.ofMinutes(30 + 15));
            assertThat(partlyOpen.elapsed()).contains(Duration.ofMinutes(50 + 90 - 45));
            assertThat(partlyOpen.met()).isTrue();
        }

        @Test
        void a_pause_counts_only_between_the_clocks_start_and_its_stop() {
            Ticket ticket = ticket("P2", "2026-10-05T09:00:00+02:00", "2026-10-05T09:30:00+02:00",
                    "2026-10-05T11:00:00+02:00");
            TicketPause beforeTheResponse = pause("2026-10-05T09:10:00+02:00", "2026-10-05T09:40:00+02:00");
            TicketPause afterTheResolution = pause("2026-10-05T11:00:00+02:00", "2026-10-05T12:00:00+02:00");

            ClockMeasurement fromResponse = resolution(measure(RESPONSE, K1, ticket, NOVEMBER_2, beforeTheResponse,
                    afterTheResolution).orElseThrow());
            ClockMeasurement fromReport = resolution(measure(REPORT, K1, ticket, NOVEMBER_2, beforeTheResponse,
                    afterTheResolution).orElseThrow());

            assertThat(fromResponse.paused()).isEqualTo(Duration.ofMinutes(10));
            assertThat(fromResponse.elapsed()).contains(Duration.ofMinutes(80));
            assertThat(fromReport.paused()).isEqualTo(Duration.ofMinutes(30));
            assertThat(fromReport.elapsed()).contains(Duration.ofMinutes(90));
            // The due instant counts the clock's own pauses only.
            assertThat(fromReport.due()).isEqualTo(at("2026-10-05T11:30:00+02:00"));
        }

        @Test
        void a_ticket_of_another_id_lends_it_no_pause() {
            TicketPause other = new TicketPause("T-9", at("2026-10-05T09:10:00+02:00"), at("2026-10-05T10:00:00+02:00"));

            ClockMeasurement resolution = resolution(measured(ticket("P2", "2026-10-05T09:00:00+02:00",
                    "2026-10-05T09:05:00+02:00", "2026-10-05T10:00:00+02:00"), other));

            assertThat(resolution.paused()).isZero();
        }
    }

    @Nested
    class TheCutOff {

        @Test
        void a_response_at_the_cut_off_is_not_known_yet() {
            // Friday 30 October 16:50; the run of 2 November has its cut-off at 00:00 that day.
            Ticket ticket = ticket("P4", "2026-10-30T16:50:00+01:00", "2026-11-02T00:00:00+01:00", null);

            assertThat(measure(RESPONSE, K1, ticket, NOVEMBER_2)).isEmpty();
            TicketMeasurement nextDay = measure(RESPONSE, K1, ticket, NOVEMBER_2.plusDays(1)).orElseThrow();
            assertThat(response(nextDay).elapsed()).contains(Duration.ofMinutes(10));
            assertThat(nextDay.ticket().respondedAt()).contains(at("2026-11-02T00:00:00+01:00"));
        }

        @Test
        void a_response_one_second_before_the_cut_off_is_known() {
            Ticket ticket = ticket("P1", "2026-10-31T10:00:00+01:00", "2026-11-01T23:59:59+01:00",
                    "2026-11-01T23:59:59+01:00");
            Ticket atCutOff = ticket("P1", "2026-10-31T10:00:00+01:00", "2026-11-02T00:00:00+01:00",
                    "2026-11-02T00:00:00+01:00");

            TicketMeasurement known = measured(ticket);
            TicketMeasurement unknown = measured(atCutOff);

            assertThat(known.ticket().respondedAt()).isPresent();
            assertThat(response(known).elapsed()).isPresent();
            assertThat(unknown.ticket().respondedAt()).isEmpty();
            assertThat(unknown.ticket().resolvedAt()).isEmpty();
            assertThat(response(unknown).elapsed()).isEmpty();
            assertThat(response(unknown).missed()).isTrue();
            // Known, the response starts the resolution clock; unknown, the report does.
            assertThat(resolution(known).elapsed()).contains(Duration.ZERO);
            assertThat(resolution(unknown).due()).isEqualTo(at("2026-10-31T11:00:00+01:00"));
        }

        @Test
        void a_stop_at_the_cut_off_is_not_known_yet() {
            Ticket known = ticket("P1", "2026-10-31T10:00:00+01:00", "2026-10-31T10:30:00+01:00",
                    "2026-11-01T23:59:59+01:00");
            Ticket atCutOff = ticket("P1", "2026-10-31T10:00:00+01:00", "2026-10-31T10:30:00+01:00",
                    "2026-11-02T00:00:00+01:00");

            assertThat(resolution(measured(known)).elapsed()).isPresent();
            TicketMeasurement unknown = measured(atCutOff);
            assertThat(unknown.ticket().resolvedAt()).isEmpty();
            assertThat(resolution(unknown).elapsed()).isEmpty();
            assertThat(resolution(unknown).missed()).isTrue();
        }

        @Test
        void a_pause_from_the_cut_off_on_is_not_known_and_one_across_it_counts_up_to_it() {
            TicketMeasurement measurement = measured(ticket("P1", "2026-10-31T10:00:00+01:00",
                    "2026-10-31T10:10:00+01:00", null),
                    pause("2026-10-31T10:20:00+01:00", "2026-10-31T10:40:00+01:00"),
                    pause("2026-11-01T23:00:00+01:00", "2026-11-02T02:00:00+01:00"),
                    pause("2026-11-02T00:00:00+01:00", "2026-11-02T05:00:00+01:00"));

            ClockMeasurement resolution = resolution(measurement);
            assertThat(resolution.missed()).isTrue();
            assertThat(resolution.elapsed()).isEmpty();
            assertThat(resolution.pausedMinutes()).isEqualTo(20 + 60);
            assertThat(resolution.due()).isEqualTo(at("2026-10-31T11:30:00+01:00"));
        }

        @Test
        void elapsed_equal_to_the_target_at_the_cut_off_is_not_final_and_one_second_more_is_missed() {
            LocalDate november1 = LocalDate.of(2026, 11, 1);
            // The cut-off of 1 November is 2026-10-31T23:00Z; P1 is an hour on ALWAYS, both clocks.
            Ticket exactlyTheTarget = new Ticket("T-1", "K-1", "P1", Instant.parse("2026-10-31T22:00:00Z"),
                    Optional.empty(), Optional.empty());
            Ticket oneSecondMore = new Ticket("T-1", "K-1", "P1", Instant.parse("2026-10-31T21:59:59Z"),
                    Optional.empty(), Optional.empty());

            assertThat(measure(RESPONSE, K1, exactlyTheTarget, november1)).isEmpty();
            TicketMeasurement missed = measure(RESPONSE, K1, oneSecondMore, november1).orElseThrow();
            assertThat(response(missed).missed()).isTrue();
            assertThat(resolution(missed).missed()).isTrue();
            assertThat(response(missed).due()).isEqualTo(Instant.parse("2026-10-31T22:59:59Z"));
        }

        @Test
        void a_pause_holds_the_resolution_clock_below_its_target_at_the_cut_off() {
            LocalDate november1 = LocalDate.of(2026, 11, 1);
            // Responded at once; two hours to the cut-off, one of them paused: exactly the target, not final.
            Ticket ticket = new Ticket("T-1", "K-1", "P1", Instant.parse("2026-10-31T21:00:00Z"),
                    Optional.of(Instant.parse("2026-10-31T21:00:00Z")), Optional.empty());
            TicketPause hour = new TicketPause("T-1", Instant.parse("2026-10-31T21:30:00Z"),
                    Instant.parse("2026-10-31T22:30:00Z"));
            TicketPause hourLessASecond = new TicketPause("T-1", Instant.parse("2026-10-31T21:30:00Z"),
                    Instant.parse("2026-10-31T22:29:59Z"));

            assertThat(measure(RESPONSE, K1, ticket, november1, hour)).isEmpty();
            assertThat(resolution(measure(RESPONSE, K1, ticket, november1, hourLessASecond).orElseThrow()).missed())
                    .isTrue();
        }

        @Test
        void a_ticket_waits_until_its_period_has_ended() {
            Ticket november = ticket("P2", "2026-11-05T09:00:00+01:00", "2026-11-05T09:30:00+01:00",
                    "2026-11-05T10:00:00+01:00");

            assertThat(measure(RESPONSE, K1, november, LocalDate.of(2026, 11, 20))).isEmpty();
            assertThat(measure(RESPONSE, K1, november, LocalDate.of(2026, 11, 30))).isEmpty();
            assertThat(measure(RESPONSE, K1, november, LocalDate.of(2026, 12, 1))).isPresent();
        }

        @Test
        void a_ticket_belongs_to_the_period_of_its_report_in_the_packs_zone() {
            // 23:30Z on 31 October is 00:30 on 1 November in Amsterdam.
            Ticket ticket = new Ticket("T-1", "K-1", "P1", Instant.parse("2026-10-31T23:30:00Z"),
                    Optional.of(Instant.parse("2026-10-31T23:40:00Z")), Optional.of(Instant.parse("2026-10-31T23:50:00Z")));

            assertThat(measure(RESPONSE, K1, ticket, NOVEMBER_2)).isEmpty();
            assertThat(measure(RESPONSE, K1, ticket, LocalDate.of(2026, 12, 1)).orElseThrow().period())
                    .isEqualTo(ServicePeriod.month(YearMonth.of(2026, 11)));
        }

        @Test
        void every_clock_with_a_target_must_be_final() {
            // Responded in time; the resolution, PT2H on office, has 1 h 10 min by the cut-off.
            Ticket ticket = ticket("P2", "2026-10-30T15:00:00+01:00", "2026-10-30T15:50:00+01:00", null);

            assertThat(measure(RESPONSE, K1, ticket, NOVEMBER_2)).isEmpty();
            // P4 has no resolution target: its response alone decides.
            assertThat(measure(RESPONSE, K1, ticket("P4", "2026-10-30T15:00:00+01:00", "2026-10-30T15:50:00+01:00",
                    null), NOVEMBER_2)).isPresent();
        }
    }

    @Test
    void a_priority_without_target_is_not_measured() {
        Contract monitored = contract("K-5", "MONITORED");
        Ticket ticket = new Ticket("T-5", "K-5", "P2", at("2026-10-05T09:00:00+02:00"), Optional.empty(),
                Optional.empty());

        assertThat(RESPONSE.supportTargets(monitored, "P2")).isEmpty();
        assertThatThrownBy(() -> measure(RESPONSE, monitored, ticket, NOVEMBER_2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no target");
    }

    @Test
    void counts_the_missed_clocks() {
        assertThat(measured(ticket("P2", "2026-10-05T09:00:00+02:00", null, null)).missedClocks()).isEqualTo(2);
        assertThat(measured(ticket("P2", "2026-10-05T09:00:00+02:00", "2026-10-05T09:10:00+02:00", null))
                .missedClocks()).isEqualTo(1);
        assertThat(measured(ticket("P4", "2026-10-05T09:00:00+02:00", "2026-10-05T09:10:00+02:00", null))
                .missedClocks()).isZero();
    }

    @Test
    void makes_a_calendars_hours_once_per_zone_and_country() {
        Contract other = contract("K-9", "ENTERPRISE");
        Contract sofia = contract("K-2", "OWN_HOURS", "1200.00", Optional.of(ZoneId.of("Europe/Sofia")), Optional.of("BG"));
        Contract sofiaToo = contract("K-3", "OWN_HOURS", "1200.00", Optional.of(ZoneId.of("Europe/Sofia")), Optional.of("BG"));
        Contract brussels = contract("K-4", "OWN_HOURS", "1200.00", Optional.of(ZoneId.of("Europe/Brussels")),
                Optional.of("BE"));

        assertThat(timekeeper.hoursOf(SupportPacks.OFFICE, K1)).isSameAs(timekeeper.hoursOf(SupportPacks.OFFICE, other));
        assertThat(timekeeper.hoursOf(SupportPacks.CUSTOMER, sofia))
                .isSameAs(timekeeper.hoursOf(SupportPacks.CUSTOMER, sofiaToo))
                .isNotSameAs(timekeeper.hoursOf(SupportPacks.CUSTOMER, brussels));
    }
}
