package com.slacredits.jobs.cli;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.jobs.monthend.MonthEndJobConfiguration;
import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.run.SignOffSettings;
import com.slacredits.jobs.store.CommittedDatabase;
import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.readers.InputFileException;
import com.slacredits.readers.InputFolder;
import com.slacredits.readers.policy.InvalidPackException;
import com.slacredits.readers.policy.PolicyLibrary;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The command line, end to end: arguments, input files, database, job, exit status.
 *
 * <p>Everything that can be checked without a database is checked before Spring starts, so that a
 * wrong argument, an invalid policy pack or a bad input file stops the run before it writes
 * anything, with one sentence.
 */
public final class MonthEndCommand {

    /** The setting that puts a dry run's scratch database somewhere other than in memory: an H2 URL. */
    public static final String SCRATCH_URL = "sla-credits.dry-run.scratch-url";

    /** The flag that posts what the credit brake held: the console's release adds it to the held run's command. */
    public static final String RELEASE_HELD = "--release-held";

    private final PrintStream out;
    private final PrintStream err;

    private final boolean embedded;
    private final SignOffSettings signOff;

    /** The command an operator types: the run is prepared by the operating system's user who typed it. */
    public MonthEndCommand(PrintStream out, PrintStream err) {
        this(out, err, false, SignOffSettings.preparedBy(System.getProperty("user.name", "unknown")));
    }

    private MonthEndCommand(PrintStream out, PrintStream err, boolean embedded, SignOffSettings signOff) {
        this.out = out;
        this.err = err;
        this.embedded = embedded;
        this.signOff = signOff;
    }

    /**
     * The command inside an application that has set up its own logging, the finance console: the
     * run's Spring Boot then leaves logging alone, where it would otherwise configure it afresh for
     * the whole process, and reset it when the run closes. The console says who the run is for: the
     * process's operating system user is the console's own, nobody who signs.
     */
    public static MonthEndCommand embedded(PrintStream out, PrintStream err, SignOffSettings signOff) {
        return new MonthEndCommand(out, err, true, signOff);
    }

    public ExitCode run(String... args) {
        MonthEndArguments arguments;
        try {
            arguments = MonthEndArguments.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(MonthEndArguments.USAGE);
            return ExitCode.USAGE;
        }
        if (arguments.remoteWorkers()) {
            DatabaseSettings database = CommandLine.database(arguments.springArguments());
            String refused = arguments.dryRun()
                    ? "--workers=remote does not go with --dry-run: a dry run decides in a scratch database of its "
                            + "own, which no worker can see."
                    : database.isEmbedded()
                            ? "--workers=remote needs the database the workers share: give --spring.datasource.url="
                                    + "jdbc:mysql://…, since no worker can see the embedded database "
                                    + database.maskedUrl() + "."
                            : null;
            if (refused != null) {
                err.println(refused);
                return ExitCode.USAGE;
            }
        }
        PolicyCatalog policies;
        try {
            policies = PolicyLibrary.load(arguments.policies(), ProcessApplications.HOLIDAYS);
        } catch (InvalidPackException | InputFileException e) {
            // A pack that cannot be read is as wrong as one that breaks a rule: files.md, exit 2.
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            InputFolder input = new InputFolder(arguments.input());
            input.checkHeaders();
            input.checkSamples(policies, ProcessApplications.HOLIDAYS);
        } catch (InputFileException e) {
            err.println(e.getMessage());
            return ExitCode.FAILED;
        }
        try (ConfigurableApplicationContext context = start(arguments, policies, embedded)) {
            if (arguments.remoteWorkers()) {
                ConnectionFactory broker = context.getBean(ConnectionFactory.class);
                try {
                    BrokerTrouble.check(broker);
                } catch (RuntimeException e) {
                    MonthEndLauncher.FAILURES.error("the run cannot reach the broker", e);
                    err.println(BrokerTrouble.atStart(e, broker).orElseGet(() -> "The run failed before it started: "
                            + FailureCauses.rootMessage(e)));
                    return ExitCode.FAILED;
                }
            }
            MonthEndLauncher launcher = new MonthEndLauncher(context.getBean(JobOperator.class),
                    context.getBean(JobRepository.class), context.getBean(MonthEndJobConfiguration.JOB_NAME + "Job",
                            Job.class), lockDataSource(context), out, err,
                    DatabaseSettings.of(context.getEnvironment()));
            return launcher.launch(arguments);
        } catch (Exception e) {
            Optional<FinanceControls.ControlRefusal> refused = FailureCauses.find(e, FinanceControls.ControlRefusal.class);
            if (refused.isPresent()) {
                err.println(refused.get().getMessage());
                return ExitCode.USAGE;
            }
            if (EmbeddedDatabaseInUse.isCause(e)) {
                err.println("Another month-end run is in progress on the same database.");
                return ExitCode.LOCKED;
            }
            // The stack trace is in the log file (logback-spring.xml); the console gets one sentence.
            MonthEndLauncher.FAILURES.error("the run failed before it started", e);
            DatabaseSettings database = CommandLine.database(arguments.springArguments());
            err.println(DatabaseTrouble.atStart(e, database).orElseGet(() -> "The run failed before it started: "
                    + database.maskedIn(FailureCauses.rootMessage(e))));
            return ExitCode.FAILED;
        }
    }

