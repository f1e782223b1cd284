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
     * Checks a file's header without reading its rows.
     *
     * @throws MissingColumnException when a required column is missing
     * @throws InputFileException when the file cannot be read or has no usable header
     */
    default Header checkHeader(Path file) {
        return Header.check(file, columns());
    }
}
