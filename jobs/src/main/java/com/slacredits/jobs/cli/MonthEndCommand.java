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
import io.micrometer.observation.ObservationRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The setting for production hosts: {@code refuse} stops a run that would fall back to the built-in
     * embedded database because no {@code spring.datasource.url} is set.
     */
    static final String EMBEDDED = "sla-credits.database.embedded";
    static final String EMBEDDED_REFUSED = "refuse";

    /** The setting that puts a dry run's scratch database somewhere other than in memory: an H2 URL. */
    public static final String SCRATCH_URL = "sla-credits.dry-run.scratch-url";

    /** The flag that posts what the credit brake held: the console's release adds it to the held run's command. */
    public static final String RELEASE_HELD = "--release-held";

    private final PrintStream out;
    private final PrintStream err;

    private final boolean embedded;
    private final SignOffSettings signOff;
    private final Optional<ObservationRegistry> observations;

    /** The command an operator types: the run is prepared by the operating system's user who typed it. */
    public MonthEndCommand(PrintStream out, PrintStream err) {
        this(out, err, false, SignOffSettings.preparedBy(System.getProperty("user.name", "unknown")), Optional.empty());
    }

    private MonthEndCommand(PrintStream out, PrintStream err, boolean embedded, SignOffSettings signOff,
            Optional<ObservationRegistry> observations) {
        this.out = out;
        this.err = err;
        this.embedded = embedded;
        this.signOff = signOff;
        this.observations = observations;
    }

    /**
     * The command inside an application that has set up its own logging, the finance console: the
     * run's Spring Boot then leaves logging alone, where it would otherwise configure it afresh for
     * the whole process, and reset it when the run closes. The console says who the run is for: the
     * process's operating system user is the console's own, nobody who signs.
     */
    public static MonthEndCommand embedded(PrintStream out, PrintStream err, SignOffSettings signOff) {
        return new MonthEndCommand(out, err, true, signOff, Optional.empty());
    }

    /**
     * The same, with the application's observations: the metrics Spring Batch records for the run's job
     * and steps go to the application's registry, where its Prometheus endpoint shows them.
     */
    public static MonthEndCommand embedded(PrintStream out, PrintStream err, SignOffSettings signOff,
            ObservationRegistry observations) {
        return new MonthEndCommand(out, err, true, signOff, Optional.of(observations));
    }

    /**
     * Runs the command, and gives its account where an operator looks afterwards (RunAccount): the
     * log file's start and end lines and the metrics file, whatever the exit status.
     */
    public ExitCode run(String... args) {
        ConfigurableEnvironment environment;
        String settingsRefused = null;
        List<String> settings = Arrays.stream(args).filter(CommandLine::isSetting).toList();
        try {
            environment = CommandEnvironment.of(settings);
        } catch (RuntimeException e) {
            // a configuration file that cannot be read: the log file is then the built-in one
            environment = CommandEnvironment.of(List.of());
            settingsRefused = "The settings cannot be read: " + FailureCauses.rootMessage(e);
        }
        if (!embedded) {
            CommandEnvironment.startLogging(environment);
        }
        DatabaseSettings database = DatabaseSettings.of(environment);
        Optional<String> textfile = Optional.ofNullable(environment.getProperty(MetricsTextfile.SETTING))
                .filter(setting -> !setting.isBlank());
        if (settingsRefused == null) {
            settingsRefused = textfile.map(MetricsTextfile::refusalOf).orElse(null);
        }
        RunAccount account = new RunAccount(Clock.systemUTC(), args, Arrays.stream(args)
                .filter(arg -> arg.startsWith("--as-of=")).findFirst().map(arg -> arg.substring("--as-of=".length()))
                .orElse("none given"), database, settingsRefused == null
                        ? textfile.map(file -> new MetricsTextfile(Path.of(file))) : Optional.empty());
        SaidToOperator said = new SaidToOperator(err);
        ExitCode code;
        if (settingsRefused != null) {
            said.stream().println(settingsRefused);
            code = ExitCode.USAGE;
        } else {
            code = run(args, environment, database, account, said.stream());
        }
        account.ended(code, said.sentence(MonthEndArguments.USAGE), err);
        return code;
    }

    private ExitCode run(String[] args, ConfigurableEnvironment environment, DatabaseSettings database,
            RunAccount account, PrintStream err) {
        MonthEndArguments arguments;
        try {
            arguments = MonthEndArguments.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(MonthEndArguments.USAGE);
            return ExitCode.USAGE;
        }
        // The first line of every run: which database it works on, so that a host without its
        // settings is seen at once, not from a plausible adjustments.csv.
        // the built-in URL in whichever folder sla-credits.database.embedded-folder names: still no database set
        boolean builtIn = database.url().equals(environment.resolvePlaceholders(
                DatabaseSettings.builtIn(DatabaseSettings.URL)));
        out.println("Database: " + database.maskedUrl() + (builtIn ? " (the built-in embedded database)" : "")
                + (arguments.dryRun() ? ", only read: a dry run works on a scratch copy" : ""));
        if (builtIn && EMBEDDED_REFUSED.equalsIgnoreCase(environment.getProperty(EMBEDDED, ""))) {
            err.println("No database is set, and " + EMBEDDED + "=" + EMBEDDED_REFUSED + " refuses the built-in "
                    + "embedded one: give spring.datasource.url (SPRING_DATASOURCE_URL) for this host's database.");
            return ExitCode.USAGE;
        }
        if (arguments.remoteWorkers()) {
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
                    DatabaseSettings.of(context.getEnvironment()), account);
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
        // Spring Boot's own registry backs off for this one (ConditionalOnMissingBean)
        observations.ifPresent(registry -> builder.initializers(context -> context.getBeanFactory()
                .registerSingleton("observationRegistry", registry)));
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
