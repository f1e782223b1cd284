package com.slacredits.jobs.monthend.post;

import com.slacredits.jobs.run.RunParameters;

import com.slacredits.writers.jdbc.HoldRegister;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Ends a held run STOPPED instead of COMPLETED: its instance stays open, so the same command resumes
 * it, and with {@code --release-held} posts what it held. Spring Batch saves the execution after
 * this listener, so the status it sets is the one the repository keeps.
 */
public final class HeldRunListener implements JobExecutionListener {

    /** The exit code of a held run's execution, which the launcher turns into exit status 4. */
    public static final String HELD = "HELD";

    private final HoldRegister holds;

    HeldRunListener(HoldRegister holds) {
        this.holds = holds;
    }

    @Override
    public void afterJob(JobExecution execution) {
        // A dry run has nothing to release: it says what a real run would hold, and completes.
        RunParameters run = RunParameters.of(execution);
        if (run.dryRun() || execution.getStatus() != BatchStatus.COMPLETED) {
            return;
        }
        long runId = run.runId();
        holds.of(runId).filter(held -> !held.isReleased()).ifPresent(held -> {
            execution.setStatus(BatchStatus.STOPPED);
            execution.setExitStatus(new ExitStatus(HELD, held.hold().sentence()));
        });
    }
}
