package com.slacredits.jobs.cli;

import com.slacredits.jobs.monthend.MonthEndJobConfiguration;
import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.readers.policy.PolicyLibrary;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code abandon --run=N --reason=TEXT}: the recorded way out of a failed run that can never finish. A
 * failed or held run blocks every later month-end until it is resumed (so that its customers are not left
 * without statements); when it cannot be resumed, this gives it up with Spring Batch's own abandon, under
 * the run lock, and records who, when and why in {@code run_abandonment}. Nothing is undone: what the run
 * decided stays decided and what it posted stays posted, and {@code export --run=N} writes its files from
 * the database, so that the ERP still receives what was posted.
 */
public final class AbandonCommand {

    public static final String USAGE = "Usage: java -jar jobs/target/sla-credits.jar abandon --run=N --reason=TEXT "
            + "[--spring.datasource.url=jdbc:mysql://...]";

    private final PrintStream out;
    private final PrintStream err;

    public AbandonCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public ExitCode run(String... args) {
        CommandLine line;
        long runId;
        String reason;
        try {
            line = CommandLine.parse(List.of(args).subList(Math.min(1, args.length), args.length),
                    Set.of("--run", "--reason"), Set.of());
            String run = line.required("--run");
            if (!run.matches("[0-9]{1,18}") || Long.parseLong(run) == 0) {
                throw new UsageException("--run is a run's number, like 3, not '" + run + "'.");
            }
            runId = Long.parseLong(run);
            reason = line.required("--reason").strip();
            if (reason.isEmpty() || reason.length() > 1_000) {
                throw new UsageException("--reason says why the run is given up, in at most 1,000 characters.");
            }
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        DatabaseSettings database = line.database();
        try (ConfigurableApplicationContext context = start(line.settings(), database)) {
            DataSource dataSource = context.getBean(DataSource.class);
            try (RunLock lock = RunLock.acquire(dataSource, "abandon " + runId)) {
                return abandon(context, runId, reason, database);
            } catch (RunLock.HeldElsewhere e) {
                err.println(e.getMessage() + " A run cannot be given up while one runs.");
                return ExitCode.LOCKED;
            }
        } catch (Exception e) {
            MonthEndLauncher.FAILURES.error("abandon failed", e);
            err.println(DatabaseTrouble.atStart(e, database).orElseGet(() -> "The run could not be abandoned: "
                    + database.maskedIn(FailureCauses.rootMessage(e))));
            return ExitCode.FAILED;
        }
    }

    private ExitCode abandon(ConfigurableApplicationContext context, long runId, String reason,
            DatabaseSettings database) throws Exception {
        JobRepository jobs = context.getBean(JobRepository.class);
        JobOperator operator = context.getBean(JobOperator.class);
        JobInstance instance = jobs.getJobInstance(runId);
        JobExecution last = instance == null || !instance.getJobName().equals(MonthEndJobConfiguration.JOB_NAME)
                ? null : jobs.getLastJobExecution(instance);
        if (last == null) {
            err.println("There is no run " + runId + " in " + database.maskedUrl() + ".");
            return ExitCode.USAGE;
        }
        BatchStatus status = last.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            err.println("Run " + runId + " is " + status + ": only a run that did not finish can be abandoned.");
            return ExitCode.USAGE;
        }
        if (status.isRunning()) {
            // We hold the lock, so the process that left it running is gone; abandon takes a run that stopped.
            operator.recover(last);
            last = jobs.getLastJobExecution(instance);
        }
        operator.abandon(last);
        String by = System.getProperty("user.name", "unknown") + "@" + MonthEndLauncher.hostName();
        new JdbcTemplate(context.getBean(DataSource.class)).update("INSERT INTO run_abandonment (run_id, abandoned_by, "
                + "abandoned_at, reason) VALUES (?, ?, ?, ?)", runId, by, Instant.now().toString(), reason);
        RunParameters run = RunParameters.of(last);
        out.println("Run " + runId + " (as of " + run.asOf() + ") is abandoned by " + by + ": the next month-end can "
                + "run. What it decided and posted stays; write its files from the database with: java -jar "
                + "sla-credits.jar export --run=" + runId + " --output=DIR");
        return ExitCode.COMPLETED;
    }

    private static ConfigurableApplicationContext start(List<String> settings, DatabaseSettings database)
            throws Exception {
        // in place of the URL given, since Spring joins a setting given twice with a comma
        String[] arguments = Stream.concat(settings.stream().filter(setting -> !setting.startsWith(
                        "--" + DatabaseSettings.URL + "=")),
                Stream.of("--" + DatabaseSettings.URL + "=" + database.urlOfExisting())).toArray(String[]::new);
        return new SpringApplicationBuilder(ExportApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(ProcessApplications.packs(PolicyLibrary.load(Optional.empty(), ProcessApplications.HOLIDAYS)))
                .run(arguments);
    }
}
