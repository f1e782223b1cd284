package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Slots are whole UTC minutes; a month owns the slots that start in it, a window covers those it overlaps. */
class SlotRangeTest {

    @Test
    void an_instant_belongs_to_the_minute_it_falls_in() {
        assertThat(SlotRange.startOf(SlotRange.slotOf(at("2026-10-03T12:34:59.999Z"))))
                .isEqualTo(at("2026-10-03T12:34:00Z"));
        assertThat(SlotRange.startOf(SlotRange.slotOf(at("2026-10-03T14:34:00+02:00"))))
                .isEqualTo(at("2026-10-03T12:34:00Z"));
    }

    @Test
    void a_span_owns_the_slots_that_start_inside_it() {
        // 12:00:30 to 12:05:30: the slots starting at 12:01 ... 12:05 start inside; 12:00 started before.
        SlotRange owned = SlotRange.startingWithin(at("2026-10-03T12:00:30Z"), at("2026-10-03T12:05:30Z"));

        assertThat(owned.size()).isEqualTo(5);
        assertThat(owned.startInstant()).isEqualTo(at("2026-10-03T12:01:00Z"));
        assertThat(owned.endInstant()).isEqualTo(at("2026-10-03T12:06:00Z"));
    }

    @Test
    void a_span_on_whole_minutes_owns_exactly_its_minutes() {
        SlotRange owned = SlotRange.startingWithin(at("2026-10-03T12:00:00Z"), at("2026-10-03T13:00:00Z"));

        assertThat(owned.size()).isEqualTo(60);
        assertThat(owned.startInstant()).isEqualTo(at("2026-10-03T12:00:00Z"));
    }

    @Test
    void a_window_covers_every_slot_it_overlaps_even_by_a_second() {
        // 12:00:59 to 12:02:01 touches 12:00, 12:01 and 12:02.
        SlotRange covered = SlotRange.overlapping(at("2026-10-03T12:00:59Z"), at("2026-10-03T12:02:01Z"));

        assertThat(covered.size()).isEqualTo(3);
        assertThat(covered.startInstant()).isEqualTo(at("2026-10-03T12:00:00Z"));
    }

    @Test
    void a_window_ending_on_a_minute_does_not_cover_the_slot_starting_there() {
        // End exclusive: the slot 13:00 starts at the window's end, so slot start < window end fails.
        SlotRange covered = SlotRange.overlapping(at("2026-10-03T12:00:00Z"), at("2026-10-03T13:00:00Z"));

        assertThat(covered.size()).isEqualTo(60);
        assertThat(covered.contains(SlotRange.slotOf(at("2026-10-03T13:00:00Z")))).isFalse();
    }

    @Test
    void ranges_that_do_not_meet_intersect_to_nothing() {
        SlotRange morning = new SlotRange(100, 200);
        SlotRange evening = new SlotRange(300, 400);

        assertThat(morning.intersect(evening).isEmpty()).isTrue();
        assertThat(morning.intersect(new SlotRange(150, 350))).isEqualTo(new SlotRange(150, 200));
        assertThat(SlotRange.EMPTY.intersect(morning).size()).isZero();
    }

    @Test
    void first_slots_never_reach_past_the_range() {
        assertThat(new SlotRange(100, 160).firstSlots(30)).isEqualTo(new SlotRange(100, 130));
        assertThat(new SlotRange(100, 160).firstSlots(90)).isEqualTo(new SlotRange(100, 160));
        assertThat(new SlotRange(100, 160).firstSlots(0).isEmpty()).isTrue();
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
