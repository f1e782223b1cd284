package com.slacredits.readers;

import java.nio.file.Path;

/** One kind of input file: which columns it has and how its rows become values. */
public interface RowFormat<T> {

    Columns columns();

    /**
     * A mapper for one file with this header; the header has every required column. Called once
     * each time a file is opened, so a mapper may remember the rows of its own file.
     */
    RowMapper<T> bind(Header header);

    /**
     * The column that names what a row is about ({@code contract_id} for contracts), read even from a
     * row that is rejected, so that what depends on the row can wait for a good one instead of being
     * decided as if it did not exist (credit rules, section 7). Empty when nothing waits on the rows.
     */
    default java.util.Optional<String> keyColumn() {
        return java.util.Optional.empty();
    }

    /**
     * Checks a file's header without reading its rows.
     *
     * @throws MissingColumnException when a required column is missing
     * @throws InputFileException when the file cannot be read or has no usable header
     */
    default Header checkHeader(Path file) {
        return Header.check(file, columns());
    }
}
