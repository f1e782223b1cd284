package com.slacredits.writers.csv;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 rows through OpenCSV, every cell through {@link FormulaGuard}: the one place output
 * cells are written, so neither a row format nor a new file can skip the guard.
 *
 * <p>Fields are quoted only when they hold a comma, a quote or a line break; quotes inside are
 * doubled. Lines end with {@link #LINE_END}.
 */
final class GuardedCsvWriter {

    /**
     * CR LF, for every output file: RFC 4180 asks for it, and the spec's expected files
     * (examples/october-2026/expected) use it, so our output can match them byte for byte.
     */
    static final String LINE_END = ICSVWriter.RFC4180_LINE_END;

    private final ICSVWriter csv;
    private final List<String> header;

    /** Starts the file: every output file begins with its header row. */
    GuardedCsvWriter(Writer out, List<String> header) {
        this.csv = new CSVWriterBuilder(out)
                .withSeparator(',')
                .withQuoteChar('"')
                .withEscapeChar('"')
                .withLineEnd(LINE_END)
                .build();
        this.header = List.copyOf(header);
        writeRow(this.header.toArray(String[]::new));
    }

    void writeRow(String[] cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(
                    cells.length + " cells for the " + header.size() + " columns " + header);
        }
        String[] guarded = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == null) {
                // A null would come out as an empty cell, which reads "not applicable": a silent lie.
                throw new IllegalArgumentException("no value for column " + header.get(i));
            }
            guarded[i] = FormulaGuard.cell(cells[i]);
        }
        csv.writeNext(guarded, false);
        // OpenCSV keeps an I/O failure to itself instead of throwing it.
        rethrowFailure();
    }

    void flush() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        IOException failure = csv.getException();
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }
}
