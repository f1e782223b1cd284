package com.slacredits.writers.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.support.transaction.TransactionAwareBufferedWriter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes one output file (decisions.csv, adjustments.csv, ...) from a chunk step, so that the
 * final name only ever holds a complete file.
 *
 * <p>Lifecycle, and how a step must use it:
 * <ul>
 *   <li>{@link #open} starts {@code <name>.part} afresh, emptying any .part a failed attempt
 *       left, and writes the header. A restarted step therefore rewrites the whole file, so the
 *       reader feeding this writer must start from the first row again on restart (do not let it
 *       restore a saved position, e.g. {@code saveState(false)}).
 *   <li>{@link #write} appends rows in the order given: the caller sorts them (files.md: by
 *       {@code claim_id}). Inside a chunk transaction the rows reach the .part only when the
 *       chunk commits, and are dropped if it rolls back, so a retried or scanned chunk is not
 *       written twice.
 *   <li>{@link #complete()} moves the .part onto the final name. Call it only when the step has
 *       COMPLETED: from a {@code StepExecutionListener.afterStep}, which Spring Batch runs after
 *       the last commit and before {@link #close()}.
 *   <li>{@link #close()} releases the file and never publishes. Spring Batch calls it on
 *       success and on failure alike, which is why publishing cannot live here: a failed step
 *       leaves only the .part, and no final file. {@link #update} keeps nothing in the
 *       execution context, since a restart starts the file over anyway.
 * </ul>
 *
 * <p>Spring Batch logs and swallows an exception thrown by {@code afterStep}, so the listener
 * must turn a failed {@link #complete()} into a failed step itself (set the step execution's
 * status to {@code FAILED}, add the exception, return {@code ExitStatus.FAILED}); the status is
 * saved after {@code afterStep} returns.
 *
 * <p>Not thread-safe: one writer per step execution, in a single-threaded step.
 *
 * @param <T> what one row is made from
 */
public final class CsvOutputWriter<T> implements ItemStreamWriter<T> {

    private final OutputFormat<T> format;
    private final Path target;

    private StagedFile staged;
    private TransactionAwareBufferedWriter buffer;
    private GuardedCsvWriter csv;
    private boolean failed;
    private boolean published;

    /** A writer of {@code format}'s file in {@code folder}; the folder is created on open if missing. */
    public CsvOutputWriter(Path folder, OutputFormat<T> format) {
        this.format = format;
        this.target = folder.resolve(format.fileName());
    }

    /** Where the complete file appears. */
    public Path target() {
        return target;
    }

    /** Where the file is written until it is complete. */
    public Path part() {
        return StagedFile.partOf(target);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        // A writer reused for another step execution starts over, like a restart does.
        release();
        failed = false;
        published = false;
        try {
            staged = StagedFile.open(target);
            buffer = new TransactionAwareBufferedWriter(staged.channel(), () -> { });
            buffer.setEncoding(StandardCharsets.UTF_8.name());
            csv = new GuardedCsvWriter(buffer, format.header());
        } catch (IOException | UncheckedIOException e) {
            failed = true;
            throw new ItemStreamException("cannot start " + part(), e);
        }
    }

    @Override
    public void write(Chunk<? extends T> chunk) {
        GuardedCsvWriter out = requireOpen();
        boolean straightToFile = !TransactionSynchronizationManager.isActualTransactionActive();
        try {
            for (T item : chunk) {
                out.writeRow(format.cells(item));
            }
            out.flush();
        } catch (RuntimeException e) {
            // In a transaction the rollback drops this chunk's rows; without one, part of them
            // may already be in the .part, which can then never be published.
            if (straightToFile) {
                failed = true;
            }
            throw e;
        }
    }

    /**
     * Publishes the file: moves {@link #part()} onto {@link #target()}, atomically where the
     * file system allows it, replacing a file of that name. Call once the step has COMPLETED,
     * before {@link #close()}; calling it again after success does nothing.
     *
     * @throws ItemStreamException when a write failed earlier, or the move fails; the final
     *     name is then left as it was
     * @throws IllegalStateException when the writer is not open, or rows of an uncommitted
     *     transaction are still waiting for their commit
     */
    public void complete() {
        if (published) {
            return;
        }
        GuardedCsvWriter out = requireOpen();
        if (failed) {
            throw new ItemStreamException("not publishing " + part() + ": an earlier write failed, the file is incomplete");
        }
        if (buffer.getBufferSize() > 0) {
            throw new IllegalStateException(
                    "rows of a transaction still open are not in " + part() + " yet: complete after the last commit");
        }
        try {
            out.flush();
            staged.publish();
            published = true;
        } catch (IOException | UncheckedIOException e) {
            failed = true;
            throw new ItemStreamException("cannot publish " + target, e);
        }
    }

    /** Releases the file. Never publishes: see {@link #complete()}. */
    @Override
    public void close() {
        release();
    }

    private GuardedCsvWriter requireOpen() {
        if (csv == null) {
            throw new IllegalStateException(target + ": the writer is not open (open it first; complete before close)");
        }
        return csv;
    }

    private void release() {
        StagedFile open = staged;
        staged = null;
        buffer = null;
        csv = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + open.part(), e);
            }
        }
    }
}
