package com.slacredits.writers.csv;

import java.util.Comparator;
import java.util.Objects;

/**
 * An input row that could not be read, as {@code rejects.csv} shows it.
 *
 * <p>The readers have their own type; the job converts, so this module does not depend on them.
 *
 * @param file the input file's name
 * @param line the line number in that file
 * @param reason why it could not be read
 * @param raw the row's text as found
 */
public record RejectedInput(String file, long line, String reason, String raw) {

    /**
     * rejects.csv has no claim id to sort by; by file, then line, a rerun gives the same file
     * and a reader finds each input file's rejects together and in order.
     */
    public static final Comparator<RejectedInput> IN_FILE_ORDER =
            Comparator.comparing(RejectedInput::file).thenComparingLong(RejectedInput::line);

    public RejectedInput {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raw, "raw");
    }
}
