package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.readers.policy.PolicyLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/** Test files and a way to read every row of them. */
final class CsvFiles {

    static final Path EXAMPLE_INPUT = Path.of("..", "examples", "october-2026", "input");

    /** The built-in packs, as a run without {@code --policies} knows them. */
    static final PolicyCatalog BUILT_IN_PACKS = PolicyLibrary.load(Optional.empty());

    private CsvFiles() {
    }

    /** Writes the text as UTF-8, exactly: line ends are whatever the text holds. */
    static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeBytes(Path folder, String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<ReadResult<T>> readAll(ItemStreamReader<ReadResult<T>> reader) throws Exception {
        return readAll(reader, new ExecutionContext());
    }

    static <T> List<ReadResult<T>> readAll(ItemStreamReader<ReadResult<T>> reader, ExecutionContext context)
            throws Exception {
        List<ReadResult<T>> results = new ArrayList<>();
        reader.open(context);
        try {
            for (ReadResult<T> result = reader.read(); result != null; result = reader.read()) {
                results.add(result);
            }
        } finally {
            reader.close();
        }
        return results;
    }

    static <T> List<ReadResult<T>> read(Path file, RowFormat<T> format) throws Exception {
        return readAll(new CsvFileReader<>("test", file, format));
    }

    static <T> List<T> values(List<ReadResult<T>> results) {
        return results.stream().filter(ReadResult::isAccepted).map(ReadResult::value).toList();
    }

    static List<RejectedRow> rejections(List<? extends ReadResult<?>> results) {
        return results.stream().filter(ReadResult::isRejected).map(ReadResult::rejection).toList();
    }
}
