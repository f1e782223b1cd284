package com.slacredits.domain;

import static com.slacredits.domain.Generators.integersBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The evidence a measurement hands out, over generated monitoring and windows of the last hours of October
 * 2026 (into November): its OUTAGE minutes are U, its EXCUSED minutes E, and slot by slot it says what a
 * naive reading of credit rules sections 2-4 says, with each excused slot attributed to the window that
 * starts first (then the smallest id).
 */
class EvidenceProperties {

    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ServicePeriod NOVEMBER = ServicePeriod.month(YearMonth.of(2026, 11));
    /** 31 October, 18:00 local; the month ends 6 hours later. */
    private static final Instant FROM = Instant.parse("2026-10-31T17:00:00Z");
    private static final int MINUTES = 12 * 60;
    private static final long SEED = 20_261_207L;
    private static final List<WindowCause> CAUSES = List.of(WindowCause.values());

    private record Generated(Set<Integer> down, Set<Integer> up, List<ExcusedWindow> windows) {
    }

    @Test
    void outage_minutes_are_u_and_excused_minutes_are_e() {
        for (PolicyPack pack : List.of(Packs.standard2024(), Packs.iotCloud2022())) {
            qt().withFixedSeed(SEED).withExamples(150)
                    .forAll(monitoring())
                    .checkAssert(generated -> {
                        for (ServicePeriod month : List.of(OCTOBER, NOVEMBER)) {
                            Measurement measurement = measure(generated, pack, month);
                            Availability availability = measurement.availability();

                            assertThat(measurement.minutesOf(EvidenceKind.OUTAGE)).isEqualTo(availability.downtimeSlots());
                            assertThat(measurement.minutesOf(EvidenceKind.EXCUSED)).isEqualTo(availability.excusedSlots());
                        }
                    });
        }
    }

    @Test
    void every_slot_is_shown_as_the_rules_read_it_and_runs_are_maximal() {
        for (PolicyPack pack : List.of(Packs.standard2024(), Packs.iotCloud2022())) {
            qt().withFixedSeed(SEED).withExamples(60)
                    .forAll(monitoring())
                    .checkAssert(generated -> {
                        for (ServicePeriod month : List.of(OCTOBER, NOVEMBER)) {
                            Measurement measurement = measure(generated, pack, month);
                            SlotRange measured = pack.slotsOf(month);

                            assertThat(slotByShown(measurement.evidence(), measured))
                                    .isEqualTo(slotByRules(generated, pack, measured));
                            assertMaximal(measurement.evidence());
                        }
                    });
        }
    }

    private static Measurement measure(Generated generated, PolicyPack pack, ServicePeriod month) {
        return new AvailabilityLedger(List.of(timeline(generated)), generated.windows())
                .measure(contract(pack), pack, month);
    }

    /** Each slot the runs name, with its kind and window; a slot named twice fails. */
    private static Map<Long, String> slotByShown(List<EvidenceRun> runs, SlotRange measured) {
        Map<Long, String> shown = new HashMap<>();
        for (EvidenceRun run : runs) {
            assertThat(measured.intersect(run.slots())).isEqualTo(run.slots());
            for (long slot = run.slots().first(); slot < run.slots().end(); slot++) {
                String was = shown.put(slot, run.kind() + run.window().map(w -> " " + w.windowId()).orElse(""));
                assertThat(was).as("slot %d shown twice", slot).isNull();
            }
        }
        return shown;
    }

    /** The rules read slot by slot, with no runs and no bit sets. */
    private static Map<Long, String> slotByRules(Generated generated, PolicyPack pack, SlotRange measured) {
        SlotTimeline timeline = timeline(generated);
        ExcuseRule rule = pack.excuseRule();
        Map<Long, String> expected = new HashMap<>();
        for (long slot = measured.first(); slot < measured.end(); slot++) {
            long at = slot;
            Optional<ExcusedWindow> excusing = generated.windows().stream()
                    .filter(window -> rule.excusedSlots(window).contains(at))
                    .min(Comparator.comparing(ExcusedWindow::startsAt).thenComparing(ExcusedWindow::windowId));
            if (excusing.isPresent()) {
                expected.put(slot, "EXCUSED " + excusing.get().windowId());
            } else if (downRunLength(timeline, slot) >= pack.minOutageMinutes()) {
                expected.put(slot, "OUTAGE");
            } else if (timeline.stateOf(slot) == SlotState.NO_DATA) {
                expected.put(slot, "NO_DATA");
            }
        }
        return expected;
    }

