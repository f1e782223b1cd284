package com.slacredits.writers.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalLong;

/** Cell values in the notation files.md fixes for every output file. */
final class Cells {

    /** files.md: "Empty means not applicable". */
    static final String NOT_APPLICABLE = "";

    private static final int PERCENT_DECIMALS = 3;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");

    private Cells() {
    }

    /**
     * Exactly three decimals. A value with more is refused rather than rounded: the guarantees
     * and credit percentages are contract terms, and a file for billing must not show a
     * different one. (Availability is already cut to three decimals by the domain.)
     */
    static String percent(BigDecimal value) {
        try {
            return value.setScale(PERCENT_DECIMALS, RoundingMode.UNNECESSARY).toPlainString();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "percentage " + value.toPlainString() + " cannot be written with three decimals", e);
        }
    }

    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    static String count(long value) {
        return Long.toString(value);
    }

    static String count(OptionalLong value) {
        return value.isPresent() ? count(value.getAsLong()) : NOT_APPLICABLE;
    }

    /** UTC to the second, {@code 2026-10-03T12:34:56Z} (instants are kept to the whole second); empty when absent. */
    static String instant(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("");
    }
}
