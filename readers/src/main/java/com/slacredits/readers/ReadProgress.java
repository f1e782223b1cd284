package com.slacredits.readers;

import java.util.OptionalDouble;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How far a reader has got through what it reads, from 0 to 1, saved in its step's execution context
 * at every commit. It is an estimate for the operator's progress line (the time left), never a
 * restart position: positions are the readers' own keys.
 */
public final class ReadProgress {

    /** Execution-context key of the fraction read so far. */
    public static final String FRACTION = "progress.fraction";

    private ReadProgress() {
    }

    public static void save(ExecutionContext context, double fraction) {
        context.putDouble(FRACTION, Math.max(0.0, Math.min(1.0, fraction)));
    }

    public static OptionalDouble of(ExecutionContext context) {
        return context.containsKey(FRACTION) ? OptionalDouble.of(context.getDouble(FRACTION)) : OptionalDouble.empty();
    }
}
