package com.slacredits.jobs.cli;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.jobs.monthend.ExportJobConfiguration;
import com.slacredits.jobs.monthend.MonthEndJobConfiguration;
import com.slacredits.jobs.monthend.publish.MonthEndSummary;
import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.readers.InputFileException;
import com.slacredits.readers.policy.InvalidPackException;
import com.slacredits.readers.policy.PolicyLibrary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export --run=N --output=DIR}: writes a finished run's outputs again, from the database, into
 * a new folder: the CSVs, the statements and the summary, as the run wrote them. For the ERP import
 * of a month whose folder was lost, or a statement a customer asks for again.
 *
 * <p>The export job takes the run's own parameters from the job repository; it reads nothing of the
 * run's input folder, which is usually purged by then. An embedded database is opened only if it
 * exists, so that a wrong path is not created empty.
 */
public final class ExportCommand {

    public static final String USAGE = "Usage: java -jar jobs/target/sla-credits.jar export --run=N --output=DIR "
            + "[--policies=DIR] [--spring.datasource.url=jdbc:mysql://...]";

    private final PrintStream out;
    private final PrintStream err;

    public ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public ExitCode run(String... args) {
        CommandLine line;
        long runId;
        Path output;
        try {
            line = CommandLine.parse(List.of(args).subList(Math.min(1, args.length), args.length),
                    Set.of("--run", "--output", "--policies"), Set.of());
            String run = line.required("--run");
            if (!run.matches("[0-9]{1,18}") || Long.parseLong(run) == 0) {
                throw new UsageException("--run is a run's number, like 3, not '" + run + "'.");
            }
            runId = Long.parseLong(run);
            output = Path.of(line.required("--output")).toAbsolutePath().normalize();
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
        if (occupied(output)) {
            return usage("The output folder " + output + " is not empty: an export never overwrites files.");
        }
        Optional<Path> policies = line.value("--policies").map(dir -> Path.of(dir).toAbsolutePath().normalize());
        PolicyCatalog catalog;
        try {
            catalog = PolicyLibrary.load(policies, ProcessApplications.HOLIDAYS);
        } catch (InvalidPackException | InputFileException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        DatabaseSettings database = line.database();
        try (ConfigurableApplicationContext context = start(line.settings(), database, catalog)) {
            JobRepository jobs = context.getBean(JobRepository.class);
            JobInstance instance = jobs.getJobInstance(runId);
            JobExecution last = instance == null || !instance.getJobName().equals(MonthEndJobConfiguration.JOB_NAME)
                    ? null : jobs.getLastJobExecution(instance);
            if (last == null) {
                return usage("There is no run " + runId + " in " + database.maskedUrl() + ".");
            }
            // an abandoned run is exported as far as it got: what it posted must still reach the ERP
            if (last.getStatus() != BatchStatus.COMPLETED && last.getStatus() != BatchStatus.STOPPED
                    && last.getStatus() != BatchStatus.ABANDONED) {
                err.println("Run " + runId + " is unfinished (" + last.getStatus() + "): resume it with its own "
                        + "month-end command first; it writes every file again.");
                return ExitCode.USAGE;
            }
            Files.createDirectories(output);
            JobExecution execution = context.getBean(JobOperator.class).start(
                    context.getBean(ExportJobConfiguration.JOB_NAME + "Job", Job.class),
                    RunParameters.of(last).exportTo(output, Instant.now()));
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                String summary = execution.getExecutionContext().getString(MonthEndSummary.LINES, "");
                if (!summary.isEmpty()) {
                    out.println(summary);
                }
                out.println("Run " + runId + " exported to " + output);
                return ExitCode.COMPLETED;
            }
            err.println("The export failed: " + execution.getAllFailureExceptions().stream().findFirst()
                    .map(FailureCauses::rootMessage).orElse(execution.getStatus().name())
                    + ". Give a new --output and run it again.");
            return ExitCode.FAILED;
        } catch (Exception e) {
            MonthEndLauncher.FAILURES.error("the export failed", e);
            err.println(DatabaseTrouble.atStart(e, database).orElseGet(() -> "The export failed: "
                    + database.maskedIn(FailureCauses.rootMessage(e))));
            return ExitCode.FAILED;
        }
    }

    private static ConfigurableApplicationContext start(List<String> settings, DatabaseSettings database,
            PolicyCatalog policies) {
        // in place of the URL given, since Spring joins a setting given twice with a comma
        String[] arguments = Stream.concat(settings.stream().filter(setting -> !setting.startsWith(
                        "--" + DatabaseSettings.URL + "=")),
                Stream.of("--" + DatabaseSettings.URL + "=" + database.urlOfExisting())).toArray(String[]::new);
        return new SpringApplicationBuilder(ExportApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(ProcessApplications.packs(policies))
                .run(arguments);
    }

    private static boolean occupied(Path output) {
        try {
            return Files.exists(output) && (!Files.isDirectory(output) || MonthEndLauncher.holdsFiles(output));
        } catch (IOException unreadable) {
            return true;
        }
    }

    private ExitCode usage(String sentence) {
        err.println(sentence);
        err.println(USAGE);
        return ExitCode.USAGE;
    }
}
