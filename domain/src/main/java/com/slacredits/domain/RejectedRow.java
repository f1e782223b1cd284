package com.slacredits.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * An input row that could not be read, as {@code rejects.csv} records it: the readers make it, the
 * run stores it, and the writers print it.
 *
 * @param file the file's name, without its folder
 * @param line the physical line on which the row starts; the header is line 1
 * @param reason one sentence naming the column and the problem
 * @param raw the row's text as in the file, with the line breaks between its lines when it spans several
 */
public record RejectedRow(String file, long line, String reason, String raw) {

    /**
     * rejects.csv has no claim id to sort by; by file, then line, a rerun gives the same file and a
     * reader finds each input file's rejects together and in order.
     */
    public static final Comparator<RejectedRow> IN_FILE_ORDER =
            Comparator.comparing(RejectedRow::file).thenComparingLong(RejectedRow::line);

    public RejectedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raw, "raw");
    }
}
