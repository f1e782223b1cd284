package com.slacredits.readers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The header row of an input file: which column sits at which position. */
public final class Header {

    private final String fileName;
    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> repeated = new ArrayList<>();

    /**
     * @param names the header's fields; surrounding blanks are ignored, since a header is written by
     *     hand more often than rows are and a stray space there would fail the whole file
     */
    public Header(String fileName, String[] names) {
        this.fileName = fileName;
        List<String> trimmed = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].strip();
            trimmed.add(name);
            if (positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        this.names = Collections.unmodifiableList(trimmed);
    }

    /** Reads only the header row of a file, for checking it before any step reads rows. */
    public static Header read(Path file) {
        try (CsvRecords records = CsvRecords.open(file)) {
            return records.header();
        } catch (IOException e) {
            throw new InputFileException(CsvRecords.nameOf(file),
                    CsvRecords.nameOf(file) + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the header of a file and checks that it has every required column. */
    public static Header check(Path file, Columns columns) {
        Header header = read(file);
        header.require(columns);
        return header;
    }

    /**
     * Fails unless every required column is present, and no column the format reads is named twice
     * (which one would be meant cannot be known).
     *
     * @throws MissingColumnException naming the file and the first missing column
     */
    public void require(Columns columns) {
        List<String> missing = new ArrayList<>();
        for (String column : columns.required()) {
            if (!positions.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumnException(fileName, missing);
        }
        for (String column : repeated) {
            if (columns.required().contains(column) || columns.optional().contains(column)) {
                throw new InputFileException(fileName, fileName + " names the column " + column + " twice.");
            }
        }
    }

    /** The column of that name, or an absent column (which reads as empty) when the header lacks it. */
    public Column column(String name) {
        Integer position = positions.get(name);
        return new Column(name, position == null ? Column.ABSENT : position);
    }

    public boolean has(String name) {
        return positions.containsKey(name);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> names() {
        return names;
    }

    /** How many fields every row must have. */
    public int size() {
        return names.size();
    }
}
