package com.slacredits.readers;

import java.util.Objects;

/**
 * A row that could not be read, as {@code rejects.csv} records it.
 *
 * @param file the file's name, without its folder
 * @param line the physical line on which the row starts; the header is line 1
 * @param reason one sentence naming the column and the problem
 * @param raw the row's text as in the file, its lines joined with {@code \n} when it spans several
 */
public record RejectedRow(String file, long line, String reason, String raw) {
    public RejectedRow {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(raw, "raw");
    }
}
