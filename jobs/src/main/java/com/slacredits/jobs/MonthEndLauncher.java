package com.slacredits.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Starts, or resumes, the month-end job for a command line, and turns its outcome into an exit code.
 *
 * <p>The same command after a failure resumes the failed run: the job instance is identified by
 * as-of, input and output, and its output folder may then hold what the failed attempt wrote.
 * Otherwise a non-empty output folder is refused, so that no run overwrites another's results.
 */
public final class MonthEndLauncher {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final DataSource lockDataSource;
    private final PrintStream out;

    public MonthEndLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, DataSource lockDataSource,
            PrintStream out) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.lockDataSource = lockDataSource;
        this.out = out;
    }

    public ExitCode launch(MonthEndArguments arguments) throws Exception {
        try (RunLock lock = RunLock.acquire(lockDataSource, ProcessHandle.current().pid() + "@" + hostName())) {
            JobParameters parameters = parameters(arguments);
            JobExecution last = jobRepository.getLastJobExecution(job.getName(), parameters);
            boolean resuming = last != null && last.getStatus() != BatchStatus.COMPLETED;
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                out.println("A run with the same --as-of, --input and --output has already completed; "
                        + "give a new --output folder.");
                return ExitCode.USAGE;
            }
            if (!resuming && holdsFiles(arguments.output())) {
                out.println("The output folder " + arguments.output() + " is not empty: a run never overwrites "
                        + "the results of an earlier run.");
                return ExitCode.USAGE;
            }
            if (resuming && last.getStatus().isRunning()) {
                // We hold the lock, so the run that left this execution "running" is dead.
                jobOperator.recover(last);
            }
            if (resuming) {
                out.println("Resuming the run that stopped in " + arguments.output());
            }
            Files.createDirectories(arguments.output());
            JobExecution execution = jobOperator.start(job, parameters);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return ExitCode.COMPLETED;
            }
            out.println("The run failed: " + failureOf(execution)
                    + ". Run the same command again to resume it where it stopped.");
            return ExitCode.FAILED;
        } catch (RunLock.HeldElsewhere e) {
            out.println(e.getMessage());
            return ExitCode.LOCKED;
        }
    }

    static JobParameters parameters(MonthEndArguments arguments) {
        return new JobParametersBuilder()
                .addString(MonthEndJobParameters.AS_OF, arguments.asOf().toString())
                .addString(MonthEndJobParameters.INPUT, arguments.input().toString())
                .addString(MonthEndJobParameters.OUTPUT, arguments.output().toString())
                .addString(MonthEndJobParameters.DRY_RUN, Boolean.toString(arguments.dryRun()))
                .toJobParameters();
    }

    private static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private static String failureOf(JobExecution execution) {
        Throwable failure = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        if (failure == null) {
            return "the job ended " + execution.getStatus();
        }
        return MonthEndCommand.rootMessage(failure).strip().replaceAll("\\.$", "");
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown-host";
        }
    }

}
