package com.slacredits.readers;

import com.opencsv.RFC4180Parser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * The records of a CSV file, one at a time, each with the physical line it starts on and its text as
 * written. Physical lines are read here and handed to OpenCSV's RFC 4180 parser, because OpenCSV's own
 * reader tells neither where a record starts nor what its text was.
 *
 * <p>A record whose quote never closes would otherwise swallow the rest of the file into memory. So a
 * record that is still open after {@link #MAX_RECORD_LINES} lines or {@link #MAX_RECORD_CHARS}
 * characters, or at the end of the file, is reported as a broken record of its first line only, and
 * the lines after it are read again as records of their own.
 *
 * <p>Blank lines are not records: a trailing empty line is a common editing accident, not data.
 */
final class CsvRecords implements Closeable {

    static final int MAX_RECORD_LINES = 1_000;
    static final int MAX_RECORD_CHARS = 1 << 20;
    static final String UNCLOSED_QUOTE = "the row has a quoted field that is not closed properly";
    static final String NOT_UTF8 = "the row is not valid UTF-8";

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    // what the decoder puts in place of bytes that are not UTF-8
    private static final char REPLACEMENT = '\uFFFD';

    private final String fileName;
    private final BufferedReader in;
    private final Deque<String> replay = new ArrayDeque<>();
    private RFC4180Parser parser = new RFC4180Parser();
    private long nextLine = 1;
    private boolean firstLine = true;
    private long charsRead;

    private String[] fields;
    private String[] beforeOpenQuote;
    private long line;
    private String raw;
    private String problem;

    private CsvRecords(String fileName, BufferedReader in) {
        this.fileName = fileName;
        this.in = in;
    }

    static CsvRecords open(Path file) {
        String name = nameOf(file);
        try {
            // an InputStreamReader replaces bytes that are not UTF-8 instead of failing the whole
            // file; the rows they are in are rejected
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16);
            return new CsvRecords(name, in);
        } catch (NoSuchFileException e) {
            throw new InputFileException(name, name + " does not exist in " + file.toAbsolutePath().getParent() + ".", e);
        } catch (IOException e) {
            throw new InputFileException(name, name + " cannot be opened: " + e.getMessage(), e);
        }
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** Reads the first record as the header. */
    Header header() throws IOException {
        if (!next()) {
            throw new InputFileException(fileName, fileName + " is empty: it has no header row.");
        }
        if (problem != null) {
            throw new InputFileException(fileName, fileName + " has an unreadable header row: " + problem + ".");
        }
        return new Header(fileName, fields);
    }

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException {
        while (true) {
            long start = nextLine;
            String first = readLine();
            if (first == null) {
                return false;
            }
            if (first.isEmpty()) {
                continue;
            }
            String[] parts = parser.parseLineMulti(first);
            if (!parser.isPending()) {
                found(start, first, parts);
                return true;
            }
            readRestOfRecord(start, first, parts);
            return true;
        }
    }

    private void readRestOfRecord(long start, String first, String[] firstParts) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(first);
        List<String> parts = new ArrayList<>(Arrays.asList(firstParts));
        int chars = first.length();
        while (parser.isPending()) {
            String next = lines.size() < MAX_RECORD_LINES && chars <= MAX_RECORD_CHARS ? readLine() : null;
            if (next == null) {
                giveBack(start, lines);
                parser = new RFC4180Parser();
                fields = null;
                beforeOpenQuote = firstParts;
                line = start;
                raw = first;
                problem = UNCLOSED_QUOTE;
                return;
            }
            lines.add(next);
            chars += next.length() + 1;
            // the parser returns the fields it completed on each line and keeps the open one pending
            Collections.addAll(parts, parser.parseLineMulti(next));
        }
        found(start, String.join("\n", lines), parts.toArray(new String[0]));
    }

    private void found(long start, String text, String[] parts) {
        fields = parts;
        beforeOpenQuote = null;
        line = start;
        raw = text;
        problem = text.indexOf(REPLACEMENT) >= 0 ? NOT_UTF8 : null;
    }

    /** Puts back every line of a broken record but its first, to be read again. */
    private void giveBack(long start, List<String> lines) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            replay.addFirst(lines.get(i));
        }
        nextLine = start + 1;
    }

    private String readLine() throws IOException {
        String text = replay.pollFirst();
        if (text == null) {
            text = in.readLine();
            if (text == null) {
                return null;
            }
            charsRead += text.length() + 1;
        }
        if (firstLine) {
            firstLine = false;
            if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
        }
        nextLine++;
        return text;
    }

    /** The current record's fields; null when it is broken. */
    String[] fields() {
        return fields;
    }

    /**
     * Of a record whose quote never closes, the fields before that quote: only what follows the quote
     * is in doubt. Null for any other record.
     */
    String[] fieldsBeforeOpenQuote() {
        return beforeOpenQuote;
    }

    /** The physical line the current record starts on; the first line of the file is 1. */
    long line() {
        return line;
    }

    /** The current record's text as written, its lines joined with {@code \n}. */
    String raw() {
        return raw;
    }

    /** Why the current record cannot be read as fields at all, or null when it can. */
    String problem() {
        return problem;
    }

    String fileName() {
        return fileName;
    }

    /** Characters of the file read so far, one per line end: about its bytes, for a progress estimate. */
    long charsRead() {
        return charsRead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
