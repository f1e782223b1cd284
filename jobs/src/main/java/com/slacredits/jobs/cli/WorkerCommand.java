package com.slacredits.jobs.cli;

import com.slacredits.jobs.partition.WorkerConfiguration;
import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.store.DatabaseSettings;
import org.springframework.boot.WebApplicationType;

import com.slacredits.jobs.partition.PartitionRequests;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.readers.InputFileException;
import com.slacredits.readers.policy.InvalidPackException;
import com.slacredits.readers.policy.PolicyLibrary;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Duration;
import org.springframework.amqp.rabbit.listener.ListenerContainerConsumerFailedEvent;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code java -jar sla-credits.jar worker [--policies=DIR] [--spring.*=…]}: a long-lived process that
 * runs the partitions month-end runs with --workers=remote send to the broker, until SIGTERM, on which
 * it finishes the partition it runs and stops.
 *
 * <p>Its database is the runs' own, shared: the embedded one is refused, since no other process can
 * see it. Its policy packs must be the runs' (the same --policies folder), since it decides claims.
 */
public final class WorkerCommand {

    public static final String USAGE = "Usage: java -jar sla-credits.jar worker [--policies=DIR] "
            + "--spring.datasource.url=jdbc:mysql://... [--spring.rabbitmq.host=HOST]";

    /** The management port's settings, Spring Boot's own; the worker serves nothing else. */
    static final String MANAGEMENT_PORT = "management.server.port";
    static final String MANAGEMENT_ADDRESS = "management.server.address";
    /**
     * How long a worker whose consumer failed may take to close before it is ended regardless: the
     * failure may be the JVM's own (out of memory), and nothing it runs is waited for.
     */
    static final Duration CONSUMER_FAILED_STOP = Duration.ofSeconds(30);
    /** What SIGTERM may take beyond the shutdown phase's timeout before the process is ended regardless. */
    static final Duration STOP_MARGIN = Duration.ofSeconds(30);

    private final PrintStream out;
    private final PrintStream err;

