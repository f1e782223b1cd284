package com.slacredits.jobs.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a command says to the operator, its sentences, on their way to the console: kept as well, so
 * that the log's last line of the run says the same.
 */
final class SaidToOperator {

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final PrintStream stream;

    SaidToOperator(PrintStream console) {
        this.stream = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                console.write(b);
                kept.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                console.write(bytes, offset, length);
                kept.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                console.flush();
            }
        }, true, StandardCharsets.UTF_8);
    }

    /** Where the command's sentences go. */
    PrintStream stream() {
        return stream;
    }

    /** Everything said, on one line, without the usage text that follows a wrong argument. */
    String sentence(String usage) {
        stream.flush();
        return kept.toString(StandardCharsets.UTF_8).replace(usage, "").strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
