package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import java.util.Objects;

/**
 * What reading one row gave: either a value or a rejection, always with the row's place and text,
 * so that a later check (for example an invoice currency that differs from its contract's) can still
 * reject the row with {@link #reject(String)}.
 *
 * <p>A plain class rather than a sealed pair of records so that callers on Java 17 need no pattern
 * matching, and the hot path allocates one object per row.
 */
public final class ReadResult<T> {

    private final String file;
    private final long line;
    private final String raw;
    private final T value;
    private final String reason;
    private final String key;

    private ReadResult(String file, long line, String raw, T value, String reason, String key) {
        this.file = file;
        this.line = line;
        this.raw = raw;
        this.value = value;
        this.reason = reason;
        this.key = key;
    }

    public static <T> ReadResult<T> accepted(String file, long line, String raw, T value) {
        return new ReadResult<>(file, line, raw, Objects.requireNonNull(value, "value"), null, null);
    }

    public static <T> ReadResult<T> rejected(String file, long line, String raw, String reason) {
        return rejected(file, line, raw, reason, null);
    }

    /** @param key the row's {@link RowFormat#keyColumn()} value, as readable as it was, or null */
    public static <T> ReadResult<T> rejected(String file, long line, String raw, String reason, String key) {
        return new ReadResult<>(file, line, raw, null, Objects.requireNonNull(reason, "reason"),
                key == null || key.isEmpty() ? null : key);
    }

    /** The key of a rejected row, when its format has a key column and the row a value in it. */
    public java.util.Optional<String> key() {
        return java.util.Optional.ofNullable(key);
    }

    public boolean isAccepted() {
        return reason == null;
    }

    public boolean isRejected() {
        return reason != null;
    }

    /** The value of an accepted row. */
    public T value() {
        if (reason != null) {
            throw new IllegalStateException(file + " line " + line + " was rejected: " + reason);
        }
        return value;
    }

    /** The rejection of a rejected row. */
    public RejectedRow rejection() {
        if (reason == null) {
            throw new IllegalStateException(file + " line " + line + " was accepted");
        }
        return new RejectedRow(file, line, reason, raw);
    }

    /** Rejects this row for a reason found after reading, such as a check against stored data. */
    public RejectedRow reject(String laterReason) {
        return new RejectedRow(file, line, laterReason, raw);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String raw() {
        return raw;
    }

    @Override
    public String toString() {
        return isAccepted()
                ? "accepted " + file + ":" + line + " " + value
                : "rejected " + file + ":" + line + " (" + reason + ")";
    }
}
