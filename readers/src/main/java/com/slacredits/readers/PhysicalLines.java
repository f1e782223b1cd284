package com.slacredits.readers;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * The physical lines of a text, each with the line end that closed it ({@code \n}, {@code \r\n} or
 * a lone {@code \r}), so that a quoted field holding a line break keeps the break it was written
 * with. {@link java.io.BufferedReader#readLine} forgets which end it saw.
 *
 * <p>A line is never held in memory beyond {@code limit} characters: the rest of it is counted and
 * skipped, and the line is marked cut. A file of one endless line costs a buffer, not the heap.
 */
final class PhysicalLines implements Closeable {

    /** One line; {@code end} is empty for a last line without a line end. */
    record Line(String text, String end, boolean cut) {

        /** The line as written, its line end included. */
        String written() {
            return text + end;
        }
    }

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int filled;

    PhysicalLines(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line, or null at the end of the text. */
    Line next() throws IOException {
        StringBuilder text = null;
        boolean cut = false;
        boolean any = false;
        while (true) {
            if (position == filled && !fill()) {
                return any ? new Line(text == null ? "" : text.toString(), "", cut) : null;
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (text == null) {
                text = new StringBuilder(Math.min(position - start + 16, limit));
            }
            int room = limit - text.length();
            int run = position - start;
            text.append(buffer, start, Math.min(run, room));
            cut |= run > room;
            if (position == filled) {
                continue;
            }
            char ending = buffer[position++];
            if (ending == '\n') {
                return new Line(text.toString(), "\n", cut);
            }
            if (position == filled && !fill()) {
                return new Line(text.toString(), "\r", cut);
            }
            if (buffer[position] == '\n') {
                position++;
                return new Line(text.toString(), "\r\n", cut);
            }
            return new Line(text.toString(), "\r", cut);
        }
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        filled = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
