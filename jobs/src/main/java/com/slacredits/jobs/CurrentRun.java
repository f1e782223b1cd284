package com.slacredits.jobs;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * The run this process is executing. A run is a job instance: it keeps its id across restarts, so
 * whatever a run records under its id is found again when it resumes.
 */
public final class CurrentRun implements JobExecutionListener {

    private volatile Long runId;

    @Override
    public void beforeJob(JobExecution jobExecution) {
        runId = jobExecution.getJobInstance().getInstanceId();
    }

    public long id() {
        if (runId == null) {
            throw new IllegalStateException("no month-end run has started in this process");
        }
        return runId;
    }
}
