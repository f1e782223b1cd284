package com.slacredits.readers;

import java.util.List;

/** A file's header lacks one or more required columns; raised before any row is read. */
public class MissingColumnException extends InputFileException {

    private final List<String> columns;

    public MissingColumnException(String fileName, List<String> columns) {
        super(fileName, message(fileName, columns));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a missing-column error needs a column");
        }
        this.columns = List.copyOf(columns);
    }

    /** The first missing column, in the order the file format lists its columns. */
    public String column() {
        return columns.get(0);
    }

    /** Every missing column, in the order the file format lists them. */
    public List<String> columns() {
        return columns;
    }

    private static String message(String fileName, List<String> columns) {
        if (columns.size() == 1) {
            return fileName + " lacks the required column " + columns.get(0) + ".";
        }
        String allButLast = String.join(", ", columns.subList(0, columns.size() - 1));
        return fileName + " lacks the required columns " + allButLast + " and " + columns.get(columns.size() - 1) + ".";
    }
}