    private static DataSource lockDataSource(ConfigurableApplicationContext context) {
        // A dry run locks the real database against a concurrent real run; a real database that
        // was never set up has nothing to protect.
        return context.getBeanProvider(CommittedDatabase.class).stream().findFirst()
                .filter(CommittedDatabase::hasSchema)
                .map(CommittedDatabase::dataSource)
                .orElseGet(() -> context.getBean(DataSource.class));
    }

    private ConfigurableApplicationContext start(MonthEndArguments arguments, PolicyCatalog policies,
            boolean embedded) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(arguments.remoteWorkers()
                        ? RemoteMonthEndApplication.class : MonthEndApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(ProcessApplications.packs(policies))
                // first, so that no argument of the same name can name another preparer or an approver
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("sign-off", signOff.properties())));
        if (embedded) {
            SpringApplication application = builder.application();
            application.setListeners(application.getListeners().stream()
                    .filter(listener -> !(listener instanceof LoggingApplicationListener))
                    .toList());
            builder.registerShutdownHook(false);
        }
        if (arguments.dryRun()) {
            builder.initializers(context -> dryRunDatabase(context.getEnvironment()));
        } else if (!embedded) {
            // the console enforces four eyes itself: its real runs are approvals and releases
            builder.initializers(FinanceControls.refusingLoneRealRuns());
        }
        return builder.run(arguments.springArguments().toArray(String[]::new));
    }

    /**
     * A dry run writes to a scratch database in memory and only reads the real one, which becomes
     * the "committed" database. The real database's settings move aside for that.
     */
    private static void dryRunDatabase(ConfigurableEnvironment env) {
        Map<String, Object> dryRun = new HashMap<>();
        DatabaseSettings real = DatabaseSettings.of(env);
        dryRun.put(CommittedDatabase.URL, real.urlOfExisting());
        dryRun.put(CommittedDatabase.USERNAME, real.username());
        dryRun.put(CommittedDatabase.PASSWORD, real.password());
        // The finance console keeps a dry run's scratch database in a file, to review and approve it
        // after the run; the command line has no use for it once the run has printed its results.
        dryRun.put(DatabaseSettings.URL, env.getProperty(SCRATCH_URL, "jdbc:h2:mem:dry-run-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        dryRun.put(DatabaseSettings.USERNAME, "sa");
        dryRun.put(DatabaseSettings.PASSWORD, "");
        dryRun.put("spring.datasource.driver-class-name", "org.h2.Driver");
        env.getPropertySources().addFirst(new MapPropertySource("dry-run", dryRun));
    }
}
