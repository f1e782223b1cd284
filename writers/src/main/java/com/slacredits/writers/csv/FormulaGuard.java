package com.slacredits.writers.csv;

/**
 * Keeps a spreadsheet from running a cell as a formula (files.md, "Output files"; the OWASP
 * CSV-injection recommendation): a cell starting with {@code = + - @}, tab or carriage return
 * gets a leading single quote, which spreadsheets read as "this is text".
 *
 * <p>Claim ids, customer ids and rejected raw lines come from customers and other systems, so
 * any of them can carry a formula. The guard sits in {@link GuardedCsvWriter}, below every row
 * format, so no format can forget it. A negative number would be guarded too; no output column
 * holds one.
 */
public final class FormulaGuard {

    private static final char TEXT_MARK = '\'';

    private static final String DANGEROUS_FIRST = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** The cell as written: unchanged, or with a leading {@code '} when it could start a formula. */
    public static String cell(String value) {
        if (value.isEmpty() || DANGEROUS_FIRST.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return TEXT_MARK + value;
    }
}
