package com.slacredits.domain.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The response or resolution clock of one ticket as a run knows it at its cut-off (support SLAs,
 * section 4): runs on a calendar from its start, less the pauses between its start and its stop.
 * Times are whole epoch seconds.
 */
final class TicketClock {

    private final OpenHours hours;
    private final long start;
    /** The stop when known, that is before the cut-off. */
    private final Optional<Long> stop;
    private final long cutOff;
    private final long target;
    /** Disjoint, in order, inside [start, stop) or [start, cut-off): each instant counts once. */
    private final long[] pauseStarts;
    private final long[] pauseEnds;

    /**
     * @param stop a stop the run knows: before the cut-off
     * @param pauses the ticket's pauses, known or not: only what lies before the cut-off, and between the
     *     clock's start and its stop, counts
     */
    TicketClock(OpenHours hours, Instant start, Optional<Instant> stop, Collection<TicketPause> pauses,
            Duration target, Instant cutOff) {
        this.hours = hours;
        this.start = start.getEpochSecond();
        this.stop = stop.map(Instant::getEpochSecond);
        this.cutOff = cutOff.getEpochSecond();
        this.target = target.getSeconds();
        long end = this.stop.orElse(this.cutOff);
        List<long[]> merged = merge(pauses, this.start, Math.min(end, this.cutOff));
        this.pauseStarts = merged.stream().mapToLong(pause -> pause[0]).toArray();
        this.pauseEnds = merged.stream().mapToLong(pause -> pause[1]).toArray();
    }

    /** The pauses cut to [from, to), sorted, overlapping and touching ones joined. */
    private static List<long[]> merge(Collection<TicketPause> pauses, long from, long to) {
        List<long[]> cut = new ArrayList<>();
        for (TicketPause pause : pauses) {
            long a = Math.max(pause.startsAt().getEpochSecond(), from);
            long b = Math.min(pause.endsAt().getEpochSecond(), to);
            if (b > a) {
                cut.add(new long[] {a, b});
            }
        }
        cut.sort(Comparator.comparingLong(pause -> pause[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] pause : cut) {
            long[] previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && pause[0] <= previous[1]) {
                previous[1] = Math.max(previous[1], pause[1]);
            } else {
                merged.add(pause);
            }
        }
        return merged;
    }

    /** Open time from the start up to {@code until}, less paused open time. */
    long elapsedUntil(long until) {
        return open(start, until) - pausedUntil(until);
    }

    /** Open time that pauses cover from the start up to {@code until}. */
    long pausedUntil(long until) {
        long paused = 0;
        for (int i = 0; i < pauseStarts.length && pauseStarts[i] < until; i++) {
            paused += open(pauseStarts[i], Math.min(pauseEnds[i], until));
        }
        return paused;
    }

    /**
     * Stopped before the cut-off, or already over its target at the cut-off, whatever happens later. Asked
     * as "does the target's next second pass before the cut-off", so that a ticket left open for months
     * walks as far as its target, not to the cut-off.
     */
    boolean isFinal() {
        return stop.isPresent() || reachElapsed(target + 1) <= cutOff;
    }

    /** The earliest instant at which the elapsed time, as if the clock had no stop, reaches the target. */
    Instant due() {
        return Instant.ofEpochSecond(reachElapsed(target));
    }

    /** The earliest epoch second at which {@code seconds} of elapsed time, as if there were no stop, have passed. */
    private long reachElapsed(long seconds) {
        long remaining = seconds;
        long from = start;
        for (int i = 0; i < pauseStarts.length; i++) {
            long open = open(from, pauseStarts[i]);
            if (open >= remaining) {
                return hours.reach(Instant.ofEpochSecond(from), remaining).getEpochSecond();
            }
            remaining -= open;
            from = pauseEnds[i];
        }
        return hours.reach(Instant.ofEpochSecond(from), remaining).getEpochSecond();
    }

    /** What support.csv shows of a final clock. */
    ClockMeasurement measured(String calendar) {
        if (!isFinal()) {
            throw new IllegalStateException("a clock is measured once final");
        }
        Duration targetTime = Duration.ofSeconds(target);
        if (stop.isEmpty()) {
            return new ClockMeasurement(calendar, targetTime, due(), Optional.empty(),
                    Duration.ofSeconds(pausedUntil(cutOff)), false);
        }
        long elapsed = elapsedUntil(stop.get());
        return new ClockMeasurement(calendar, targetTime, due(), Optional.of(Duration.ofSeconds(elapsed)),
                Duration.ofSeconds(pausedUntil(stop.get())), elapsed <= target);
    }

    private long open(long from, long to) {
        return to <= from ? 0 : hours.openSeconds(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to));
    }
}
