package com.slacredits.readers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ReaderNotOpenException;

/**
 * Reads one input file row by row, streaming, as {@link ReadResult}s in file order: a rejected row is
 * a result like any other, so it travels through the same chunk as the values around it and is never
 * lost or written twice across a restart.
 *
 * <p>{@link #open} checks the header before reading anything, throwing {@link MissingColumnException}.
 * {@link #update} saves under {@code <name>.read.count} how many records were read (rejected and
 * silently passed-over rows included; blank lines are not records); {@link #open} with that count
 * skips as many records. Not thread-safe.
 */
public final class CsvFileReader<T> implements ItemStreamReader<ReadResult<T>> {

    /** Suffix of the execution context key, after {@code <name>.}: records read so far. */
    public static final String READ_COUNT = "read.count";

    private final String name;
    private final Path file;
    private final String fileName;
    private final RowFormat<T> format;

    private CsvRecords records;
    private Header header;
    private RowMapper<T> mapper;
    private Column key;
    private long recordsRead;

    /**
     * @param name prefix of this reader's execution context keys; unique within a step
     * @param file the file to read; opened only by {@link #open}
     */
    public CsvFileReader(String name, Path file, RowFormat<T> format) {
        this.name = Objects.requireNonNull(name, "name");
        this.file = Objects.requireNonNull(file, "file");
        this.format = Objects.requireNonNull(format, "format");
        this.fileName = CsvRecords.nameOf(file);
    }

    /** The key under which {@link #update} saves the records read: {@code <name>.read.count}. */
    public String readCountKey() {
        return name + "." + READ_COUNT;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        open(executionContext.getLong(readCountKey(), 0L));
    }

    /** Opens the file, checks its header and skips {@code alreadyRead} records. */
    void open(long alreadyRead) {
        close();
        records = CsvRecords.open(file);
        try {
            header = records.header();
            header.require(format.columns());
            mapper = format.bind(header);
            key = format.keyColumn().filter(header::has).map(header::column).orElse(null);
            recordsRead = 0;
            skip(alreadyRead);
        } catch (IOException e) {
            close();
            throw unreadable(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void skip(long alreadyRead) throws IOException {
        while (recordsRead < alreadyRead) {
            if (!records.next()) {
                throw new InputFileException(fileName, fileName + " has " + recordsRead
                        + " rows, but the interrupted run had read " + alreadyRead + ": the file has changed since.");
            }
            recordsRead++;
            String[] fields = records.fields();
            if (records.problem() == null && fields.length == header.size()) {
                mapper.replay(fields);
            }
        }
    }

    /** The next row, or null at the end of the file. */
    @Override
    public ReadResult<T> read() {
        if (records == null) {
            throw new ReaderNotOpenException("the reader of " + fileName + " is not open");
        }
        try {
            while (records.next()) {
                recordsRead++;
                ReadResult<T> result = current();
                if (result != null) {
                    return result;
                }
            }
            return null;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private ReadResult<T> current() {
        long line = records.line();
        String raw = records.raw();
        if (records.problem() != null) {
            return ReadResult.rejected(fileName, line, raw, records.problem(), keyOfBroken());
        }
        String[] fields = records.fields();
        if (fields.length != header.size()) {
            return ReadResult.rejected(fileName, line, raw, "the row has " + fields.length + " fields where the header has "
                    + header.size());
        }
        try {
            T value = mapper.map(fields);
            return value == null ? null : ReadResult.accepted(fileName, line, raw, value);
        } catch (RowRejected rejected) {
            return ReadResult.rejected(fileName, line, raw, rejected.reason(), key == null ? null : key.raw(fields));
        }
    }

    /**
     * The key of a record that cannot be read, when its field is known to be in its place: a contract
     * row with one stray Latin-1 byte in its name must still make the claims on it wait, rather than
     * have them decided as if the contract did not exist (credit rules, section 7).
     */
    private String keyOfBroken() {
        if (key == null) {
            return null;
        }
        String[] fields = records.fields();
        if (fields != null) {
            // parsed, only not UTF-8: as well placed as any row with the header's number of fields
            return fields.length == header.size() ? key.raw(fields) : null;
        }
        String[] beforeQuote = records.fieldsBeforeOpenQuote();
        return beforeQuote.length <= header.size() && key.isIn(beforeQuote) ? key.raw(beforeQuote) : null;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putLong(readCountKey(), recordsRead);
    }

    @Override
    public void close() {
        if (records != null) {
            try {
                records.close();
            } catch (IOException e) {
                throw new InputFileException(fileName, fileName + " cannot be closed: " + e.getMessage(), e);
            } finally {
                records = null;
            }
        }
    }

    /** Records read since the start of the file, those skipped on a restart included. */
    public long recordsRead() {
        return recordsRead;
    }

    public String fileName() {
        return fileName;
    }

    /** About the bytes of the file read so far (characters and line ends), for a progress estimate. */
    long charsRead() {
        return records == null ? 0 : records.charsRead();
    }

    private InputFileException unreadable(IOException e) {
        return new InputFileException(fileName, fileName + " cannot be read after record " + recordsRead + ": "
                + e.getMessage(), e);
    }
}
