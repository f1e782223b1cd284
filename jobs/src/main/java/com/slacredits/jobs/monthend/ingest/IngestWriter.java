package com.slacredits.jobs.monthend.ingest;

import com.slacredits.jobs.run.RunParameters;

import com.slacredits.jobs.run.StepProgressListener;

import com.slacredits.readers.ReadResult;
import com.slacredits.readers.WrongFileRule;
import com.slacredits.domain.RejectedRow;
import com.slacredits.writers.jdbc.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes one chunk of read rows: the readable ones to their store, the unreadable ones to the run's
 * rejects, in the same transaction, so that no row is lost or doubled by a restart. Counts the
 * rejects in the step's execution context for the progress line.
 */
public class IngestWriter<T> implements ItemWriter<ReadResult<T>> {

    /** The prefix of the execution-context keys of the wrong-file rule's counts, which a new start forgets. */
    static final String WRONG_FILE = "wrong-file.";
    private static final String ROWS_READ = WRONG_FILE + "rows";
    private static final String UNREADABLE = WRONG_FILE + "unreadable";

    private final RunRecord runRecord;
    private final Function<T, Optional<String>> unfit;
    private final Consumer<List<T>> store;
    private final StepExecution step;

    /**
     * @param step the step execution the writer belongs to: it is step-scoped, one per execution
     * @param unfit why a readable row still cannot be stored (a value too long for its column), if so
     */
    IngestWriter(RunRecord runRecord, StepExecution step, Function<T, Optional<String>> unfit,
            Consumer<List<T>> store) {
        this.runRecord = runRecord;
        this.step = step;
        this.unfit = unfit;
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends ReadResult<T>> chunk) {
        applyTheWrongFileRule(chunk);
        List<ReadResult<T>> accepted = new ArrayList<>(chunk.size());
        List<ReadResult<T>> unreadable = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        for (ReadResult<T> row : chunk.getItems()) {
            if (row.isRejected()) {
                rejected.add(row.rejection());
                unreadable.add(row);
                continue;
            }
            Optional<String> problem = unfit.apply(row.value());
            if (problem.isPresent()) {
                rejected.add(row.reject(problem.get()));
                unreadable.add(row);
            } else {
                accepted.add(row);
            }
        }
        if (!accepted.isEmpty()) {
            store(accepted, rejected);
        }
        if (!unreadable.isEmpty()) {
            rejectedRows(unreadable);
        }
        reject(rejected);
    }

    /**
     * Sees the rows rejected by reading or by their fit to the columns, in the chunk's transaction,
     * for what must wait on them; by default nothing does.
     */
    protected void rejectedRows(List<ReadResult<T>> rows) {
    }

    /** Stores the readable rows; a subclass may still find some unacceptable and add them to {@code rejected}. */
    protected void store(List<ReadResult<T>> accepted, List<RejectedRow> rejected) {
        store.accept(accepted.stream().map(ReadResult::value).toList());
    }

    /**
     * The start of the file passed the wrong-file rule before the run began; this applies it to every
     * row read so far, for a file that goes bad later, before the chunk's rows are stored. Only rows
     * that cannot be read count: a row rejected against stored data is no sign of the wrong file.
     */
    private void applyTheWrongFileRule(Chunk<? extends ReadResult<T>> chunk) {
        long unreadable = chunk.getItems().stream().filter(ReadResult::isRejected).count();
        long rows = add(ROWS_READ, chunk.size());
        long unreadableSoFar = add(UNREADABLE, unreadable);
        if (rows > WrongFileRule.SAMPLE_ROWS && unreadable > 0) {
            RejectedRow first = chunk.getItems().stream().filter(ReadResult::isRejected).findFirst()
                    .orElseThrow().rejection();
            WrongFileRule.check(first.file(), rows, unreadableSoFar, first, "of the first");
        }
    }

    private long add(String key, long value) {
        long sum = step.getExecutionContext().getLong(key, 0L) + value;
        step.getExecutionContext().putLong(key, sum);
        return sum;
    }

    private void reject(List<RejectedRow> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        runRecord.reject(runId(), rejected);
        long before = step.getExecutionContext().getLong(StepProgressListener.REJECTED, 0L);
        step.getExecutionContext().putLong(StepProgressListener.REJECTED, before + rejected.size());
    }

    protected final long runId() {
        return RunParameters.of(step).runId();
    }
}
