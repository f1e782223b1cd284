package com.slacredits.jobs;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The run this process is executing. A run is a job instance: it keeps its id across restarts, so
 * whatever a run records under its id is found again when it resumes.
 */
public final class CurrentRun implements JobExecutionListener {

    /** The job parameter of a job that works on an earlier run, such as an export: that run's id. */
    public static final String RUN = "run";

    private volatile Long runId;

    @Override
    public void beforeJob(JobExecution jobExecution) {
        runId = idOf(jobExecution);
    }

    /** The run a job execution works on: the month-end's own instance, or the run an export names. */
    public static long idOf(JobExecution execution) {
        Long named = execution.getJobParameters().getLong(RUN);
        return named != null ? named : execution.getJobInstance().getInstanceId();
    }

    public long id() {
        if (runId == null) {
            throw new IllegalStateException("no month-end run has started in this process");
        }
        return runId;
    }
}
