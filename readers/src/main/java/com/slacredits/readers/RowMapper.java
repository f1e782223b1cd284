package com.slacredits.readers;

/** Turns the fields of one row of one file into a value. Made by {@link RowFormat#bind(Header)}, once per file. */
@FunctionalInterface
public interface RowMapper<T> {

    /**
     * @param fields the row's fields, as many as the header has, in the header's order
     * @return the value, or null when the row is to be passed over silently (a repeated claim)
     * @throws RowRejected when the row cannot be read
     */
    T map(String[] fields) throws RowRejected;

    /**
     * Sees a row that an interrupted run already read and that a restart skips. A mapper that
     * remembers earlier rows (claims, for repeats) remembers it again; others ignore it, which keeps
     * the restart of a large probe file cheap.
     */
    default void replay(String[] fields) {
    }
}
