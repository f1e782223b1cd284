package com.slacredits.domain;

import static com.slacredits.domain.Generators.anyLong;
import static com.slacredits.domain.Generators.integersBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Credit rules, section 2: the order of rows and files does not matter; the same row read twice changes nothing. */
class SlotTimelineProperties {

    /** Four hours either side of a UTC month end, so that runs and chunks cross it. */
    private static final Instant FROM = Instant.parse("2026-10-31T20:00:00Z");
    private static final int SPAN_SECONDS = 8 * 3600;
    /** Fixed, so that a failure shows up again on the next run; QuickTheories prints it with the failing values. */
    private static final long SEED = 20_261_031L;

    @Test
    void shuffling_or_duplicating_observations_changes_nothing() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(observations(), anyLong())
                .checkAssert((observations, seed) -> {
                    Random random = new Random(seed);
                    List<ProbeObservation> reordered = new ArrayList<>(observations);
                    for (ProbeObservation observation : observations) {
                        if (random.nextInt(3) == 0) {
                            reordered.add(observation);
                        }
                    }
                    Collections.shuffle(reordered, random);

                    SlotTimeline original = feed(observations);
                    SlotTimeline shuffled = feed(reordered);

                    assertThat(shuffled.chunks()).isEqualTo(original.chunks());
                    for (long slot = firstSlot(); slot < endSlot(); slot++) {
                        assertThat(shuffled.stateOf(slot)).isEqualTo(original.stateOf(slot));
                    }
                });
    }

    @Test
    void splitting_observations_over_two_files_and_uniting_them_changes_nothing() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(observations(), anyLong())
                .checkAssert((observations, seed) -> {
                    Random random = new Random(seed);
                    List<ProbeObservation> firstFile = new ArrayList<>();
                    List<ProbeObservation> secondFile = new ArrayList<>();
                    observations.forEach(o -> (random.nextBoolean() ? firstFile : secondFile).add(o));

                    SlotTimeline united = feed(firstFile);
                    united.absorb(feed(secondFile));

                    assertThat(united.chunks()).isEqualTo(feed(observations).chunks());
                });
    }

    @Test
    void a_slot_is_up_if_any_probe_says_up_down_if_only_down_and_no_data_otherwise() {
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(observations())
                .checkAssert(observations -> {
                    Map<Long, SlotState> expected = new HashMap<>();
                    for (ProbeObservation observation : observations) {
                        long slot = Math.floorDiv(observation.checkedAt().getEpochSecond(), 60);
                        SlotState said = observation.status() == ProbeStatus.UP ? SlotState.UP : SlotState.DOWN;
                        expected.merge(slot, said,
                                (a, b) -> a == SlotState.UP || b == SlotState.UP ? SlotState.UP : SlotState.DOWN);
                    }

                    SlotTimeline timeline = feed(observations);

                    for (long slot = firstSlot(); slot < endSlot(); slot++) {
                        assertThat(timeline.stateOf(slot)).isEqualTo(expected.getOrDefault(slot, SlotState.NO_DATA));
                    }
                });
    }

    private static SlotTimeline feed(List<ProbeObservation> observations) {
        SlotTimeline timeline = new SlotTimeline("svc");
        observations.forEach(timeline::observe);
        return timeline;
    }

    private static long firstSlot() {
        return FROM.getEpochSecond() / 60;
    }

    private static long endSlot() {
        return firstSlot() + SPAN_SECONDS / 60;
    }

    private static Gen<List<ProbeObservation>> observations() {
        // Seconds drawn from a few minutes only, now and then, so that minutes often hold several probes.
        Gen<Integer> second = Generate.oneOf(
                integersBetween(0, SPAN_SECONDS - 1),
                integersBetween(4 * 3600 - 600, 4 * 3600 + 600));
        Gen<ProbeObservation> observation = second.zip(Generate.enumValues(ProbeStatus.class),
                (s, status) -> new ProbeObservation("svc", FROM.plusSeconds(s), status));
        return lists().of(observation).ofSizes(integersBetween(0, 400));
    }
}
