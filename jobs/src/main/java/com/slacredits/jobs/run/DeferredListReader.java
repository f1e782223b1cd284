package com.slacredits.jobs.run;

import com.slacredits.readers.ReadProgress;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a list the database gives when the step opens, not when the job is built: the steps
 * before it change what the list holds. Keeps no position: a restarted step asks again, and the
 * question itself leaves out what the failed attempt already finished (e.g. claims already decided).
 * Thread-safe, for the multi-threaded statements step.
 */
public final class DeferredListReader<T> implements ItemStreamReader<T> {

    private final Supplier<List<T>> source;
    private Iterator<T> items;
    private int size;
    private int read;

    public DeferredListReader(Supplier<List<T>> source) {
        this.source = source;
    }

    @Override
    public synchronized void open(ExecutionContext executionContext) {
        List<T> list = source.get();
        items = list.iterator();
        size = list.size();
        read = 0;
    }

    @Override
    public synchronized T read() {
        if (items != null && items.hasNext()) {
            read++;
            return items.next();
        }
        return null;
    }

    @Override
    public synchronized void update(ExecutionContext executionContext) {
        ReadProgress.save(executionContext, size == 0 ? 1.0 : (double) read / size);
    }

    @Override
    public synchronized void close() {
        items = null;
    }
}
