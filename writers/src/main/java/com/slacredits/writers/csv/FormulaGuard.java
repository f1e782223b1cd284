package com.slacredits.writers.csv;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a cell as a formula (files.md, "Output files"; the OWASP
 * CSV-injection recommendation): a cell starting with {@code = + - @}, tab or carriage return
 * gets a leading single quote, which spreadsheets read as "this is text".
 *
 * <p>Claim ids, customer ids and rejected raw lines come from customers and other systems, so
 * any of them can carry a formula. The guard sits in {@link GuardedCsvWriter}, below every row
 * format, so no format can forget it.
 *
 * <p>A plain negative decimal ({@code -300.00}) is left alone: a spreadsheet reads it as the number
 * it is, never as a formula, and the amount of a reversal in {@code adjustments.csv} must import into
 * the ERP as a number, not as text. Anything more after the sign ({@code -2+3}) is still guarded.
 */
public final class FormulaGuard {

    private static final char TEXT_MARK = '\'';

    private static final String DANGEROUS_FIRST = "=+-@\t\r";

    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    private FormulaGuard() {
    }

    /** The cell as written: unchanged, or with a leading {@code '} when it could start a formula. */
    public static String cell(String value) {
        if (value.isEmpty() || DANGEROUS_FIRST.indexOf(value.charAt(0)) < 0 || NEGATIVE_NUMBER.matcher(value).matches()) {
            return value;
        }
        return TEXT_MARK + value;
    }
}
