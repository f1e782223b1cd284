package com.slacredits.jobs.cli;

import com.slacredits.jobs.monthend.post.HeldRunListener;
import com.slacredits.jobs.monthend.publish.MonthEndSummary;
import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.run.RunFigures;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.store.DatabaseSettings;


import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts, or resumes, the month-end job for a command line, and turns its outcome into an exit code.
 *
 * <p>The same command after a failure resumes the failed run: the job instance is identified by
 * as-of, input and output, and its output folder may then hold what the failed attempt wrote.
 * Otherwise a non-empty output folder is refused, so that no run overwrites another's results.
 */
final class MonthEndLauncher {

    /** Outside com.slacredits, so only the log file has it (logback-spring.xml): stack traces are not the console's. */
    static final Logger FAILURES = LoggerFactory.getLogger("sla-credits.failures");
    /** How many of the latest runs are checked for one left unfinished. */
    private static final int RECENT_RUNS = 50;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final DataSource lockDataSource;
    private final PrintStream lines;
    private final PrintStream out;
    private final DatabaseSettings database;
    private final RunAccount account;

    /**
     * @param lines where the run's last lines, its summary, go: the command's standard output
     * @param out where the launcher's sentences go
     */
    MonthEndLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, DataSource lockDataSource,
            PrintStream lines, PrintStream out, DatabaseSettings database, RunAccount account) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.lockDataSource = lockDataSource;
        this.lines = lines;
        this.out = out;
        this.database = database;
        this.account = account;
    }

    ExitCode launch(MonthEndArguments arguments) throws Exception {
        try (RunLock lock = RunLock.acquire(lockDataSource, ProcessHandle.current().pid() + "@" + hostName())) {
            JobParameters parameters = parameters(arguments);
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
            boolean resuming = last != null && last.getStatus() != BatchStatus.COMPLETED;
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                // A new --output would decide nothing (every claim is decided): an empty run. Its files come
                // again from export.
                long runId = last.getJobInstance().getInstanceId();
                out.println("Run " + runId + " with the same --as-of, --input and --output has already completed, "
                        + "its files in " + arguments.output() + "; to write them again from the database, give: "
                        + "java -jar sla-credits.jar export --run=" + runId + " --output=NEW-FOLDER"
                        + (arguments.springArguments().isEmpty() ? "" : " with this command's --spring.* and "
                                + "--sla-credits.* settings") + ".");
                return ExitCode.USAGE;
            }
            if (!resuming) {
                Optional<JobExecution> unfinished = unfinished();
                if (unfinished.isPresent()) {
                    out.println(unfinishedSentence(unfinished.get()));
                    return ExitCode.USAGE;
                }
            }
            if (!resuming && holdsFiles(arguments.output())) {
                out.println("The output folder " + arguments.output() + " is not empty: a run never overwrites "
                        + "the results of an earlier run.");
                return ExitCode.USAGE;
            }
            if (resuming && last.getStatus() == BatchStatus.UNKNOWN) {
                // A commit failed because the database went away under it (the process that served the
                // embedded file was killed, say): what the chunk wrote and the step's own record commit in
                // one transaction, so the database holds either both or neither. Marked failed, the step
                // runs its chunk again; a write that did commit is refused by its key, never repeated.
                failUnknown(last);
                out.println("Recovered run " + last.getJobInstance().getInstanceId() + ", left UNKNOWN by a commit "
                        + "its database could not confirm; it resumes now.");
            }
            if (resuming && last.getStatus().isRunning()) {
                // We hold the lock, so the run that left this execution "running" is dead.
                BatchStatus left = last.getStatus();
                jobOperator.recover(last);
                out.println("Recovered run " + last.getJobInstance().getInstanceId() + ", left " + left
                        + " by a process that is gone; it resumes now.");
            } else if (resuming && !partitionsLeftRunning(last).isEmpty()) {
                // A run with --workers=remote failed a step by its timeout while a worker still had a
                // partition: that worker is gone (or past the timeout), and Spring Batch restarts no
                // partition left STARTED. Recovering marks it FAILED, so the resumed step sends it again.
                List<String> partitions = partitionsLeftRunning(last);
                jobOperator.recover(last);
                out.println("Recovered partitions " + String.join(", ", partitions) + " of run "
                        + last.getJobInstance().getInstanceId() + ", left unfinished by a worker; they run again now.");
            }
            if (resuming) {
                out.println("Resuming the run that stopped in " + arguments.output());
            }
            Files.createDirectories(arguments.output());
            announceRunTo(account, resuming);
            JobExecution execution;
            try {
                execution = jobOperator.start(job, parameters);
            } catch (Exception e) {
                // The job repository itself could not be written: the run had started.
                FAILURES.error("the run stopped with its job repository unreachable", e);
                long runId = runIdOf(parameters);
                out.println(DatabaseTrouble.midRun(e, database, runId).orElseGet(() -> "The run failed: "
                        + FailureCauses.rootMessage(e).strip().lines().findFirst().orElse("")
                        + ". Run the same command again to resume it where it stopped."));
                return ExitCode.FAILED;
            }
            if (execution.getStatus() == BatchStatus.COMPLETED || isHeld(execution)) {
                printSummary(execution);
                account.summarized(RunFigures.from(execution.getExecutionContext()), isHeld(execution));
            }
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return ExitCode.COMPLETED;
            }
            if (isHeld(execution)) {
                out.println(execution.getExitStatus().getExitDescription() + " Review decisions.csv and the statements in "
                        + arguments.output() + ", then post exactly what was held with: " + command(parameters(arguments))
                        + " --release-held");
                return ExitCode.HELD;
            }
            Optional<String> databaseGone = execution.getAllFailureExceptions().stream().findFirst()
                    .flatMap(failure -> DatabaseTrouble.midRun(failure, database,
                            execution.getJobInstance().getInstanceId()));
            out.println(databaseGone.orElseGet(() -> "The run failed: " + failureOf(execution, arguments.remoteWorkers())
                    + ". Run the same command again to resume it where it stopped."));
            return ExitCode.FAILED;
        } catch (RunLock.HeldElsewhere e) {
            out.println(e.getMessage());
            try {
                RunLock.serveUntilFree(lockDataSource);
            } catch (SQLException | InterruptedException serving) {
                FAILURES.error("a refused run could not wait for the run holding the lock", serving);
            }
            return ExitCode.LOCKED;
        }
    }

    /** The run id exists once the job repository has made the execution: the log's start line needs it. */
    private void announceRunTo(RunAccount account, boolean resuming) {
        if (job instanceof AbstractJob steps) {
            steps.registerJobExecutionListener(new JobExecutionListener() {
                @Override
                public void beforeJob(JobExecution execution) {
                    account.runStarted(execution.getJobInstance().getInstanceId(), resuming,
                            RunParameters.of(execution).dryRun());
                }
            });
        }
    }

    /** The run's last lines, which its summary step left in the job's execution context. */
    private void printSummary(JobExecution execution) {
        String summary = execution.getExecutionContext().getString(MonthEndSummary.LINES, "");
        if (!summary.isEmpty()) {
            lines.println(summary);
        }
    }

    /** Marks the execution and its steps that ended UNKNOWN or were left running as FAILED, so that it restarts. */
    private void failUnknown(JobExecution execution) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        for (org.springframework.batch.core.step.StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED);
                if (step.getEndTime() == null) {
                    step.setEndTime(now);
                }
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(org.springframework.batch.core.ExitStatus.FAILED);
        if (execution.getEndTime() == null) {
            execution.setEndTime(now);
        }
        jobRepository.update(execution);
    }

    private static List<String> partitionsLeftRunning(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(step -> step.getStatus().isRunning())
                .map(step -> step.getStepName())
                .sorted()
                .toList();
    }

    /**
     * The latest run of the job that did not complete, if any. A new run beside it would decide the
     * claims it left and leave its customers without statements, so it must be resumed first.
     */
    private Optional<JobExecution> unfinished() {
        for (JobInstance instance : jobRepository.getJobInstances(job.getName(), 0, RECENT_RUNS)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.ABANDONED) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private static String unfinishedSentence(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        String run = "Run " + execution.getJobInstance().getInstanceId() + " (as of "
                + parameters.getString(RunParameters.AS_OF) + ", results in "
                + parameters.getString(RunParameters.OUTPUT) + ")";
        if (isHeld(execution)) {
            return run + " is held for review and has posted nothing; after review, post it first with: "
                    + command(parameters) + " --release-held";
        }
        return run + " is unfinished (" + execution.getStatus() + "); resume it first with: " + command(parameters);
    }

    private static boolean isHeld(JobExecution execution) {
        return execution.getStatus() == BatchStatus.STOPPED
                && HeldRunListener.HELD.equals(execution.getExitStatus().getExitCode());
    }

    /** The command that resumes the run with these parameters. */
    private static String command(JobParameters parameters) {
        return "java -jar sla-credits.jar month-end --as-of=" + parameters.getString(RunParameters.AS_OF)
                + " --input=" + parameters.getString(RunParameters.INPUT) + " --output="
                + parameters.getString(RunParameters.OUTPUT)
                + (Boolean.parseBoolean(parameters.getString(RunParameters.DRY_RUN)) ? " --dry-run" : "");
    }

    static JobParameters parameters(MonthEndArguments arguments) {
        return RunParameters.monthEnd(arguments.asOf(), arguments.input(), arguments.output(), arguments.dryRun(),
                arguments.releaseHeld());
    }

    /** The run id of the job instance, or 0 when the repository cannot say: it is the one that went away. */
    private long runIdOf(JobParameters parameters) {
        try {
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
            return last == null ? 0 : last.getJobInstance().getInstanceId();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private String failureOf(JobExecution execution, boolean remoteWorkers) {
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (failure == null) {
            return "the job ended " + execution.getStatus();
        }
        Optional<String> timedOut = execution.getStepExecutions().stream()
                .filter(step -> step.getFailureExceptions().stream().anyMatch(MonthEndLauncher::isTimeout))
                .map(step -> step.getStepName())
                .findFirst();
        Optional<String> partition = remoteWorkers ? failedPartition(execution) : Optional.empty();
        if (partition.isPresent()) {
            // --workers=remote: a worker's failure is in the job repository, not in this process
            return partition.get();
        }
        if (timedOut.isPresent()) {
            // --workers=remote: the partition handler stopped polling (RemotePartitions)
            return "the workers did not finish the partitions of step " + timedOut.get() + " within "
                    + "sla-credits.workers.timeout, so a worker may have died in one of them";
        }
        return FailureCauses.rootMessage(failure).strip().replaceAll("\\.$", "");
    }

    /**
     * A partition that failed on a worker, as the job repository holds it: its name and the first line
     * of its exit description, without the exception's class.
     */
    private Optional<String> failedPartition(JobExecution execution) {
        if (execution.getStepExecutions().stream().flatMap(step -> step.getFailureExceptions().stream())
                .noneMatch(failure -> String.valueOf(failure.getMessage()).startsWith("Partition handler returned"))) {
            return Optional.empty();
        }
        JobExecution stored = jobRepository.getJobExecution(execution.getId());
        return stored == null ? Optional.empty() : stored.getStepExecutions().stream()
                .filter(step -> step.getStatus() == BatchStatus.FAILED && step.getStepName().contains(":"))
                .map(step -> "partition " + step.getStepName() + " failed on its worker: " + step.getExitStatus()
                        .getExitDescription().lines().findFirst().orElse("").replaceFirst("^[\\w.$]+: ", "")
                        .strip().replaceAll("\\.$", ""))
                .findFirst();
    }

    private static boolean isTimeout(Throwable failure) {
        return FailureCauses.find(failure, java.util.concurrent.TimeoutException.class).isPresent();
    }

    static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

}
