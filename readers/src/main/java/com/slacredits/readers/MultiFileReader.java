package com.slacredits.readers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads several files of one format one after the other, in the order given (for probes:
 * {@link InputFolder#probes()}, sorted by name), holding only the current file open.
 *
 * <p>{@link #open} checks the header of every file first, so that a bad last file fails the run
 * before the first is read. {@link #update} saves {@code <name>.file.index} (position of the current
 * file in the list), {@code <name>.file.name} (its name) and {@code <name>.read.count} (records read
 * from it); on a restart the file at the saved position must still have the saved name, or the
 * folder has changed and {@link InputFileException} is thrown. Not thread-safe.
 */
public final class MultiFileReader<T> implements ItemStreamReader<ReadResult<T>> {

    /** Suffix of the execution context key, after {@code <name>.}: position of the current file. */
    public static final String FILE_INDEX = "file.index";
    /** Suffix of the execution context key, after {@code <name>.}: name of the current file. */
    public static final String FILE_NAME = "file.name";

    private final String name;
    private final List<Path> files;
    private final RowFormat<T> format;

    private int index;
    private CsvFileReader<T> current;
    private long[] sizes;

    /**
     * @param name prefix of this reader's execution context keys; unique within a step
     * @param files the files, in reading order; may be empty
     */
    public MultiFileReader(String name, List<Path> files, RowFormat<T> format) {
        this.name = Objects.requireNonNull(name, "name");
        this.files = List.copyOf(files);
        this.format = Objects.requireNonNull(format, "format");
    }

    public String fileIndexKey() {
        return name + "." + FILE_INDEX;
    }

    public String fileNameKey() {
        return name + "." + FILE_NAME;
    }

    public String readCountKey() {
        return name + "." + CsvFileReader.READ_COUNT;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        close();
        for (Path file : files) {
            format.checkHeader(file);
        }
        sizes = files.stream().mapToLong(MultiFileReader::sizeOf).toArray();
        index = executionContext.getInt(fileIndexKey(), 0);
        if (index > files.size()) {
            throw changed(name, "the interrupted run had got to file " + (index + 1) + " of what are now " + files.size());
        }
        if (index < files.size()) {
            String savedName = executionContext.getString(fileNameKey(), null);
            String nameNow = CsvRecords.nameOf(files.get(index));
            if (savedName != null && !savedName.equals(nameNow)) {
                throw changed(savedName, "the interrupted run was reading " + savedName + " where " + nameNow + " is now");
            }
            openCurrent(executionContext.getLong(readCountKey(), 0L));
        }
    }

    /** The next row of the current file, or of the files after it; null when every file is read. */
    @Override
    public ReadResult<T> read() {
        while (current != null) {
            ReadResult<T> result = current.read();
            if (result != null) {
                return result;
            }
            current.close();
            current = null;
            index++;
            if (index < files.size()) {
                openCurrent(0);
            }
        }
        return null;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putInt(fileIndexKey(), index);
        if (index < files.size()) {
            executionContext.putString(fileNameKey(), CsvRecords.nameOf(files.get(index)));
        } else {
            executionContext.remove(fileNameKey());
        }
        executionContext.putLong(readCountKey(), current == null ? 0L : current.recordsRead());
        ReadProgress.save(executionContext, fractionRead());
    }

    /** About how much of all the files is read, by size: the files before the current one and its part. */
    private double fractionRead() {
        long total = 0;
        long read = 0;
        for (int i = 0; i < files.size(); i++) {
            long size = sizes == null ? 0 : sizes[i];
            total += size;
            if (i < index) {
                read += size;
            } else if (i == index && current != null) {
                read += Math.min(size, current.charsRead());
            }
        }
        return total == 0 ? 1.0 : (double) read / total;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            // the header check has read the file, so this is a race; the estimate can do without it
            return 0;
        }
    }

    @Override
    public void close() {
        if (current != null) {
            try {
                current.close();
            } finally {
                current = null;
            }
        }
    }

    private void openCurrent(long alreadyRead) {
        CsvFileReader<T> reader = new CsvFileReader<>(name, files.get(index), format);
        reader.open(alreadyRead);
        current = reader;
    }

    private InputFileException changed(String fileName, String what) {
        String folder = files.isEmpty() || files.get(0).toAbsolutePath().getParent() == null
                ? "the input folder"
                : files.get(0).toAbsolutePath().getParent().toString();
        return new InputFileException(fileName, "The files of " + name + " in " + folder + " have changed since the "
                + "interrupted run: " + what + ".");
    }
}
