package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy packs, section 5: the combined timeline of services that back each other up. A slot is UP when any
 * member is UP, DOWN when every member is DOWN, NO_DATA otherwise.
 */
class GroupTimelineTest {

    private static final Instant NOON = Instant.parse("2026-10-15T12:00:00Z");
    private static final long SLOT = SlotRange.slotOf(NOON);

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource({
            "UP,      UP,      UP",
            "UP,      DOWN,    UP",
            "UP,      NO_DATA, UP",
            "DOWN,    UP,      UP",
            "DOWN,    DOWN,    DOWN",
            "DOWN,    NO_DATA, NO_DATA",
            "NO_DATA, UP,      UP",
            "NO_DATA, DOWN,    NO_DATA",
            "NO_DATA, NO_DATA, NO_DATA",
    })
    void a_slot_of_two_members(SlotState first, SlotState second, SlotState group) {
        GroupTimeline timeline = new GroupTimeline(List.of(member("a", first), member("b", second)));

        assertThat(timeline.stateOf(SLOT)).isEqualTo(group);
        assertThat(timeline.isDown(SLOT)).isEqualTo(group == SlotState.DOWN);
    }

    @Test
    void every_member_must_be_down_for_the_group_to_be_down() {
        assertThat(new GroupTimeline(List.of(member("a", SlotState.DOWN), member("b", SlotState.DOWN),
                member("c", SlotState.DOWN))).stateOf(SLOT)).isEqualTo(SlotState.DOWN);
        assertThat(new GroupTimeline(List.of(member("a", SlotState.DOWN), member("b", SlotState.DOWN),
                member("c", SlotState.NO_DATA))).stateOf(SLOT)).isEqualTo(SlotState.NO_DATA);
        assertThat(new GroupTimeline(List.of(member("a", SlotState.DOWN), member("b", SlotState.DOWN),
                member("c", SlotState.UP))).stateOf(SLOT)).isEqualTo(SlotState.UP);
    }

    @Test
    void a_minute_a_member_was_both_up_and_down_in_is_up_for_the_group() {
        SlotTimeline flapping = member("a", SlotState.DOWN);
        flapping.observe(NOON.plusSeconds(40), ProbeStatus.UP);

        assertThat(new GroupTimeline(List.of(flapping, member("b", SlotState.DOWN))).stateOf(SLOT))
                .isEqualTo(SlotState.UP);
    }

    @Test
    void a_group_with_a_member_that_has_no_probe_at_all_is_never_down() {
        SlotTimeline down = new SlotTimeline("a");
        for (int minute = 0; minute < 24 * 60; minute++) {
            down.observe(NOON.plusSeconds(60L * minute + 5), ProbeStatus.DOWN);
        }
        GroupTimeline group = new GroupTimeline(List.of(down, new SlotTimeline("ghost")));
        SlotRange day = new SlotRange(SLOT, SLOT + 24 * 60);

        for (long slot = day.first(); slot < day.end(); slot++) {
            assertThat(group.isDown(slot)).isFalse();
        }
        assertThat(new OutageDetector(1).countingOutagesTouching(group, day)).isEmpty();
        assertThat(new OutageDetector(1).countingOutagesTouching(down, day)).hasSize(1);
    }

    @Test
    void outages_are_found_on_the_combined_timeline() {
        // Trunk 1 down 10:00-10:40, trunk 2 down 10:15-10:35, each up around it: one 20-minute outage.
        SlotTimeline one = new SlotTimeline("trunk-1");
        SlotTimeline two = new SlotTimeline("trunk-2");
        Instant ten = Instant.parse("2026-10-15T10:00:00Z");
        for (int minute = -30; minute < 70; minute++) {
            Instant at = ten.plusSeconds(60L * minute + 13);
            one.observe(at, minute >= 0 && minute < 40 ? ProbeStatus.DOWN : ProbeStatus.UP);
            two.observe(at, minute >= 15 && minute < 35 ? ProbeStatus.DOWN : ProbeStatus.UP);
        }
        GroupTimeline group = new GroupTimeline(List.of(one, two));
        SlotRange hours = new SlotRange(SlotRange.slotOf(ten) - 30, SlotRange.slotOf(ten) + 70);

        List<Outage> outages = new OutageDetector(1).countingOutagesTouching(group, hours);

        assertThat(outages).extracting(Outage::slots)
                .containsExactly(new SlotRange(SlotRange.slotOf(ten) + 15, SlotRange.slotOf(ten) + 35));
        // The run is 20 slots long: it counts under a minimum of 20, not of 21.
        assertThat(new OutageDetector(21).countingOutagesTouching(group, hours)).isEmpty();
        assertThat(new OutageDetector(20).countingOutagesTouching(group, hours)).hasSize(1);
    }

