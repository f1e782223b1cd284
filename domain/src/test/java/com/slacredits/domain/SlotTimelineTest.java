package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Credit rules, section 2: how probe results make a slot UP, DOWN or NO_DATA. */
class SlotTimelineTest {

    private static final String SERVICE = "svc-a";

    @Test
    void a_slot_with_only_down_probes_is_down() {
        SlotTimeline timeline = timeline();
        timeline.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);
        timeline.observe(at("2026-10-03T12:34:45Z"), ProbeStatus.DOWN);

        assertThat(timeline.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.DOWN);
        assertThat(timeline.isDown(slot("2026-10-03T12:34:00Z"))).isTrue();
    }

    @Test
    void a_minute_holding_both_up_and_down_is_up_whichever_came_first() {
        SlotTimeline downFirst = timeline();
        downFirst.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);
        downFirst.observe(at("2026-10-03T12:34:50Z"), ProbeStatus.UP);
        SlotTimeline upFirst = timeline();
        upFirst.observe(at("2026-10-03T12:34:50Z"), ProbeStatus.UP);
        upFirst.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);

        assertThat(downFirst.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.UP);
        assertThat(upFirst.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.UP);
        assertThat(downFirst.isDown(slot("2026-10-03T12:34:00Z"))).isFalse();
    }

    @Test
    void a_slot_no_probe_fell_in_has_no_data() {
        SlotTimeline timeline = timeline();
        timeline.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);

        assertThat(timeline.stateOf(slot("2026-10-03T12:35:00Z"))).isEqualTo(SlotState.NO_DATA);
        assertThat(timeline.stateOf(slot("2026-10-03T12:33:00Z"))).isEqualTo(SlotState.NO_DATA);
        // A month never observed at all, not only an empty minute of a known month.
        assertThat(timeline.stateOf(slot("2025-01-01T00:00:00Z"))).isEqualTo(SlotState.NO_DATA);
    }

    @Test
    void probes_on_the_minute_edges_fall_in_the_minute_they_start() {
        SlotTimeline timeline = timeline();
        timeline.observe(at("2026-10-03T12:34:00Z"), ProbeStatus.DOWN);
        timeline.observe(at("2026-10-03T12:35:59.999Z"), ProbeStatus.UP);

        assertThat(timeline.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.DOWN);
        assertThat(timeline.stateOf(slot("2026-10-03T12:35:00Z"))).isEqualTo(SlotState.UP);
    }

    @Test
    void an_offset_timestamp_lands_in_the_same_utc_slot() {
        SlotTimeline timeline = timeline();
        timeline.observe(at("2026-10-03T14:34:10+02:00"), ProbeStatus.DOWN);

        assertThat(timeline.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.DOWN);
    }

    @Test
    void the_same_row_read_twice_changes_nothing() {
        SlotTimeline once = timeline();
        once.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);
        SlotTimeline twice = timeline();
        twice.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);
        twice.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);

        assertThat(twice.chunks()).isEqualTo(once.chunks());
    }

    @Test
    void the_record_is_kept_per_utc_month() {
        SlotTimeline timeline = timeline();
        timeline.observe(at("2026-10-31T23:59:30Z"), ProbeStatus.DOWN);
        timeline.observe(at("2026-11-01T00:00:30Z"), ProbeStatus.DOWN);

        assertThat(timeline.chunks()).extracting(SlotTimeline.Chunk::utcMonth)
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(timeline.chunks().get(0).slotCount()).isEqualTo(31 * 1440);
        assertThat(timeline.chunks().get(1).slotCount()).isEqualTo(30 * 1440);
        assertThat(timeline.isDown(slot("2026-10-31T23:59:00Z"))).isTrue();
        assertThat(timeline.isDown(slot("2026-11-01T00:00:00Z"))).isTrue();
    }

    @Test
    void absorbing_another_record_unites_both() {
        SlotTimeline mine = timeline();
        mine.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);
        SlotTimeline theirs = timeline();
        theirs.observe(at("2026-10-03T12:34:50Z"), ProbeStatus.UP);
        theirs.observe(at("2026-10-03T12:35:50Z"), ProbeStatus.DOWN);

        mine.absorb(theirs);

        assertThat(mine.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.UP);
        assertThat(mine.stateOf(slot("2026-10-03T12:35:00Z"))).isEqualTo(SlotState.DOWN);
    }

    @Test
    void a_restored_chunk_says_what_was_stored() {
        SlotTimeline original = timeline();
        original.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);
        original.observe(at("2026-10-03T12:36:05Z"), ProbeStatus.UP);

        SlotTimeline restored = timeline();
        original.chunks().forEach(restored::absorb);

        assertThat(restored.chunks()).isEqualTo(original.chunks());
        assertThat(restored.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.DOWN);
        assertThat(restored.stateOf(slot("2026-10-03T12:35:00Z"))).isEqualTo(SlotState.NO_DATA);
        assertThat(restored.stateOf(slot("2026-10-03T12:36:00Z"))).isEqualTo(SlotState.UP);
    }

    @Test
    void chunks_handed_out_are_copies() {
        SlotTimeline timeline = timeline();
        timeline.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.UP);

        timeline.chunks().get(0).up().clear();

        assertThat(timeline.stateOf(slot("2026-10-03T12:34:00Z"))).isEqualTo(SlotState.UP);
    }

    @Test
    void an_observation_of_another_service_is_refused() {
        SlotTimeline timeline = timeline();

        assertThatThrownBy(() -> timeline.observe(new ProbeObservation("svc-b", at("2026-10-03T12:34:05Z"), ProbeStatus.UP)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void data_within_a_range_means_any_probe_at_all() {
        SlotTimeline timeline = timeline();
        timeline.observe(at("2026-10-03T12:34:05Z"), ProbeStatus.DOWN);

        assertThat(timeline.hasDataWithin(new SlotRange(slot("2026-10-03T12:34:00Z"), slot("2026-10-03T12:35:00Z"))))
                .isTrue();
        assertThat(timeline.hasDataWithin(new SlotRange(slot("2026-10-03T12:35:00Z"), slot("2026-11-03T00:00:00Z"))))
                .isFalse();
        assertThat(timeline.hasDataWithin(new SlotRange(slot("2026-09-01T00:00:00Z"), slot("2026-10-03T12:34:00Z"))))
                .isFalse();
    }

    private static SlotTimeline timeline() {
        return new SlotTimeline(SERVICE);
    }

    private static long slot(String iso) {
        return SlotRange.slotOf(at(iso));
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    @Test
    void the_probed_slots_of_a_range_read_from_the_bits_are_those_a_slot_by_slot_reading_finds() {
        // Probes on both sides of the UTC month's end, so that the range spans two chunks and starts mid-chunk.
        SlotTimeline timeline = new SlotTimeline("svc");
        java.time.Instant from = java.time.Instant.parse("2026-10-31T22:00:00Z");
        for (int minute = 0; minute < 240; minute++) {
            if (minute % 7 != 3 && minute % 11 != 5) {
                timeline.observe(from.plusSeconds(60L * minute + 30), minute % 5 == 0 ? ProbeStatus.DOWN : ProbeStatus.UP);
            }
        }
        SlotHistory slotBySlot = new SlotHistory() {
            @Override
            public SlotState stateOf(long slot) {
                return timeline.stateOf(slot);
            }

            @Override
            public boolean hasDataWithin(SlotRange range) {
                return timeline.hasDataWithin(range);
            }
        };
        SlotRange range = new SlotRange(SlotRange.slotOf(from) - 17, SlotRange.slotOf(from) + 260);

        java.util.BitSet read = timeline.dataWithin(range);

        assertThat(read).isEqualTo(slotBySlot.dataWithin(range));
        assertThat(read.cardinality()).isEqualTo(187);
    }
}
