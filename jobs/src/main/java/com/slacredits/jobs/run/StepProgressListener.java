package com.slacredits.jobs.run;


import com.slacredits.domain.Numerals;
import com.slacredits.readers.ReadProgress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The operator's lines: while a step runs, every {@link #EVERY} its rows so far, their rate and the
 * time left; when it ends, rows read, written, rejected and the time it took.
 *
 * <p>The running line comes from a clock of its own, not from chunk boundaries, so a slow chunk does
 * not silence it. The time left is estimated from the fraction its reader saves ({@link ReadProgress}):
 * bytes of the files read, or items of a list. A partitioned step reports per partition, since each
 * partition is a step execution with its own reader; its manager step counts nothing until the end
 * and stays quiet.
 */
public final class StepProgressListener implements StepExecutionListener {

    /** Execution-context key under which the probe step counts the rows it read: its items are blocks. */
    public static final String ROWS = "rows";
    /** Execution-context key under which ingest steps count the rows they rejected. */
    public static final String REJECTED = "rejected";
    /** How often a running step reports; the issue asks for at most ten seconds between lines. */
    public static final Duration EVERY = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger("com.slacredits.progress");

    private final Duration every;
    private final Consumer<String> out;
    private final Map<Long, ScheduledFuture<?>> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService clock;

    public StepProgressListener() {
        this(EVERY, LOG::info);
    }

    StepProgressListener(Duration every, Consumer<String> out) {
        this.every = every;
        this.out = out;
    }

    @Override
    public void beforeStep(StepExecution step) {
        long millis = every.toMillis();
        running.put(step.getId(), clock().scheduleAtFixedRate(() -> reportRunning(step), millis, millis,
                TimeUnit.MILLISECONDS));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        ScheduledFuture<?> line = running.remove(step.getId());
        if (line != null) {
            line.cancel(false);
        }
        long rejected = step.getExecutionContext().getLong(REJECTED, 0L);
        long read = rowsOf(step);
        long written = step.getExecutionContext().containsKey(ROWS) ? read : step.getWriteCount();
        out.accept(Numerals.format("step %-18s %-9s read %,d, written %,d, rejected %,d in %.1f s", step.getStepName(),
                step.getStatus(), read, written - rejected, rejected, elapsed(step).toMillis() / 1000.0));
        return step.getExitStatus();
    }

    private void reportRunning(StepExecution step) {
        long rows = rowsOf(step);
        if (rows > 0) {
            out.accept(runningLine(step.getStepName(), rows, elapsed(step), ReadProgress.of(step.getExecutionContext())));
        }
    }

    /** A running step's line: rows so far, rows per second and, where the reader knows its share, the time left. */
    static String runningLine(String stepName, long rows, Duration elapsed, OptionalDouble fraction) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        StringBuilder line = new StringBuilder(Numerals.format("step %-18s running   %,d rows in %.0f s, %,.0f rows/s",
                stepName, rows, seconds, rows / seconds));
        if (fraction.isPresent() && fraction.getAsDouble() > 0) {
            double done = fraction.getAsDouble();
            line.append(Numerals.format(", %.0f %% read, about %.0f s left", done * 100, seconds * (1 - done) / done));
        }
        return line.toString();
    }

    // The probe step's items are blocks of rows; the operator counts rows.
    private static long rowsOf(StepExecution step) {
        return step.getExecutionContext().getLong(ROWS, step.getReadCount());
    }

    private static Duration elapsed(StepExecution step) {
        LocalDateTime start = step.getStartTime();
        LocalDateTime end = step.getEndTime() != null ? step.getEndTime() : LocalDateTime.now();
        return start == null ? Duration.ZERO : Duration.between(start, end);
    }

    private synchronized ScheduledExecutorService clock() {
        if (clock == null) {
            clock = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "step-progress");
                thread.setDaemon(true);
                return thread;
            });
        }
        return clock;
    }
}
