package com.slacredits.jobs.run;

import com.slacredits.readers.ReadProgress;
import java.util.Iterator;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads rows of a run for an output step (its decisions, its rejected rows) a page at a time from
 * the database, so that a run of a million claims is written out without being held in memory.
 * Keeps no position: an output file is written again from its first row on every start.
 */
public final class RunRowsReader<T> implements ItemStreamReader<T> {

    private final Supplier<Iterator<T>> rows;
    private final LongSupplier size;
    private Iterator<T> open;
    private long expected;
    private long read;

    /** @param size how many rows there are, for the progress line */
    public RunRowsReader(Supplier<Iterator<T>> rows, LongSupplier size) {
        this.rows = rows;
        this.size = size;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        expected = size.getAsLong();
        open = rows.get();
        read = 0;
    }

    @Override
    public T read() {
        if (open != null && open.hasNext()) {
            read++;
            return open.next();
        }
        return null;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        ReadProgress.save(executionContext, expected == 0 ? 1.0 : (double) read / expected);
    }

    @Override
    public void close() {
        open = null;
    }
}
