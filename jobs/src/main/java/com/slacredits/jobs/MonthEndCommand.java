package com.slacredits.jobs;

import com.slacredits.readers.InputFileException;
import com.slacredits.readers.InputFolder;
import com.slacredits.readers.policy.InvalidPackException;
import com.slacredits.readers.policy.PolicyLibrary;
import com.slacredits.domain.PolicyCatalog;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The command line, end to end: arguments, input files, database, job, exit status.
 *
 * <p>Everything that can be checked without a database is checked before Spring starts, so that a
 * wrong argument, an invalid policy pack or a bad input file stops the run before it writes
 * anything, with one sentence.
 */
public final class MonthEndCommand {

    /** Spring Boot's set-up of RabbitMQ and Spring Integration, which only --workers=remote uses. */
    /**
     * Spring Boot's set-up of the finance console's templates and sign-in, which a month-end never
     * uses: left out, its start-up builds none of it, and Security makes no default user.
     */
    static final String CONSOLE_EXCLUDES = String.join(",",
            "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration");

    static final String LOCAL_EXCLUDES = String.join(",",
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.boot.integration.autoconfigure.IntegrationAutoConfiguration");

    /** The setting that puts a dry run's scratch database somewhere other than in memory: an H2 URL. */
    public static final String SCRATCH_URL = "sla-credits.dry-run.scratch-url";

    private final PrintStream out;
    private final PrintStream err;

    private final boolean embedded;

    public MonthEndCommand(PrintStream out, PrintStream err) {
        this(out, err, false);
    }

    private MonthEndCommand(PrintStream out, PrintStream err, boolean embedded) {
        this.out = out;
        this.err = err;
        this.embedded = embedded;
    }

    /**
     * The command inside an application that has set up its own logging, the finance console: the
     * run's Spring Boot then leaves logging alone, where it would otherwise configure it afresh for
     * the whole process, and reset it when the run closes.
     */
    public static MonthEndCommand embedded(PrintStream out, PrintStream err) {
        return new MonthEndCommand(out, err, true);
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
            String refused = arguments.dryRun()
                    ? "--workers=remote does not go with --dry-run: a dry run decides in a scratch database of its "
                            + "own, which no worker can see."
                    : databaseUrl(arguments).startsWith("jdbc:h2:")
                            ? "--workers=remote needs the database the workers share: give --spring.datasource.url="
                                    + "jdbc:mysql://…, since no worker can see the embedded database "
                                    + DatabaseTrouble.safeUrl(databaseUrl(arguments)) + "."
                            : null;
            if (refused != null) {
                err.println(refused);
                return ExitCode.USAGE;
            }
        }
        PolicyCatalog policies;
        try {
            policies = PolicyLibrary.load(arguments.policies());
        } catch (InvalidPackException | InputFileException e) {
            // A pack that cannot be read is as wrong as one that breaks a rule: files.md, exit 2.
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            InputFolder input = new InputFolder(arguments.input());
            input.checkHeaders();
            input.checkProbeSamples();
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
                            + rootMessage(e)));
                    return ExitCode.FAILED;
                }
            }
            MonthEndLauncher launcher = new MonthEndLauncher(context.getBean(JobOperator.class),
                    context.getBean(JobRepository.class), context.getBean(MonthEndJobConfiguration.JOB_NAME + "Job",
                            Job.class), lockDataSource(context), err,
                    context.getEnvironment().getProperty("spring.datasource.url", ""));
            return launcher.launch(arguments);
        } catch (Exception e) {
            if (EmbeddedDatabaseInUse.isCause(e)) {
                err.println("Another month-end run is in progress on the same database.");
                return ExitCode.LOCKED;
            }
            // The stack trace is in the log file (logback-spring.xml); the console gets one sentence.
            MonthEndLauncher.FAILURES.error("the run failed before it started", e);
            String url = databaseUrl(arguments);
            err.println(DatabaseTrouble.atStart(e, url).orElseGet(() -> "The run failed before it started: "
                    + DatabaseTrouble.masked(rootMessage(e), databasePassword(arguments))));
            return ExitCode.FAILED;
        }
    }

    /**
     * The database the run uses, as Spring will resolve it, for a sentence when Spring could not
     * start: the command line, then the environment, then the built-in default.
     */
    static String databaseUrl(MonthEndArguments arguments) {
        return setting(arguments, "spring.datasource.url", "SPRING_DATASOURCE_URL")
                .orElseGet(() -> BUILT_IN.getProperty("spring.datasource.url"));
    }

    static String databaseUser(MonthEndArguments arguments) {
        return setting(arguments, "spring.datasource.username", "SPRING_DATASOURCE_USERNAME")
                .orElseGet(() -> BUILT_IN.getProperty("spring.datasource.username"));
    }

    /**
     * The built-in defaults, read from the application.properties Spring reads, so that a command
     * opening the database before Spring starts opens it with the same settings: an embedded H2
     * opened without {@code DATABASE_TO_LOWER} does not find its own schema.
     */
    private static final Properties BUILT_IN = builtIn();

    private static Properties builtIn() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("the jar's application.properties cannot be read", e);
        }
    }

    static String databasePassword(MonthEndArguments arguments) {
        return setting(arguments, "spring.datasource.password", "SPRING_DATASOURCE_PASSWORD").orElse("");
    }

    private static java.util.Optional<String> setting(MonthEndArguments arguments, String property, String variable) {
        String prefix = "--" + property + "=";
        for (String argument : arguments.springArguments()) {
            if (argument.startsWith(prefix)) {
                return java.util.Optional.of(argument.substring(prefix.length()));
            }
        }
        return java.util.Optional.ofNullable(System.getProperty(property)).or(() -> java.util.Optional.ofNullable(
                System.getenv(variable)));
    }

    private static DataSource lockDataSource(ConfigurableApplicationContext context) {
        // A dry run locks the real database against a concurrent real run; a real database that
        // was never set up has nothing to protect.
        return context.getBeanProvider(CommittedDatabase.class).stream().findFirst()
                .filter(CommittedDatabase::hasSchema)
                .map(CommittedDatabase::dataSource)
                .orElseGet(() -> context.getBean(DataSource.class));
    }

    static ConfigurableApplicationContext start(MonthEndArguments arguments, PolicyCatalog policies) {
        return new MonthEndCommand(System.out, System.err).start(arguments, policies, false);
    }

    private ConfigurableApplicationContext start(MonthEndArguments arguments, PolicyCatalog policies,
            boolean embedded) {
        List<String> springArguments = new ArrayList<>(arguments.springArguments());
        SpringApplicationBuilder builder = new SpringApplicationBuilder(SlaCreditsApplication.class)
                .initializers(context -> {
                    context.getBeanFactory().registerSingleton("monthEndArguments", arguments);
                    context.getBeanFactory().registerSingleton("policyCatalog", policies);
                    context.getBeanFactory().registerSingleton("runOutput", new RunOutput(out));
                });
        if (embedded) {
            SpringApplication application = builder.application();
            application.setListeners(application.getListeners().stream()
                    .filter(listener -> !(listener instanceof LoggingApplicationListener))
                    .toList());
            builder.registerShutdownHook(false);
        }
        if (arguments.dryRun()) {
            builder.initializers(context -> dryRunDatabase(context.getEnvironment()));
        }
        if (arguments.remoteWorkers()) {
            builder.initializers(context -> context.getEnvironment().getPropertySources().addFirst(
                    new MapPropertySource("workers", Map.of(RemoteManagerConfiguration.WORKERS, "remote"))));
            builder.initializers(context -> context.getEnvironment().getPropertySources().addLast(
                    new MapPropertySource("local", Map.of("spring.autoconfigure.exclude", CONSOLE_EXCLUDES))));
        } else {
            // A run on its own threads needs no broker and no messaging: leaving their set-up out keeps
            // its start-up what it was before --workers existed.
            builder.initializers(context -> context.getEnvironment().getPropertySources().addLast(
                    new MapPropertySource("local", Map.of("spring.autoconfigure.exclude",
                            LOCAL_EXCLUDES + "," + CONSOLE_EXCLUDES))));
        }
        return builder.run(springArguments.toArray(String[]::new));
    }

    /**
     * A dry run writes to a scratch database in memory and only reads the real one, which becomes
     * the "committed" database. The real database's settings move aside for that.
     */
    private static void dryRunDatabase(ConfigurableEnvironment env) {
        Map<String, Object> dryRun = new HashMap<>();
        String url = env.getRequiredProperty("spring.datasource.url");
        if (url.startsWith("jdbc:h2:file:") && !url.contains("IFEXISTS")) {
            url = url + ";IFEXISTS=TRUE";
        }
        dryRun.put("sla-credits.committed.url", url);
        dryRun.put("sla-credits.committed.username", env.getProperty("spring.datasource.username", ""));
        dryRun.put("sla-credits.committed.password", env.getProperty("spring.datasource.password", ""));
        // The finance console keeps a dry run's scratch database in a file, to review and approve it
        // after the run; the command line has no use for it once the run has printed its results.
        dryRun.put("spring.datasource.url", env.getProperty(SCRATCH_URL, "jdbc:h2:mem:dry-run-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        dryRun.put("spring.datasource.username", "sa");
        dryRun.put("spring.datasource.password", "");
        dryRun.put("spring.datasource.driver-class-name", "org.h2.Driver");
        env.getPropertySources().addFirst(new MapPropertySource("dry-run", dryRun));
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
