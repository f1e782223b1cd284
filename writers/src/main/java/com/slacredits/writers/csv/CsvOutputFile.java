package com.slacredits.writers.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Writes a whole small output file (such as {@code rejects.csv}) in one call, outside a chunk
 * step: same format, guard and .part-then-move as {@link CsvOutputWriter}.
 *
 * <p>Rows are written in the order given; the caller sorts them.
 */
public final class CsvOutputFile {

    private CsvOutputFile() {
    }

    /** Writes {@code file}: the header, then the rows. Nothing appears under that name unless all went well. */
    public static void write(Path file, List<String> header, Iterable<String[]> rows) {
        write(file, header, rows, Function.identity());
    }

    /** Writes {@code format}'s file into {@code folder} and returns its path. */
    public static <T> Path write(Path folder, OutputFormat<T> format, Iterable<? extends T> items) {
        Path file = folder.resolve(format.fileName());
        write(file, format.header(), items, format::cells);
        return file;
    }

    private static <T> void write(
            Path file, List<String> header, Iterable<? extends T> items, Function<? super T, String[]> cells) {
        try (StagedFile staged = StagedFile.open(file)) {
            // Straight to the file, unlike CsvOutputWriter: this call is the whole write, so
            // there is no chunk transaction whose commit the rows should wait for.
            Writer out = Channels.newWriter(staged.channel(), StandardCharsets.UTF_8);
            GuardedCsvWriter csv = new GuardedCsvWriter(out, header);
            for (T item : items) {
                csv.writeRow(cells.apply(item));
            }
            csv.flush();
            staged.publish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + file, e.getCause());
        }
    }
}
