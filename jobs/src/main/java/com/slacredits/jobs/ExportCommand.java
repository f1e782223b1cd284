package com.slacredits.jobs;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.readers.InputFileException;
import com.slacredits.readers.policy.InvalidPackException;
import com.slacredits.readers.policy.PolicyLibrary;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export --run=N --output=DIR}: writes a finished run's outputs again, from the database, into
 * a new folder: the CSVs, the statements and the summary, as the run wrote them. For the ERP import
 * of a month whose folder was lost, or a statement a customer asks for again.
 *
 * <p>The run's own parameters (as-of, input, dry run) come from the job repository, read over plain
 * JDBC before Spring starts, because the job's beans are built for them.
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
        long runId = 0;
        Path output = null;
        Optional<Path> policies = Optional.empty();
        List<String> spring = new java.util.ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--run=") && arg.substring(6).matches("[0-9]{1,18}")) {
                runId = Long.parseLong(arg.substring(6));
            } else if (arg.startsWith("--output=") && arg.length() > 9) {
                output = Path.of(arg.substring(9)).toAbsolutePath().normalize();
            } else if (arg.startsWith("--policies=") && arg.length() > 11) {
                policies = Optional.of(Path.of(arg.substring(11)).toAbsolutePath().normalize());
            } else if (MonthEndArguments.isSetting(arg)) {
                spring.add(arg);
            } else {
                return usage("Unknown argument '" + arg + "'.");
            }
        }
        if (runId <= 0 || output == null) {
            return usage("--run=N and --output=DIR are required.");
        }
        boolean occupied;
        try {
            occupied = Files.exists(output) && (!Files.isDirectory(output) || MonthEndLauncher.holdsFiles(output));
        } catch (IOException unreadable) {
            occupied = true;
        }
        if (occupied) {
            return usage("The output folder " + output + " is not empty: an export never overwrites files.");
        }
        // the database settings, read as the month-end command reads them
        MonthEndArguments settings = new MonthEndArguments(LocalDate.EPOCH, output, output, false, policies,
                List.copyOf(spring));
        String url = MonthEndCommand.databaseUrl(settings);
        Map<String, String> parameters;
        try {
            parameters = runParameters(url, MonthEndCommand.databaseUser(settings),
                    MonthEndCommand.databasePassword(settings), runId);
        } catch (SQLException e) {
            MonthEndLauncher.FAILURES.error("the export could not read the job repository", e);
            err.println(DatabaseTrouble.atStart(e, url).orElse("The export could not read run " + runId + " from "
                    + DatabaseTrouble.safeUrl(url) + "."));
            return ExitCode.FAILED;
        }
        if (parameters.isEmpty()) {
            return usage("There is no run " + runId + " in " + DatabaseTrouble.safeUrl(url) + ".");
        }
        String status = parameters.get("status");
        if (!status.equals(BatchStatus.COMPLETED.name()) && !status.equals(BatchStatus.STOPPED.name())) {
            err.println("Run " + runId + " is unfinished (" + status + "): resume it with its own month-end command "
                    + "first; it writes every file again.");
            return ExitCode.USAGE;
        }
        PolicyCatalog catalog;
        try {
            catalog = PolicyLibrary.load(policies);
        } catch (InvalidPackException | InputFileException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        MonthEndArguments arguments = new MonthEndArguments(LocalDate.parse(parameters.get(MonthEndJobParameters.AS_OF)),
                Path.of(parameters.get(MonthEndJobParameters.INPUT)), output,
                Boolean.parseBoolean(parameters.get(MonthEndJobParameters.DRY_RUN)), policies, List.copyOf(spring));
        try (ConfigurableApplicationContext context = MonthEndCommand.start(arguments, catalog)) {
            Files.createDirectories(output);
            JobExecution execution = context.getBean(JobOperator.class).start(
                    context.getBean(MonthEndJobConfiguration.EXPORT_JOB_NAME + "Job", Job.class),
                    new JobParametersBuilder()
                            .addLong(CurrentRun.RUN, runId)
                            .addString(MonthEndJobParameters.OUTPUT, output.toString())
                            // the run's date and kind: the statements step reads them from the job
                            .addString(MonthEndJobParameters.AS_OF, arguments.asOf().toString())
                            .addString(MonthEndJobParameters.DRY_RUN, Boolean.toString(arguments.dryRun()))
                            .addString("requestedAt", Instant.now().toString())
                            .toJobParameters());
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                out.println("Run " + runId + " exported to " + output);
                return ExitCode.COMPLETED;
            }
            err.println("The export failed: " + execution.getAllFailureExceptions().stream().findFirst()
                    .map(MonthEndCommand::rootMessage).orElse(execution.getStatus().name())
                    + ". Give a new --output and run it again.");
            return ExitCode.FAILED;
        } catch (Exception e) {
            MonthEndLauncher.FAILURES.error("the export failed", e);
            err.println(DatabaseTrouble.atStart(e, url).orElseGet(() -> "The export failed: "
                    + DatabaseTrouble.masked(MonthEndCommand.rootMessage(e), MonthEndCommand.databasePassword(settings))));
            return ExitCode.FAILED;
        }
    }

    /** The identifying parameters and the status of the run's last execution; empty when there is no such run. */
    private static Map<String, String> runParameters(String url, String user, String password, long runId)
            throws SQLException {
        Map<String, String> parameters = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url.startsWith("jdbc:h2:file:")
                && !url.contains("IFEXISTS") ? url + ";IFEXISTS=TRUE" : url, user, password);
                PreparedStatement last = connection.prepareStatement("SELECT e.JOB_EXECUTION_ID, e.STATUS "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "WHERE e.JOB_INSTANCE_ID = ? AND i.JOB_NAME = ? ORDER BY e.JOB_EXECUTION_ID DESC")) {
            last.setLong(1, runId);
            last.setString(2, MonthEndJobConfiguration.JOB_NAME);
            long execution;
            try (ResultSet rs = last.executeQuery()) {
                if (!rs.next()) {
                    return parameters;
                }
                execution = rs.getLong(1);
                parameters.put("status", rs.getString(2));
            }
            try (PreparedStatement params = connection.prepareStatement("SELECT PARAMETER_NAME, PARAMETER_VALUE "
                    + "FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?")) {
                params.setLong(1, execution);
                try (ResultSet rs = params.executeQuery()) {
                    while (rs.next()) {
                        parameters.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        }
        return parameters;
    }

    private ExitCode usage(String sentence) {
        err.println(sentence);
        err.println(USAGE);
        return ExitCode.USAGE;
    }

}