    public WorkerCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public ExitCode run(String... args) {
        CommandLine line;
        try {
            line = CommandLine.parse(List.of(args).subList(Math.min(1, args.length), args.length),
                    Set.of("--policies"), Set.of());
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return ExitCode.USAGE;
        }
        Optional<Path> policiesDir = line.value("--policies").map(dir -> Path.of(dir).toAbsolutePath().normalize());
        if (policiesDir.isPresent() && !Files.isDirectory(policiesDir.get())) {
            err.println("The policies folder " + policiesDir.get() + " does not exist.");
            return ExitCode.USAGE;
        }
        List<String> spring = line.settings();
        DatabaseSettings database = line.database();
        if (database.isEmbedded()) {
            err.println("A worker needs the database the month-end runs share: give --spring.datasource.url="
                    + "jdbc:mysql://…, since no other process can see the embedded database " + database.maskedUrl()
                    + ".");
            return ExitCode.USAGE;
        }
        PolicyCatalog policies;
        try {
            policies = PolicyLibrary.load(policiesDir, ProcessApplications.HOLIDAYS);
        } catch (InvalidPackException | InputFileException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Optional<Map<String, Object>> management = managementServer(CommandEnvironment.of(spring));
        AtomicReference<String> consumerFailure = new AtomicReference<>();
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(WorkerApplication.class)
                    .web(management.isPresent() ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                    .initializers(initialized -> {
                        ProcessApplications.packs(policies).initialize(initialized);
                        // SIGTERM closes the context: its phases wait for the partition running
                        initialized.getEnvironment().getPropertySources().addLast(new MapPropertySource("worker",
                                Map.of("spring.lifecycle.timeout-per-shutdown-phase", WorkerConfiguration.STOP_WITHIN.toString())));
                        management.ifPresent(server -> initialized.getEnvironment().getPropertySources()
                                .addFirst(new MapPropertySource("worker-management", server)));
                    })
                    .listeners(event -> {
                        if (event instanceof ContextClosedEvent) {
                            stopped.countDown();
                        } else if (event instanceof ListenerContainerConsumerFailedEvent failed && failed.isFatal()) {
                            consumerFailure.compareAndSet(null, failed.getReason() + (failed.getThrowable() == null
                                    ? "" : ": " + FailureCauses.rootMessage(failed.getThrowable())));
                            stopped.countDown();
                        }
                    })
                    .run(spring.toArray(String[]::new));
        } catch (Exception e) {
            MonthEndLauncher.FAILURES.error("the worker failed to start", e);
            err.println(DatabaseTrouble.atStart(e, database).orElseGet(() -> "The worker failed to start: "
                    + database.maskedIn(FailureCauses.rootMessage(e))));
            return ExitCode.FAILED;
        }
        // SIGTERM: a bound on the whole stop, whatever a shutdown phase or a bean does past its own. The
        // hook only starts the clock (a daemon thread), so a stop within the bound is not delayed.
        Duration stopBound = context.getEnvironment().getProperty("spring.lifecycle.timeout-per-shutdown-phase",
                Duration.class, WorkerConfiguration.STOP_WITHIN).plus(STOP_MARGIN);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> haltAfter(stopBound, 143), "worker-stop-clock"));
        ConnectionFactory broker = context.getBean(ConnectionFactory.class);
        try {
            BrokerTrouble.check(broker);
        } catch (RuntimeException e) {
            MonthEndLauncher.FAILURES.error("the worker cannot reach the broker", e);
            err.println(BrokerTrouble.atStart(e, broker).orElseGet(() -> "The worker failed to start: "
                    + FailureCauses.rootMessage(e)));
            context.close();
            return ExitCode.FAILED;
        }
        String queue = PartitionRequests.queueName(context.getEnvironment());
        try {
            PartitionRequests.declare(broker, queue);
        } catch (RuntimeException e) {
            MonthEndLauncher.FAILURES.error("the worker cannot declare its queue", e);
            err.println("The queue " + queue + " on RabbitMQ at " + broker.getHost() + ":" + broker.getPort()
                    + " cannot be declared with its dead-letter queue (" + FailureCauses.rootLine(e) + "). If an "
                    + "earlier version declared it, delete it once between runs (rabbitmqctl delete_queue " + queue
                    + ") and start the worker again.");
            context.close();
            return ExitCode.FAILED;
        }
        out.println("Worker ready: partitions from queue " + PartitionRequests.queueName(context.getEnvironment())
                + " on RabbitMQ at " + broker.getHost() + ":"
                + broker.getPort() + ", database " + database.maskedUrl() + "."
                + management.map(server -> " Health and Prometheus on http://" + server.get("server.address") + ":"
                        + server.get("server.port") + "/actuator.").orElse(""));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (consumerFailure.get() != null) {
            MonthEndLauncher.FAILURES.error("the worker's consumer failed: {}", consumerFailure.get());
            String reason = consumerFailure.get().lines().findFirst().orElse("");
            err.println("The worker stopped taking partitions (" + (reason.length() > 200
                    ? reason.substring(0, 200) + "…" : reason) + "); it ends with exit "
                    + ExitCode.CONSUMER_FAILED.status() + " so that its supervisor starts it again.");
            haltAfter(CONSUMER_FAILED_STOP, ExitCode.CONSUMER_FAILED.status());
            context.close();
            return ExitCode.CONSUMER_FAILED;
        }
        return ExitCode.COMPLETED;
    }

    /**
     * With {@value #MANAGEMENT_PORT} set, the worker serves health (database, broker) and Prometheus
     * there, on {@value #MANAGEMENT_ADDRESS}, 127.0.0.1 unless given: without sign-in, so only the host
     * itself (a node_exporter, an agent, a sidecar) reads it. Its only web server is that one, so the
     * server's own port is the management port. Without it, a worker opens no port at all.
     */
    private static Optional<Map<String, Object>> managementServer(org.springframework.core.env.Environment settings) {
        String port = settings.getProperty(MANAGEMENT_PORT);
        if (port == null || port.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Map.of("server.port", port, "server.address", settings.getProperty(MANAGEMENT_ADDRESS,
                "127.0.0.1"), MANAGEMENT_PORT, port,
                "management.endpoints.web.exposure.include", "health,prometheus",
                "management.endpoint.health.show-components", "always"));
    }

    /**
     * Ends the process with this status once the time has passed, unless it ended before: halt, not
     * exit, since what it bounds is a stop that shutdown hooks are already running.
     */
    private static void haltAfter(Duration bound, int status) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(bound.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(status);
        }, "worker-stop-bound");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
