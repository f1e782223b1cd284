package com.slacredits.writers.csv;

import java.io.Writer;
import java.util.List;

/**
 * A table written as CSV to any writer, such as a download of a list a reviewer filtered: the output
 * files' own notation (RFC 4180, CR LF) and their formula guard ({@link FormulaGuard}), through the same
 * {@link GuardedCsvWriter}, so that no list leaves the product by another rule.
 */
public final class CsvTable {

    private final GuardedCsvWriter csv;

    /** Starts the table with its header row. */
    public CsvTable(Writer out, List<String> header) {
        this.csv = new GuardedCsvWriter(out, header);
    }

    /** One row: a value per column, the empty string for "not applicable", never null. */
    public void row(String... cells) {
        csv.writeRow(cells);
    }

    /** Flushes what was written to the writer, and fails on an earlier write's I/O error. */
    public void flush() {
        csv.flush();
    }

    /** A row of an output file's format with one cell more in front, {@code lead}: e.g. the run the row is of. */
    public static String[] led(String lead, String[] cells) {
        String[] row = new String[cells.length + 1];
        row[0] = lead;
        System.arraycopy(cells, 0, row, 1, cells.length);
        return row;
    }
}
