package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import com.slacredits.domain.ProbeObservation;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The wrong-file rule: a probes file more than half of whose rows cannot be read is probably not a
 * probes file (an export without offsets, another system's log). Rejecting its rows one by one would
 * leave every claim on its services without data, quietly; the run stops instead, with one sentence.
 *
 * <p>{@link #sample} reads the first {@link #SAMPLE_ROWS} rows of a file before anything is written;
 * {@link #check} applies the same rule to the counts of a file being read, for a file that goes bad
 * after its start.
 */
public final class ProbeFileCheck {

    /** Rows read from the start of each probes file before the run writes anything. */
    public static final int SAMPLE_ROWS = 10_000;

    private ProbeFileCheck() {
    }

    /** @throws InputFileException when more than half of the file's first rows cannot be read */
    public static void sample(Path file) {
        CsvFileReader<ProbeObservation> reader = new CsvFileReader<>("sample", file, new ProbeRows());
        reader.open(new ExecutionContext());
        try {
            long rows = 0;
            long rejected = 0;
            RejectedRow first = null;
            ReadResult<ProbeObservation> row;
            while (rows < SAMPLE_ROWS && (row = reader.read()) != null) {
                rows++;
                if (row.isRejected()) {
                    rejected++;
                    first = first == null ? row.rejection() : first;
                }
            }
            check(reader.fileName(), rows, rejected, first, "of its first");
        } finally {
            reader.close();
        }
    }

    /**
     * @param first the first rejected row, for the sentence; may be null
     * @throws InputFileException when more than half of {@code rows} were rejected
     */
    public static void check(String fileName, long rows, long rejected, RejectedRow first, String ofWhich) {
        if (rows > 0 && rejected * 2 > rows) {
            throw new InputFileException(fileName, String.format("%s is probably not a probes file: %,d %s %,d rows "
                    + "cannot be read%s: fix or remove the file and run the same command again.",
                    fileName, rejected, ofWhich, rows,
                    first == null ? "" : " (line " + first.line() + ": " + first.reason() + ")"));
        }
    }
}
