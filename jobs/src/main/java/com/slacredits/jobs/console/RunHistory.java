package com.slacredits.jobs.console;

import com.slacredits.jobs.run.RunParameters;

import com.slacredits.jobs.monthend.MonthEndJobConfiguration;

import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.RunRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The month-end runs of the database, read-only: their parameters and status from Spring Batch's job
 * repository, their counts and totals from the product's tables.
 *
 * <p>A dry run works on a scratch database of its own (README, "The command line"), job repository
 * included, so it leaves nothing here to list: only real runs appear.
 */
@Component
public class RunHistory {

    /** The latest runs the list shows; a month-end a month is eight years of them. */
    static final int LATEST = 100;

    private final JobRepository jobs;
    private final DecisionJournal decisions;
    private final RunRecord records;
    private final HoldRegister holds;

    public RunHistory(JobRepository jobs, DecisionJournal decisions, RunRecord records, HoldRegister holds) {
        this.jobs = jobs;
        this.decisions = decisions;
        this.records = records;
        this.holds = holds;
    }

    /** The latest runs, newest first. */
    public List<RunListing> latest() {
        return jobs.getJobInstances(MonthEndJobConfiguration.JOB_NAME, 0, LATEST).stream()
                .map(this::summaryOf)
                .flatMap(Optional::stream)
                .toList();
    }

    public Optional<RunListing> find(long runId) {
        JobInstance instance = jobs.getJobInstance(runId);
        if (instance == null || !instance.getJobName().equals(MonthEndJobConfiguration.JOB_NAME)) {
            return Optional.empty();
        }
        return summaryOf(instance);
    }

    private Optional<RunListing> summaryOf(JobInstance instance) {
        JobExecution last = jobs.getLastJobExecution(instance);
        if (last == null) {
            return Optional.empty();
        }
        long runId = instance.getInstanceId();
        JobParameters parameters = last.getJobParameters();
        String status = holds.of(runId).filter(held -> !held.isReleased()).isPresent() ? "HELD"
                : last.getStatus().name();
        return Optional.of(new RunListing(runId, parameters.getString(RunParameters.AS_OF),
                path(parameters.getString(RunParameters.INPUT)),
                path(parameters.getString(RunParameters.OUTPUT)),
                Boolean.parseBoolean(parameters.getString(RunParameters.DRY_RUN)), status,
                last.getStartTime(), last.getEndTime(), decisions.countOfRun(runId), records.rejectCountOfRun(runId),
                SettledTotals.ofRun(decisions, runId)));
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }
}
