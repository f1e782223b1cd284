package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Credit rules, section 2: an outage is a maximal DOWN run, and counts from policy.minOutageMinutes (5). */
class OutageDetectorTest {

    private final OutageDetector detector = new OutageDetector(5);

    @Test
    void a_four_minute_outage_does_not_count() {
        SlotTimeline timeline = upAround("2026-10-03T12:00:00Z", 4);

        assertThat(detector.countingOutagesTouching(timeline, october())).isEmpty();
    }

    @Test
    void a_five_minute_outage_counts() {
        SlotTimeline timeline = upAround("2026-10-03T12:00:00Z", 5);

        List<Outage> outages = detector.countingOutagesTouching(timeline, october());

        assertThat(outages).hasSize(1);
        assertThat(outages.get(0).minutes()).isEqualTo(5);
        assertThat(outages.get(0).slots().startInstant()).isEqualTo(at("2026-10-03T12:00:00Z"));
        assertThat(outages.get(0).slots().endInstant()).isEqualTo(at("2026-10-03T12:05:00Z"));
    }

    @Test
    void an_up_slot_ends_a_run() {
        // 3 DOWN, 1 UP, 3 DOWN: two runs of 3, neither counts, although 6 DOWN slots lie within 7 minutes.
        SlotTimeline timeline = new SlotTimeline("svc");
        down(timeline, "2026-10-03T12:00:00Z", 3);
        up(timeline, "2026-10-03T12:03:00Z", 1);
        down(timeline, "2026-10-03T12:04:00Z", 3);

        assertThat(detector.countingOutagesTouching(timeline, october())).isEmpty();
    }

    @Test
    void a_no_data_slot_ends_a_run() {
        SlotTimeline timeline = new SlotTimeline("svc");
        down(timeline, "2026-10-03T12:00:00Z", 3);
        // 12:03 has no probe at all.
        down(timeline, "2026-10-03T12:04:00Z", 3);

        assertThat(detector.countingOutagesTouching(timeline, october())).isEmpty();
    }

    @Test
    void a_minute_holding_both_up_and_down_breaks_a_run() {
        SlotTimeline timeline = new SlotTimeline("svc");
        down(timeline, "2026-10-03T12:00:00Z", 9);
        timeline.observe(at("2026-10-03T12:04:40Z"), ProbeStatus.UP);

        // 12:00-12:03 (4) and 12:05-12:08 (4): the UP in 12:04 leaves no run of 5.
        assertThat(detector.countingOutagesTouching(timeline, october())).isEmpty();
    }

    @Test
    void runs_are_found_in_full_even_when_only_their_tail_lies_in_the_range() {
        // Down from 2026-10-31T22:58Z: two minutes in October (local), three in November (local).
        SlotTimeline timeline = upAround("2026-10-31T22:58:00Z", 5);
        SlotRange novemberLocal = new SlotRange(slot("2026-10-31T23:00:00Z"), slot("2026-11-30T23:00:00Z"));
        SlotRange octoberLocal = new SlotRange(slot("2026-09-30T22:00:00Z"), slot("2026-10-31T23:00:00Z"));

        assertThat(detector.countingOutagesTouching(timeline, novemberLocal))
                .extracting(Outage::minutes).containsExactly(5L);
        assertThat(detector.countingOutagesTouching(timeline, octoberLocal))
                .extracting(Outage::minutes).containsExactly(5L);
    }

    @Test
    void a_run_crossing_the_utc_month_the_record_is_kept_in_is_one_run() {
        // 23:58 and 23:59 on 31 October UTC, then 00:00-00:02 on 1 November UTC: two chunks, one run of 5.
        SlotTimeline timeline = upAround("2026-10-31T23:58:00Z", 5);

        List<Outage> outages = detector.countingOutagesTouching(timeline,
                new SlotRange(slot("2026-11-01T00:00:00Z"), slot("2026-11-02T00:00:00Z")));

        assertThat(outages).extracting(Outage::minutes).containsExactly(5L);
        assertThat(outages.get(0).slots().startInstant()).isEqualTo(at("2026-10-31T23:58:00Z"));
    }

    @Test
    void a_run_outside_the_range_is_not_reported() {
        SlotTimeline timeline = upAround("2026-10-03T12:00:00Z", 30);

        assertThat(detector.countingOutagesTouching(timeline,
                new SlotRange(slot("2026-10-03T12:30:00Z"), slot("2026-10-04T00:00:00Z")))).isEmpty();
        assertThat(detector.countingOutagesTouching(timeline,
                new SlotRange(slot("2026-10-03T12:29:00Z"), slot("2026-10-04T00:00:00Z"))))
                .extracting(Outage::minutes).containsExactly(30L);
    }

    @Test
    void several_runs_are_reported_in_order() {
        SlotTimeline timeline = new SlotTimeline("svc");
        down(timeline, "2026-10-03T12:00:00Z", 50);
        down(timeline, "2026-10-05T08:00:00Z", 4);
        down(timeline, "2026-10-12T08:00:00Z", 6);

        assertThat(detector.countingOutagesTouching(timeline, october()))
                .extracting(Outage::minutes).containsExactly(50L, 6L);
    }

    @Test
    void the_minimum_comes_from_the_policy() {
        SlotTimeline timeline = upAround("2026-10-03T12:00:00Z", 4);

        assertThat(new OutageDetector(4).countingOutagesTouching(timeline, october()))
                .extracting(Outage::minutes).containsExactly(4L);
        assertThat(new OutageDetector(1).countingOutagesTouching(upAround("2026-10-03T12:00:00Z", 1), october()))
                .hasSize(1);
        assertThatThrownBy(() -> new OutageDetector(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code minutes} DOWN minutes from {@code from}, with an UP minute on either side. */
    private static SlotTimeline upAround(String from, int minutes) {
        SlotTimeline timeline = new SlotTimeline("svc");
        Instant start = at(from);
        timeline.observe(start.minusSeconds(60), ProbeStatus.UP);
        down(timeline, from, minutes);
        timeline.observe(start.plusSeconds(60L * minutes), ProbeStatus.UP);
        return timeline;
    }

    private static void down(SlotTimeline timeline, String from, int minutes) {
        Instant start = at(from);
        for (int i = 0; i < minutes; i++) {
            timeline.observe(start.plusSeconds(60L * i + 17), ProbeStatus.DOWN);
        }
    }

    private static void up(SlotTimeline timeline, String from, int minutes) {
        Instant start = at(from);
        for (int i = 0; i < minutes; i++) {
            timeline.observe(start.plusSeconds(60L * i + 17), ProbeStatus.UP);
        }
    }

    private static SlotRange october() {
        return new SlotRange(slot("2026-09-30T22:00:00Z"), slot("2026-10-31T23:00:00Z"));
    }

    private static long slot(String iso) {
        return SlotRange.slotOf(at(iso));
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
