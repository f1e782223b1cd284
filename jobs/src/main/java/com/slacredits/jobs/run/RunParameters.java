package com.slacredits.jobs.run;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;

/**
 * What one run is: the only way a per-run value reaches a step. It is read from the step's job
 * execution, never kept in a singleton, so a worker process runs each partition for whichever run
 * sent it, and the month-end and export jobs are definitions fed by their parameters.
 *
 * <p>A run is a job instance: it keeps its id across restarts, so whatever a run records under its
 * id is found again when it resumes. An export is a job of its own that works on an earlier run, the
 * one its {@value #RUN} parameter names; its other parameters are that run's.
 *
 * @param runId the month-end job instance the step works for
 * @param input the drop folder the run read; an export's may have been purged since
 * @param output the folder the step writes to
 * @param releaseHeld posts what the credit brake held; not identifying, so the held run's own command
 *     with {@code --release-held} resumes that run
 */
public record RunParameters(long runId, LocalDate asOf, Path input, Path output, boolean dryRun, boolean releaseHeld) {

    public static final String AS_OF = "asOf";
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String DRY_RUN = "dryRun";
    public static final String RELEASE_HELD = "releaseHeld";
    /** The export job's parameter: the run it writes again. */
    public static final String RUN = "run";
    /** The export job's parameter that makes each export a job instance of its own. */
    private static final String REQUESTED_AT = "requestedAt";

    public RunParameters {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }

    public static RunParameters of(StepExecution step) {
        return of(step.getJobExecution());
    }

    public static RunParameters of(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        return new RunParameters(runIdOf(execution),
                LocalDate.parse(parameters.getString(AS_OF)), Path.of(parameters.getString(INPUT)),
                Path.of(parameters.getString(OUTPUT)), Boolean.parseBoolean(parameters.getString(DRY_RUN)),
                Boolean.parseBoolean(parameters.getString(RELEASE_HELD)));
    }

    /** The run a job execution works for, where only its id is needed: the one an export names, or its own. */
    public static long runIdOf(JobExecution execution) {
        Long named = execution.getJobParameters().getLong(RUN);
        return named != null ? named : execution.getJobInstance().getInstanceId();
    }

    /**
     * A month-end's parameters. As-of, input, output and dry run identify the run, so the same command
     * after a failure resumes it; release-held does not.
     */
    public static JobParameters monthEnd(LocalDate asOf, Path input, Path output, boolean dryRun,
            boolean releaseHeld) {
        return new JobParametersBuilder()
                .addString(AS_OF, asOf.toString())
                .addString(INPUT, input.toString())
                .addString(OUTPUT, output.toString())
                .addString(DRY_RUN, Boolean.toString(dryRun))
                .addString(RELEASE_HELD, Boolean.toString(releaseHeld), false)
                .toJobParameters();
    }

    /** An export's parameters: this run's, with its id named and the export's own folder. */
    public JobParameters exportTo(Path folder, Instant requestedAt) {
        return new JobParametersBuilder()
                .addLong(RUN, runId)
                .addString(AS_OF, asOf.toString())
                .addString(INPUT, input.toString())
                .addString(OUTPUT, folder.toString())
                .addString(DRY_RUN, Boolean.toString(dryRun))
                .addString(REQUESTED_AT, requestedAt.toString())
                .toJobParameters();
    }

    public RunFolder folder() {
        return new RunFolder(output);
    }
}
