package com.slacredits.domain;

import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Number generators shared by the {@code *Properties} classes.
 *
 * <p>Uniform draws over a wide range almost never hit the values where rounding and comparison bugs live: the
 * ends of the range and the small numbers just above its start (a numerator of 1 over 2 is an exact half; a month
 * of 0 slots has nothing measured). So half of the draws are uniform, four in ten are log-uniform just above the
 * minimum (every order of magnitude equally likely), and one in ten is exactly min, min + 1, max - 1 or max.
 */
final class Generators {

    private Generators() {
    }

    /** {@code min <= n <= max}, with {@code max - min} below {@link Long#MAX_VALUE}. */
    static Gen<Long> longsBetween(long min, long max) {
        if (max < min || max - min < 0) {
            throw new IllegalArgumentException("bad range " + min + ".." + max);
        }
        long span = max - min;
        return Generate.frequency(
                Pair.of(5, longs().between(min, max)),
                Pair.of(4, nearMin(min, span)),
                Pair.of(1, Generate.pick(List.of(min, Math.min(max, min + 1), Math.max(min, max - 1), max))));
    }

    /** {@code min <= n <= max}, drawn as {@link #longsBetween}. */
    static Gen<Integer> integersBetween(int min, int max) {
        return longsBetween(min, max).map(Long::intValue);
    }

    /** Any long: uniform, small of either sign, or one of 0, 1, -1, MIN_VALUE and MAX_VALUE. */
    static Gen<Long> anyLong() {
        Gen<Long> small = Generate.booleans().zip(nearMin(0, Long.MAX_VALUE), (negative, n) -> negative ? -n : n);
        return Generate.frequency(
                Pair.of(5, longs().all()),
                Pair.of(4, small),
                Pair.of(1, Generate.pick(List.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE))));
    }

    /** {@code min + d}, {@code 0 <= d <= span}, with d below a power of two picked uniformly among those up to span. */
    private static Gen<Long> nearMin(long min, long span) {
        int bits = 64 - Long.numberOfLeadingZeros(span);
        return Generate.range(0, bits)
                .flatMap(b -> longs().between(min, min + Math.min(span, (1L << b) - 1)));
    }
}
