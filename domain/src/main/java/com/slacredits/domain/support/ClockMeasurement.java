package com.slacredits.domain.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One final clock of a measured ticket: the response or resolution columns of a support.csv row
 * (support SLAs, section 5). Met and missed compare exact seconds; the minutes shown are cut down.
 *
 * @param calendar the name of the calendar the clock counted on, {@code ALWAYS} included
 * @param due the earliest instant at which the clock, as if it had no stop, reached its target
 * @param elapsed the open time from start to stop, less pauses; empty for a clock missed without a stop
 * @param paused the open time that pauses covered, from the start up to the stop, or up to the cut-off
 *     for a clock missed without a stop; always zero for the response clock
 */
public record ClockMeasurement(
        String calendar,
        Duration target,
        Instant due,
        Optional<Duration> elapsed,
        Duration paused,
        boolean met) {

    public ClockMeasurement {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(paused, "paused");
        if (met != elapsed.map(taken -> taken.compareTo(target) <= 0).orElse(false)) {
            throw new IllegalArgumentException("a clock is met when it stopped within its target, and only then");
        }
    }

    public boolean missed() {
        return !met;
    }

    public long targetMinutes() {
        return target.toMinutes();
    }

    /** Whole minutes, cut down; empty for a clock missed without a stop. */
    public OptionalLong elapsedMinutes() {
        return elapsed.map(taken -> OptionalLong.of(taken.toMinutes())).orElse(OptionalLong.empty());
    }

    /** Whole minutes, cut down. */
    public long pausedMinutes() {
        return paused.toMinutes();
    }
}
