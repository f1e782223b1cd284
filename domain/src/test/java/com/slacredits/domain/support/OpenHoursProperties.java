package com.slacredits.domain.support;

import static com.slacredits.domain.support.Holidays2026.HOLIDAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Support SLAs, sections 2 and 4: the day-by-day walk of open hours, and a clock's elapsed time, paused
 * time and due instant, equal a count second by second, on short random spans around the changes of
 * summer time of 2026 and the Dutch holidays.
 */
class OpenHoursProperties {

    /** Fixed, so that a failure shows up again on the next run; QuickTheories prints the failing case. */
    private static final long SEED = 20_261_025L;
    private static final int EXAMPLES = 150;
    private static final int MAX_SPAN_SECONDS = 36 * 3_600;

    /** Amsterdam and Sofia change at 01:00Z; Santiago's gaps and overlaps fall at local midnight. */
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Amsterdam"), ZoneId.of("Europe/Sofia"),
            ZoneId.of("America/Santiago"), ZoneId.of("America/New_York"), ZoneId.of("UTC"));
    /** The changes of summer time of those zones in 2026, King's Day, and Christmas. */
    private static final List<LocalDate> NEAR = List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 9, 6), LocalDate.of(2026, 10, 25),
            LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 25));

    /** A calendar, its hours, a span, and pauses, drawn from one seed. */
    record Case(WeeklyCalendar calendar, ZoneId zone, Optional<String> country, Instant from, Instant to,
            List<TicketPause> pauses, long seed) {

        OpenHours hours() {
            return calendar.hoursIn(zone, country, HOLIDAYS);
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + calendar.days() + " " + calendar.opens() + "-" + calendar.closes() + " "
                    + zone + " " + country.orElse("no holidays") + " closed " + calendar.closedDays() + ", " + from
                    + " to " + to + ", pauses " + pauses;
        }
    }

    private static Gen<Case> cases() {
        return longs().all().map(OpenHoursProperties::draw);
    }

    private static Case draw(long seed) {
        Random random = new Random(seed);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(3) > 0) {
                days.add(day);
            }
        }
        if (days.isEmpty()) {
            days.add(DayOfWeek.SUNDAY);
        }
        // Minutes of the day, now and then inside the hour of a change (00:00-01:00 and 02:00-03:00).
        int opens = random.nextBoolean() ? random.nextInt(24 * 60 - 1) : pick(random, 0, 30, 59, 120, 150, 179);
        int closes = opens + 1 + random.nextInt(24 * 60 - opens - 1);
        if (random.nextInt(4) == 0) {
            closes = Math.max(opens + 1, pick(random, 30, 60, 150, 180, 181, 23 * 60 + 59));
        }
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        LocalDate near = random.nextInt(5) == 0 ? LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365))
                : NEAR.get(random.nextInt(NEAR.size()));
        Set<LocalDate> closed = random.nextBoolean() ? Set.of() : Set.of(near.plusDays(random.nextInt(3) - 1));
        Optional<String> country = random.nextBoolean() ? Optional.of("NL") : Optional.empty();
        WeeklyCalendar calendar = new WeeklyCalendar("drawn", Optional.of(zone), days,
                LocalTime.ofSecondOfDay(opens * 60L), LocalTime.ofSecondOfDay(closes * 60L), Optional.empty(), false,
                closed);
        Instant from = near.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(2 * 86_400) - 86_400L);
        int span = random.nextInt(3) == 0 ? random.nextInt(600) : random.nextInt(MAX_SPAN_SECONDS);
        Instant to = from.plusSeconds(span);
        List<TicketPause> pauses = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Instant start = from.plusSeconds(random.nextInt(span + 7_200) - 3_600L);
            pauses.add(new TicketPause("T", start, start.plusSeconds(1 + random.nextInt(6 * 3_600))));
        }
        return new Case(calendar, zone, country, from, to, pauses, seed);
    }

    private static int pick(Random random, int... values) {
        return values[random.nextInt(values.length)];
    }

    @Test
    void the_open_time_of_a_span_is_the_count_of_its_open_seconds() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(cases())
                .checkAssert(drawn -> {
                    OpenHours hours = drawn.hours();
                    OpenSeconds open = new OpenSeconds(drawn);

                    long counted = 0;
                    for (long s = drawn.from().getEpochSecond(); s < drawn.to().getEpochSecond(); s++) {
                        counted += open.at(s) ? 1 : 0;
                    }

                    assertThat(hours.openSeconds(drawn.from(), drawn.to())).as(drawn.toString()).isEqualTo(counted);
                    if (!open.anyTimeInAChange()) {
                        assertThat(open.countByWallClock(drawn.from().getEpochSecond(), drawn.to().getEpochSecond()))
                                .as("wall clock, " + drawn).isEqualTo(counted);
                    }
                });
    }

    @Test
    void reach_is_the_earliest_instant_with_that_much_open_time() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(cases())
                .checkAssert(drawn -> {
                    OpenHours hours = drawn.hours();
                    long target = hours.openSeconds(drawn.from(), drawn.to());

                    Instant reached = hours.reach(drawn.from(), target);

                    assertThat(hours.openSeconds(drawn.from(), reached)).as(drawn.toString()).isEqualTo(target);
                    if (target > 0) {
                        assertThat(hours.openSeconds(drawn.from(), reached.minusSeconds(1))).as(drawn.toString())
                                .isEqualTo(target - 1);
                    } else {
                        assertThat(reached).isEqualTo(drawn.from());
                    }
                    assertThat(reached).as(drawn.toString()).isBeforeOrEqualTo(drawn.to());
                });
    }

    @Test
    void a_clocks_elapsed_paused_and_due_times_are_the_counts_of_its_seconds() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(cases())
                .checkAssert(drawn -> {
                    OpenSeconds open = new OpenSeconds(drawn);
                    long start = drawn.from().getEpochSecond();
                    long stop = drawn.to().getEpochSecond();
                    long elapsed = 0;
                    long paused = 0;
                    for (long s = start; s < stop; s++) {
                        if (open.at(s)) {
                            if (paused(drawn.pauses(), s)) {
                                paused++;
                            } else {
                                elapsed++;
                            }
                        }
                    }
                    Duration target = Duration.ofMinutes(1 + elapsed / 60);
                    long due = start;
                    for (long counted = 0; counted < target.getSeconds(); due++) {
                        boolean pausedBeforeStop = due < stop && paused(drawn.pauses(), due);
                        counted += open.at(due) && !pausedBeforeStop ? 1 : 0;
                    }
                    TicketClock clock = new TicketClock(drawn.hours(), drawn.from(), Optional.of(drawn.to()),
                            drawn.pauses(), target, drawn.to().plusSeconds(86_400));

                    ClockMeasurement measured = clock.measured("drawn");

                    assertThat(measured.elapsed()).as(drawn.toString()).contains(Duration.ofSeconds(elapsed));
                    assertThat(measured.paused()).as(drawn.toString()).isEqualTo(Duration.ofSeconds(paused));
                    assertThat(measured.due()).as(drawn.toString()).isEqualTo(Instant.ofEpochSecond(due));
                    assertThat(measured.met()).isEqualTo(elapsed <= target.getSeconds());
                });
    }

    @Test
    void a_clock_without_a_stop_is_final_once_more_than_its_target_has_passed_by_the_cut_off() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(cases())
                .checkAssert(drawn -> {
                    OpenSeconds open = new OpenSeconds(drawn);
                    long elapsed = 0;
                    long paused = 0;
                    for (long s = drawn.from().getEpochSecond(); s < drawn.to().getEpochSecond(); s++) {
                        if (open.at(s)) {
                            if (paused(drawn.pauses(), s)) {
                                paused++;
                            } else {
                                elapsed++;
                            }
                        }
                    }
                    // Targets of whole minutes just below, at and above what passed by the cut-off.
                    for (long minutes = Math.max(1, elapsed / 60 - 1); minutes <= elapsed / 60 + 1; minutes++) {
                        Duration target = Duration.ofMinutes(minutes);
                        TicketClock clock = new TicketClock(drawn.hours(), drawn.from(), Optional.empty(),
                                drawn.pauses(), target, drawn.to());

                        assertThat(clock.isFinal()).as(target + ", " + drawn).isEqualTo(elapsed > target.getSeconds());
                        if (clock.isFinal()) {
                            ClockMeasurement measured = clock.measured("drawn");
                            assertThat(measured.elapsed()).isEmpty();
                            assertThat(measured.missed()).isTrue();
                            assertThat(measured.paused()).as(drawn.toString()).isEqualTo(Duration.ofSeconds(paused));
                        }
                    }
                });
    }

    private static boolean paused(List<TicketPause> pauses, long second) {
        return pauses.stream().anyMatch(pause -> pause.startsAt().getEpochSecond() <= second
                && second < pause.endsAt().getEpochSecond());
    }

    /**
     * Whether one second is open, by the rule of section 2 as written: some local date's opening instant,
     * its local time resolved as java.time resolves it, is at or before it, and that date's closing after it.
     */
    private static final class OpenSeconds {

        private final Case drawn;
        private final ZoneRules rules;
        private final List<long[]> intervals = new ArrayList<>();

        OpenSeconds(Case drawn) {
            this.drawn = drawn;
            this.rules = drawn.zone().getRules();
            LocalDate first = LocalDate.ofInstant(drawn.from(), drawn.zone()).minusDays(2);
            LocalDate last = LocalDate.ofInstant(drawn.to(), drawn.zone()).plusDays(40);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (isOpenDay(day)) {
                    intervals.add(new long[] {
                        LocalDateTime.of(day, drawn.calendar().opens()).atZone(drawn.zone()).toEpochSecond(),
                        LocalDateTime.of(day, drawn.calendar().closes()).atZone(drawn.zone()).toEpochSecond()});
                }
            }
        }

        private boolean isOpenDay(LocalDate day) {
            return drawn.calendar().days().contains(day.getDayOfWeek()) && !drawn.calendar().closedDays().contains(day)
                    && !drawn.country().map(country -> HOLIDAYS.isHoliday(country, day)).orElse(false);
        }

        boolean at(long second) {
            for (long[] interval : intervals) {
                if (interval[0] <= second && second < interval[1]) {
                    return true;
                }
            }
            return false;
        }

        /** Whether an opening or closing time of a day in the span falls in a gap or an overlap. */
        boolean anyTimeInAChange() {
            LocalDate first = LocalDate.ofInstant(drawn.from(), drawn.zone()).minusDays(1);
            LocalDate last = LocalDate.ofInstant(drawn.to(), drawn.zone()).plusDays(1);
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (rules.getValidOffsets(LocalDateTime.of(day, drawn.calendar().opens())).size() != 1
                        || rules.getValidOffsets(LocalDateTime.of(day, drawn.calendar().closes())).size() != 1) {
                    return true;
                }
            }
            return false;
        }

        /** The open seconds by the local time the wall clock shows, valid where no opening or closing is ambiguous. */
        long countByWallClock(long from, long to) {
            long counted = 0;
            for (long s = from; s < to; s++) {
                LocalDateTime local = LocalDateTime.ofEpochSecond(s, 0, rules.getOffset(Instant.ofEpochSecond(s)));
                LocalTime time = local.toLocalTime();
                if (isOpenDay(local.toLocalDate()) && !time.isBefore(drawn.calendar().opens())
                        && time.isBefore(drawn.calendar().closes())) {
                    counted++;
                }
            }
            return counted;
        }
    }
}