    private static long downRunLength(SlotTimeline timeline, long slot) {
        if (!timeline.isDown(slot)) {
            return 0;
        }
        long first = slot;
        long end = slot + 1;
        while (timeline.isDown(first - 1)) {
            first--;
        }
        while (timeline.isDown(end)) {
            end++;
        }
        return end - first;
    }

    /** Two runs that touch differ in kind or window: otherwise they would be one run. */
    private static void assertMaximal(List<EvidenceRun> runs) {
        for (int i = 1; i < runs.size(); i++) {
            EvidenceRun before = runs.get(i - 1);
            EvidenceRun after = runs.get(i);
            assertThat(before.slots().end()).isLessThanOrEqualTo(after.slots().first());
            if (before.slots().end() == after.slots().first()) {
                assertThat(before.kind() + "" + before.window().map(ExcusedWindow::windowId))
                        .isNotEqualTo(after.kind() + "" + after.window().map(ExcusedWindow::windowId));
            }
        }
    }

    private static SlotTimeline timeline(Generated generated) {
        SlotTimeline timeline = new SlotTimeline("svc");
        generated.down().forEach(m -> timeline.observe(FROM.plusSeconds(60L * m + 11), ProbeStatus.DOWN));
        generated.up().forEach(m -> timeline.observe(FROM.plusSeconds(60L * m + 41), ProbeStatus.UP));
        return timeline;
    }

    private static Contract contract(PolicyPack pack) {
        String edition = pack.editions().keySet().stream().sorted().findFirst().orElseThrow();
        return AContract.id("K-1").on("svc").policy(pack.id()).edition(edition).build();
    }

    private static Gen<Generated> monitoring() {
        return minutes().zip(minutes(), windows(), Generated::new);
    }

    private static Gen<List<ExcusedWindow>> windows() {
        // Starts at whole and half minutes, so that windows sharing a first slot are told apart by their instant.
        Gen<ExcusedWindow> window = integersBetween(0, 2 * MINUTES - 1)
                .zip(integersBetween(1, 240), integersBetween(0, CAUSES.size() - 1), integersBetween(0, 4 * 24 * 60),
                        (start, halfMinutes, cause, noticeMinutes) -> {
                            Instant startsAt = FROM.plusSeconds(30L * start);
                            Optional<Instant> announced = noticeMinutes % 7 == 0 ? Optional.empty()
                                    : Optional.of(startsAt.minus(Duration.ofMinutes(noticeMinutes)));
                            return new ExcusedWindow("W", "svc", CAUSES.get(cause), startsAt,
                                    startsAt.plusSeconds(30L * halfMinutes), announced);
                        });
        return lists().of(window).ofSizeBetween(0, 6).map(drawn -> {
            List<ExcusedWindow> named = new ArrayList<>();
            // Ids in reverse order of drawing, so that the smallest id is not always the first drawn.
            for (int i = 0; i < drawn.size(); i++) {
                ExcusedWindow w = drawn.get(i);
                named.add(new ExcusedWindow("W-" + (drawn.size() - i), w.serviceId(), w.cause(), w.startsAt(),
                        w.endsAt(), w.announcedAt()));
            }
            return named;
        });
    }

    private static Gen<Set<Integer>> minutes() {
        Gen<List<Integer>> run = integersBetween(0, MINUTES - 1).zip(integersBetween(1, 40),
                (start, length) -> IntStream.range(start, Math.min(MINUTES, start + length)).boxed().toList());
        return lists().of(run).ofSizeBetween(0, 25).map(runs -> {
            Set<Integer> minutes = new TreeSet<>();
            runs.forEach(minutes::addAll);
            return minutes;
        });
    }
}
