package com.slacredits.writers.jdbc;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a value fits the column that stores it. A value that does not is a bad input row, to be
 * rejected like any other, rather than an SQL error that would stop the whole run.
 */
public final class ColumnFit {

    /** DECIMAL(19, 4): at most 15 digits before the point. */
    private static final int AMOUNT_INTEGER_DIGITS = 15;

    private String problem;

    public static ColumnFit check() {
        return new ColumnFit();
    }

    public ColumnFit text(String column, String value, int maxLength) {
        if (problem == null && value != null && value.length() > maxLength) {
            problem = column + " is longer than " + maxLength + " characters";
        }
        return this;
    }

    public ColumnFit amount(String column, BigDecimal value) {
        if (problem == null && value != null && value.precision() - value.scale() > AMOUNT_INTEGER_DIGITS) {
            problem = column + " has more than " + AMOUNT_INTEGER_DIGITS + " digits before the decimal point";
        }
        return this;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
