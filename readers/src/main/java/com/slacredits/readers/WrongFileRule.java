package com.slacredits.readers;

import com.slacredits.domain.Numerals;
import com.slacredits.domain.RejectedRow;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The wrong-file rule, for every input file: a file every row of which cannot be read, or more than
 * half of at least {@link #MINIMUM_ROWS} rows, is probably not the file its name says (a probes export
 * without offsets, a contracts export in the wrong case, another system's log). Rejecting its rows one
 * by one would end the month quietly, with nothing decided and exit 0; the run stops instead, with one
 * sentence, before it writes anything.
 *
 * <p>{@link #sample} reads the first {@link #SAMPLE_ROWS} rows of a file before anything is written;
 * {@link #check} applies the same rule to the counts of a file being read, for a file that goes bad
 * after its start. A few bad rows of a short file are what rejects.csv is for: below
 * {@link #MINIMUM_ROWS} rows only a file with no readable row at all stops the run.
 */
public final class WrongFileRule {

    /** Rows read from the start of each input file before the run writes anything. */
    public static final int SAMPLE_ROWS = 10_000;
    /** From this many rows on, more than half of them unreadable stops the run; below it, all of them. */
    public static final int MINIMUM_ROWS = 100;

    private static final PathMatcher PROBES = FileSystems.getDefault().getPathMatcher("glob:" + InputFolder.PROBES);

    private WrongFileRule() {
    }

    /** @throws InputFileException when the file's first rows break the rule */
    public static <T> void sample(Path file, RowFormat<T> format) {
        CsvFileReader<T> reader = new CsvFileReader<>("sample", file, format);
        reader.open(new ExecutionContext());
        try {
            long rows = 0;
            long unreadable = 0;
            RejectedRow first = null;
            ReadResult<T> row;
            while (rows < SAMPLE_ROWS && (row = reader.read()) != null) {
                rows++;
                if (row.isRejected()) {
                    unreadable++;
                    first = first == null ? row.rejection() : first;
                }
            }
            check(reader.fileName(), rows, unreadable, first, "of its first");
        } finally {
            reader.close();
        }
    }

    /**
     * @param first the first unreadable row, for the sentence; may be null
     * @throws InputFileException when {@code unreadable} of {@code rows} break the rule
     */
    public static void check(String fileName, long rows, long unreadable, RejectedRow first, String ofWhich) {
        if (isWrongFile(rows, unreadable)) {
            throw new InputFileException(fileName, Numerals.format("%s is probably not a %s file: %,d %s %,d rows "
                    + "cannot be read%s: fix or remove the file and run the same command again.",
                    fileName, kind(fileName), unreadable, ofWhich, rows,
                    first == null ? "" : " (line " + first.line() + ": " + first.reason() + ")"));
        }
    }

    /** The rule itself: every row of at least one, or more than half of at least {@link #MINIMUM_ROWS}. */
    static boolean isWrongFile(long rows, long unreadable) {
        return rows > 0 && (unreadable == rows || rows >= MINIMUM_ROWS && unreadable * 2 > rows);
    }

    /** What the file should be, after its name in files.md: probes-02.csv is a probes file. */
    private static String kind(String fileName) {
        if (PROBES.matches(Path.of(fileName))) {
            return "probes";
        }
        return fileName.endsWith(".csv") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }
}
