package com.slacredits.jobs.console;

import com.slacredits.jobs.store.DatabaseSettings;


import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.jobs.cli.MonthEndCommand;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.MeasurementReview;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Starts month-end runs for the console's users: the command line's own month-end command, in this
 * process, on a thread of its own, so a run from a browser takes the same lock, checks the same
 * input and prints the same sentences as one from a scheduler.
 *
 * <p>Runs are not queued behind each other: a second start while a run holds the lock is refused by
 * that lock, as on the command line.
 */
@Component
public class RunStarter implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RunStarter.class);
    private static final List<String> FORWARDED = List.of(DatabaseSettings.URL, DatabaseSettings.USERNAME,
            DatabaseSettings.PASSWORD);

    private final LaunchBook book;
    private final ConsoleSettings settings;
    private final Environment environment;
    private final ScratchDatabases scratch;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Long, ByteArrayOutputStream> printing = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private final ObservationRegistry observations;

    /**
     * @param observations the console's, given to its runs, so that the metrics Spring Batch records for
     *     them are on the console's Prometheus endpoint
     */
    public RunStarter(LaunchBook book, ConsoleSettings settings, Environment environment, ScratchDatabases scratch,
            JdbcTemplate jdbc, ObjectProvider<ObservationRegistry> observations) {
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.book = book;
        this.settings = settings;
        this.environment = environment;
        this.scratch = scratch;
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "month-end-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs that were going when the console last stopped died with it. */
    @EventListener(ApplicationReadyEvent.class)
    public void markInterrupted() {
        int interrupted = book.interruptedAtStart(now());
        if (interrupted > 0) {
            LOG.warn("{} run(s) started here were going when the console last stopped; they can be resumed",
                    interrupted);
        }
    }

    /** Starts a run of drop folder {@code dropFolder} (its index in the settings). */
    public Launch start(String user, LocalDate asOf, int dropFolder, boolean dryRun, String reason) {
        String why = required(reason);
        if (dropFolder < 0 || dropFolder >= settings.dropFolders().size()) {
            throw new ConsoleRefusal("Choose one of the drop folders listed.");
        }
        Launch launch = open(user, asOf, settings.dropFolders().get(dropFolder), dryRun, OptionalLong.empty());
        book.record(new ConsoleAction(OptionalLong.of(launch.launchId()), OptionalLong.empty(),
                ConsoleAction.Kind.START, user, now(), why, Optional.of(dryRun ? "dry run" : "real run")));
        submit(launch);
        return launch;
    }

    /** Runs a failed or interrupted launch again: the same command, which resumes where it stopped. */
    public Launch resume(long launchId, String user, String reason) {
        String why = required(reason);
        Launch launch = book.find(launchId).orElseThrow(() -> new ConsoleRefusal("There is no such run."));
        if (!launch.state().canResume()) {
            throw new ConsoleRefusal("Only a run that failed or was interrupted can be resumed; this one is "
                    + launch.state() + ".");
        }
        book.queued(launchId);
        book.record(new ConsoleAction(OptionalLong.of(launchId), launch.runId(), ConsoleAction.Kind.RESUME, user,
                now(), why, Optional.empty()));
        Launch queued = book.find(launchId).orElseThrow();
        submit(queued);
        return queued;
    }

    /**
     * Approves dry run {@code launchId}: starts the real run with the same as-of date and input, which
     * on completion is compared with it.
     */
    public Launch approve(long launchId, String user, String reason) {
        String why = required(reason);
        Launch dryRun = book.find(launchId).orElseThrow(() -> new ConsoleRefusal("There is no such run."));
        FourEyes.check(dryRun, user, book.approvalOf(launchId));
        Launch real = open(user, dryRun.asOf(), dryRun.input(), false, OptionalLong.of(launchId));
        book.record(new ConsoleAction(OptionalLong.of(launchId), OptionalLong.empty(), ConsoleAction.Kind.APPROVE,
                user, now(), why, Optional.of("started run " + real.launchId() + " of the console")));
        book.record(new ConsoleAction(OptionalLong.of(real.launchId()), OptionalLong.empty(),
                ConsoleAction.Kind.START, user, now(), why,
                Optional.of("real run, on approval of dry run " + launchId)));
        submit(real);
        return real;
    }

    /** What a run that is going has printed so far; empty once it has ended (the launch then has it). */
    public Optional<String> printedSoFar(long launchId) {
        return Optional.ofNullable(printing.get(launchId)).map(out -> out.toString(StandardCharsets.UTF_8));
    }

    /** The steps of the run, read from the database it runs in. */
    StepProgress progressOf(Launch launch) {
        return new StepProgress(databaseOf(launch));
    }

    /** The run's decisions, in the database it runs in: a dry run's scratch file, or the real one. */
    DecisionJournal journalOf(Launch launch) {
        JdbcTemplate database = databaseOf(launch);
        return new DecisionJournal(database, new ContractRepository(database));
    }

    /** The tickets the run measured, in the database it runs in: a dry run's scratch file, or the real one. */
    MeasurementReview measurementsOf(Launch launch) {
        return new MeasurementReview(databaseOf(launch));
    }

    private JdbcTemplate databaseOf(Launch launch) {
        return launch.scratchUrl().map(scratch::jdbc).orElse(jdbc);
    }

    private Launch open(String user, LocalDate asOf, Path input, boolean dryRun, OptionalLong approves) {
        Path results = settings.resultsFolder();
        return book.open(asOf, input, dryRun, user, now(), approves,
                id -> results.resolve("launch-" + id + "-" + asOf + (dryRun ? "-dry-run" : "")),
                id -> ScratchDatabases.urlOf(results, id));
    }

    private void submit(Launch launch) {
        threads.submit(() -> run(launch));
    }

    private void run(Launch launch) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        printing.put(launch.launchId(), printed);
        book.started(launch.launchId());
        ExitCode exit;
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try {
            exit = MonthEndCommand.embedded(stream, stream, observations).run(arguments(launch));
        } catch (RuntimeException e) {
            // the command turns every failure it knows into a sentence; this is one it does not know
            LOG.error("run {} of the console failed", launch.launchId(), e);
            stream.println("The run failed: " + e.getMessage());
            exit = ExitCode.FAILED;
        }
        OptionalLong runId = progressOf(launch).runOf(launch.output().toString());
        runId.ifPresent(id -> {
            book.knownRun(launch.launchId(), id);
            DecisionJournal decisions = journalOf(launch);
            book.decided(launch.launchId(), decisions.countOfRun(id), decisions.amountsOfRun(id).entrySet().stream()
                    .map(total -> total.getValue().toPlainString() + " " + total.getKey())
                    .collect(Collectors.joining(", ")));
        });
        Optional<String> comparison = Optional.empty();
        if (exit == ExitCode.COMPLETED && launch.approves().isPresent()) {
            comparison = book.find(launch.approves().getAsLong())
                    .map(dryRun -> DryRunComparison.compare(dryRun.output(), launch.output()));
        }
        book.ended(launch.launchId(), LaunchState.of(exit), exit.status(), printed.toString(StandardCharsets.UTF_8),
                now(), comparison);
        printing.remove(launch.launchId());
        LOG.info("run {} of the console ended {}", launch.launchId(), LaunchState.of(exit));
    }

    /** The command line of the launch, with the console's own database. */
    private String[] arguments(Launch launch) {
        List<String> arguments = new ArrayList<>(List.of(launch.arguments()));
        for (String setting : FORWARDED) {
            String value = environment.getProperty(setting);
            if (value != null) {
                arguments.add("--" + setting + "=" + value);
            }
        }
        launch.scratchUrl().ifPresent(url -> arguments.add("--" + MonthEndCommand.SCRATCH_URL + "=" + url));
        settings.policiesFolder().ifPresent(folder -> arguments.add(1, "--policies=" + folder));
        return arguments.toArray(String[]::new);
    }

    /** To the second: a record a person reads. */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ConsoleRefusal("Give a reason: it is recorded with your name.");
        }
        return reason.strip();
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
