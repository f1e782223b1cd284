package com.slacredits.domain;

import java.time.Instant;

/**
 * A half-open run of one-minute slots, aligned on whole UTC minutes.
 *
 * <p>A slot is identified by the number of whole minutes between the epoch and its start. That
 * index is what the bit sets of {@link SlotTimeline} are addressed by; everywhere a person
 * reads time, it is converted back to an {@link Instant}.
 */
public record SlotRange(long first, long end) {

    public static final SlotRange EMPTY = new SlotRange(0, 0);

    public SlotRange {
        if (end < first) {
            end = first;
        }
    }

    /** Slots that start in {@code [from, to)}: how a month or a contract's coverage owns slots. */
    public static SlotRange startingWithin(Instant from, Instant to) {
        return new SlotRange(ceilMinute(from), ceilMinute(to));
    }

    /** Slots that overlap {@code [from, to)}: how a window covers slots (section 3). */
    public static SlotRange overlapping(Instant from, Instant to) {
        return new SlotRange(floorMinute(from), ceilMinute(to));
    }

    /** The slot an instant falls in. */
    public static long slotOf(Instant instant) {
        return floorMinute(instant);
    }

    public static Instant startOf(long slot) {
        return Instant.ofEpochSecond(Math.multiplyExact(slot, 60L));
    }

    public long size() {
        return end - first;
    }

    public boolean isEmpty() {
        return end <= first;
    }

    public boolean contains(long slot) {
        return slot >= first && slot < end;
    }

    public SlotRange intersect(SlotRange other) {
        return new SlotRange(Math.max(first, other.first), Math.min(end, other.end));
    }

    /** The first {@code n} slots of this range. */
    public SlotRange firstSlots(long n) {
        return new SlotRange(first, Math.min(end, first + Math.max(0, n)));
    }

    public Instant startInstant() {
        return startOf(first);
    }

    public Instant endInstant() {
        return startOf(end);
    }

    private static long floorMinute(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60L);
    }

    private static long ceilMinute(Instant instant) {
        long seconds = instant.getEpochSecond();
        long minute = Math.floorDiv(seconds, 60L);
        if (minute * 60L < seconds || (minute * 60L == seconds && instant.getNano() > 0)) {
            minute++;
        }
        return minute;
    }
}