    @Test
    void back_to_back_outages_of_two_members_are_no_outage_of_the_group() {
        SlotTimeline one = new SlotTimeline("trunk-1");
        SlotTimeline two = new SlotTimeline("trunk-2");
        Instant eight = Instant.parse("2026-12-18T08:00:00Z");
        for (int minute = 0; minute < 60; minute++) {
            Instant at = eight.plusSeconds(60L * minute + 13);
            one.observe(at, minute < 30 ? ProbeStatus.DOWN : ProbeStatus.UP);
            two.observe(at, minute < 30 ? ProbeStatus.UP : ProbeStatus.DOWN);
        }
        GroupTimeline group = new GroupTimeline(List.of(one, two));

        assertThat(new OutageDetector(1).countingOutagesTouching(group,
                new SlotRange(SlotRange.slotOf(eight), SlotRange.slotOf(eight) + 60))).isEmpty();
    }

    @Test
    void any_member_s_probe_is_monitoring_data_of_the_group() {
        SlotRange around = new SlotRange(SLOT - 10, SLOT + 10);
        SlotRange before = new SlotRange(SLOT - 100, SLOT - 10);

        assertThat(new GroupTimeline(List.of(member("a", SlotState.NO_DATA), member("b", SlotState.DOWN)))
                .hasDataWithin(around)).isTrue();
        assertThat(new GroupTimeline(List.of(member("a", SlotState.UP), new SlotTimeline("b")))
                .hasDataWithin(around)).isTrue();
        assertThat(new GroupTimeline(List.of(member("a", SlotState.UP), member("b", SlotState.DOWN)))
                .hasDataWithin(before)).isFalse();
        assertThat(new GroupTimeline(List.of(new SlotTimeline("a"), new SlotTimeline("b")))
                .hasDataWithin(around)).isFalse();
    }

    @Test
    void a_group_needs_a_member() {
        assertThatThrownBy(() -> new GroupTimeline(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_service_id_joined_by_a_bar_names_a_group() {
        ServiceGroup voice = ServiceGroup.of("voice-trunk-1|voice-trunk-2");
        ServiceGroup single = ServiceGroup.of("svc-a");

        assertThat(voice.members()).containsExactly("voice-trunk-1", "voice-trunk-2");
        assertThat(voice.written()).isEqualTo("voice-trunk-1|voice-trunk-2");
        assertThat(voice.isGroup()).isTrue();
        assertThat(single.members()).containsExactly("svc-a");
        assertThat(single.isGroup()).isFalse();
        assertThat(AContract.id("K-V1").on("voice-trunk-1|voice-trunk-2").build().services()).isEqualTo(voice);
    }

    @Test
    void a_group_is_well_formed_without_an_empty_member_or_one_twice() {
        assertThat(ServiceGroup.isWellFormed("a|b")).isTrue();
        assertThat(ServiceGroup.isWellFormed("a|b|c")).isTrue();
        assertThat(ServiceGroup.isWellFormed("a")).isTrue();
        assertThat(ServiceGroup.isWellFormed("a||b")).isFalse();
        assertThat(ServiceGroup.isWellFormed("a|")).isFalse();
        assertThat(ServiceGroup.isWellFormed("|a")).isFalse();
        assertThat(ServiceGroup.isWellFormed("a| ")).isFalse();
        assertThat(ServiceGroup.isWellFormed("a|a")).isFalse();
    }

    /** A service whose only probe, at noon, says {@code state} (none for NO_DATA). */
    private static SlotTimeline member(String id, SlotState state) {
        SlotTimeline timeline = new SlotTimeline(id);
        if (state != SlotState.NO_DATA) {
            timeline.observe(NOON.plusSeconds(20), state == SlotState.UP ? ProbeStatus.UP : ProbeStatus.DOWN);
        }
        return timeline;
    }
}
