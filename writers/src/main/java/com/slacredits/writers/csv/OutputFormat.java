package com.slacredits.writers.csv;

import java.util.List;

/**
 * The columns of one output file and how an item fills them.
 *
 * <p>A format returns plain values: the empty string for "not applicable", never {@code null}.
 * Quoting and the formula guard are applied by the writer, not here.
 *
 * @param <T> what one row is made from
 */
public interface OutputFormat<T> {

    /** The file's name inside the output folder. */
    String fileName();

    /** Column names, in the order files.md gives them. */
    List<String> header();

    /** One value per column of {@link #header()}, in the same order. */
    String[] cells(T item);
}
