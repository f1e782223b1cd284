package com.slacredits.jobs;

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

    public DeferredListReader(Supplier<List<T>> source) {
        this.source = source;
    }

    @Override
    public synchronized void open(ExecutionContext executionContext) {
        items = source.get().iterator();
    }

    @Override
    public synchronized T read() {
        return items != null && items.hasNext() ? items.next() : null;
    }

    @Override
    public synchronized void close() {
        items = null;
    }
}
