package com.slacredits.jobs.monthend.ingest;

import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.StepProgressListener;

import com.slacredits.readers.ReadProgress;
import com.slacredits.writers.jdbc.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Makes an ingest step read its files from their first row on every start, a restart included, and
 * forgets the rows the run had rejected from them.
 *
 * <p>A failure caused by input is mended by fixing the file and running the same command again. A
 * saved position would resume in the middle of the fixed file, and a completed step would never read
 * it again; both would keep the poison. Ingesting is idempotent (upserts, ids seen again ignored,
 * slot bits OR-ed), so reading a file twice stores what reading it once does. Spring Batch opens the
 * reader after this listener, so the reader finds no position to restore.
 */
final class ReadFromTheStart implements StepExecutionListener {

    private final String readerName;
    private final RunRecord runRecord;
    private final Function<StepExecution, List<String>> fileNames;

    /**
     * @param readerName the name the step's {@code MultiFileReader} keeps its position under
     * @param fileNames the names of the files the step reads, as rejects.csv gives them
     */
    ReadFromTheStart(String readerName, RunRecord runRecord, Function<StepExecution, List<String>> fileNames) {
        this.readerName = readerName;
        this.runRecord = runRecord;
        this.fileNames = fileNames;
    }

    @Override
    public void beforeStep(StepExecution step) {
        ExecutionContext context = step.getExecutionContext();
        for (Map.Entry<String, Object> entry : List.copyOf(context.entrySet())) {
            String key = entry.getKey();
            if (key.startsWith(readerName + ".") || key.startsWith(IngestWriter.WRONG_FILE)
                    || key.equals(StepProgressListener.REJECTED)
                    || key.equals(ReadProgress.FRACTION)) {
                context.remove(key);
            }
        }
        runRecord.forgetRejects(RunParameters.of(step).runId(), fileNames.apply(step));
    }
}
