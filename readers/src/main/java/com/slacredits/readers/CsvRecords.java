package com.slacredits.readers;

import com.opencsv.RFC4180Parser;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The records of a CSV file, one at a time, each with the physical line it starts on and its text as
 * written. Physical lines are read here ({@link PhysicalLines}) and handed to OpenCSV's RFC 4180
 * parser, because OpenCSV's own reader tells neither where a record starts nor what its text was. A
 * line break inside a quoted field is kept as it was written: CRLF, LF or a lone CR.
 *
 * <p>A physical line longer than {@link #MAX_LINE_CHARS} is a broken record of its own: no column
 * holds it, and only that much of it is ever in memory.
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
    static final int MAX_LINE_CHARS = 16 << 20;
    static final String UNCLOSED_QUOTE = "the row has a quoted field that is not closed properly";
    static final String NOT_UTF8 = "the row is not valid UTF-8";
    static final String TOO_LONG = com.slacredits.domain.Numerals.format(
            "the row is longer than %,d characters", MAX_LINE_CHARS);

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    // What the decoder puts in place of bytes that are not UTF-8: a lone surrogate, which no valid
    // UTF-8 decodes to. Not U+FFFD, the decoder's default, which a file may hold correctly encoded.
    private static final String MALFORMED = "\uDFFF";

    private final String fileName;
    private final PhysicalLines in;
    private final Deque<PhysicalLines.Line> replay = new ArrayDeque<>();
    private RFC4180Parser parser = new RFC4180Parser();
    private long nextLine = 1;
    private boolean firstLine = true;
    private long charsRead;

    private String[] fields;
    private String[] beforeOpenQuote;
    private long line;
    private String raw;
    private String problem;

    private CsvRecords(String fileName, PhysicalLines in) {
        this.fileName = fileName;
        this.in = in;
    }

    static CsvRecords open(Path file) {
        String name = nameOf(file);
        try {
            // bytes that are not UTF-8 are replaced instead of failing the whole file; the rows they
            // are in are rejected
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(MALFORMED);
            return new CsvRecords(name, new PhysicalLines(
                    new InputStreamReader(Files.newInputStream(file), utf8), MAX_LINE_CHARS));
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
            PhysicalLines.Line first = readLine();
            if (first == null) {
                return false;
            }
            if (first.text().isEmpty()) {
                continue;
            }
            if (first.cut()) {
                broken(start, first.text(), null, TOO_LONG);
                return true;
            }
            String[] parts = parser.parseLineMulti(first.text());
            if (!parser.isPending()) {
                found(start, first.text(), parts);
                return true;
            }
            readRestOfRecord(start, first, parts);
            return true;
        }
    }

    private void readRestOfRecord(long start, PhysicalLines.Line first, String[] firstParts) throws IOException {
        List<PhysicalLines.Line> lines = new ArrayList<>();
        lines.add(first);
        long chars = first.text().length();
        while (parser.isPending()) {
            PhysicalLines.Line next = lines.size() < MAX_RECORD_LINES && chars <= MAX_RECORD_CHARS ? readLine() : null;
            if (next == null || next.cut()) {
                if (next != null) {
                    lines.add(next);
                }
                giveBack(start, lines);
                parser = new RFC4180Parser();
                broken(start, first.text(), firstParts, UNCLOSED_QUOTE);
                return;
            }
            lines.add(next);
            chars += next.written().length();
            // only to learn where the record ends: the parser joins the lines of a field with \n
            parser.parseLineMulti(next.text());
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            text.append(i == lines.size() - 1 ? lines.get(i).text() : lines.get(i).written());
        }
        String written = text.toString();
        // parsed again whole, so that each field keeps the line ends it was written with
        found(start, written, new RFC4180Parser().parseLine(written));
    }

    private void broken(long start, String text, String[] before, String why) {
        fields = null;
        beforeOpenQuote = before == null ? null : shown(before);
        line = start;
        raw = shown(text);
        problem = why;
    }

    private void found(long start, String text, String[] parts) {
        boolean malformed = wasMalformed(text);
        fields = malformed ? shown(parts) : parts;
        beforeOpenQuote = null;
        line = start;
        raw = malformed ? shown(text) : text;
        problem = malformed ? NOT_UTF8 : null;
    }

    /** The text as a person is shown it: each replaced byte sequence as U+FFFD, which any file can hold. */
    private static String shown(String text) {
        if (!wasMalformed(text)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text);
        for (int at = text.indexOf(MALFORMED); at >= 0; at = text.indexOf(MALFORMED, at + 1)) {
            if (at == 0 || !Character.isHighSurrogate(text.charAt(at - 1))) {
                shown.setCharAt(at, '\uFFFD');
            }
        }
        return shown.toString();
    }

    private static String[] shown(String[] values) {
        String[] shown = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            shown[i] = values[i] == null ? null : shown(values[i]);
        }
        return shown;
    }

    /**
     * Whether the decoder replaced bytes in {@code text}: its low surrogate with no high one before it.
     * A row of Latin-1 characters, every probe row, answers without a scan.
     */
    static boolean wasMalformed(String text) {
        for (int at = text.indexOf(MALFORMED); at >= 0; at = text.indexOf(MALFORMED, at + 1)) {
            if (at == 0 || !Character.isHighSurrogate(text.charAt(at - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Puts back every line of a broken record but its first, to be read again. */
    private void giveBack(long start, List<PhysicalLines.Line> lines) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            replay.addFirst(lines.get(i));
        }
        nextLine = start + 1;
    }

    private PhysicalLines.Line readLine() throws IOException {
        PhysicalLines.Line read = replay.pollFirst();
        if (read == null) {
            read = in.next();
            if (read == null) {
                return null;
            }
            charsRead += read.text().length() + Math.max(1, read.end().length());
        }
        if (firstLine) {
            firstLine = false;
            if (!read.text().isEmpty() && read.text().charAt(0) == BYTE_ORDER_MARK) {
                read = new PhysicalLines.Line(read.text().substring(1), read.end(), read.cut());
            }
        }
        nextLine++;
        return read;
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

    /** The current record's text as written, with the line ends between its lines; a cut line as far as it was kept. */
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
