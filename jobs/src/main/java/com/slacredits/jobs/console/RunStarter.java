package com.slacredits.jobs.console;

import com.slacredits.jobs.run.SignOffSettings;
import com.slacredits.jobs.store.DatabaseSettings;


import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.jobs.cli.FinanceControls;
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
    /**
     * The console's settings its runs take too: its database, and the brake's limits, which may be in
     * the console's own configuration file rather than where a run would read them.
     */
    private static final List<String> FORWARDED = List.of(DatabaseSettings.URL, DatabaseSettings.USERNAME,
            DatabaseSettings.PASSWORD, "sla-credits.brake.fee-share-percent",
            "sla-credits.brake.credited-share-percent", "sla-credits.brake.minimum-verified-claims");

    private final LaunchBook book;
    private final ConsoleSettings settings;
    private final Environment environment;
    private final ScratchDatabases scratch;
    private final JdbcTemplate jdbc;
    private final FinanceControls controls;
    private final RunHistory history;
    private final Clock clock;
    private final Map<Long, ByteArrayOutputStream> printing = new ConcurrentHashMap<>();
    private final ExecutorService threads;
    private final ObservationRegistry observations;

    /**
     * @param observations the console's, given to its runs, so that the metrics Spring Batch records for
     *     them are on the console's Prometheus endpoint
     */
    public RunStarter(LaunchBook book, ConsoleSettings settings, Environment environment, ScratchDatabases scratch,
            JdbcTemplate jdbc, FinanceControls controls, RunHistory history,
            ObjectProvider<ObservationRegistry> observations) {
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.book = book;
        this.settings = settings;
        this.environment = environment;
        this.scratch = scratch;
        this.jdbc = jdbc;
        this.controls = controls;
        this.history = history;
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
        FourEyes.checkStart(controls.fourEyesRequired(), dryRun);
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
                user, now(), why, Optional.of("started the real run")));
        book.record(new ConsoleAction(OptionalLong.of(real.launchId()), OptionalLong.empty(),
                ConsoleAction.Kind.START, user, now(), why,
                Optional.of("real run, on approval of dry run "
                        + (dryRun.runId().isPresent() ? Long.toString(dryRun.runId().getAsLong()) : "(not started)"))));
        submit(real);
        return real;
    }

    /** Whether the start form may offer a real run: not under four eyes. */
    public boolean realRunsStartAlone() {
        return !controls.fourEyesRequired();
    }

    /**
     * Releases what the credit brake held in run {@code runId}: the held run's own command again with
     * {@code --release-held}, exactly what an operator would type, by a user other than the one who
     * started it. A run started here goes on in its own launch; one started from the command line gets
     * a launch of its own for its release.
     */
    public Launch release(long runId, String user, String reason) {
        String why = required(reason);
        RunListing run = history.find(runId).orElseThrow(() -> new ConsoleRefusal("There is no such run."));
        Optional<Launch> started = book.ofRun(runId);
        FourEyes.checkRelease(run, started.map(Launch::startedBy), user);
        Launch launch = started.orElseGet(() -> book.openRelease(runId, LocalDate.parse(run.asOf()), run.input(),
                run.output(), user, now()));
        if (started.isPresent() && !book.requeued(launch.launchId())) {
            throw new ConsoleRefusal("This run is going already: wait for it to end.");
        }
        book.record(new ConsoleAction(OptionalLong.of(launch.launchId()), OptionalLong.of(runId),
                ConsoleAction.Kind.RELEASE, user, now(), why, Optional.of("posts what the credit brake held in run "
                        + runId)));
        Launch queued = book.find(launch.launchId()).orElseThrow();
        threads.submit(() -> run(queued, true));
        return queued;
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
        threads.submit(() -> run(launch, false));
    }

    private void run(Launch launch, boolean releaseHeld) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        printing.put(launch.launchId(), printed);
        book.started(launch.launchId());
        ExitCode exit;
        PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try {
            exit = MonthEndCommand.embedded(stream, stream, signOffOf(launch), observations)
                    .run(arguments(launch, releaseHeld));
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
            book.decided(launch.launchId(), decisions.countOfRun(id), SettledTotals.ofRun(decisions, id).words());
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

    /**
     * Who the run is for, as its summary's sign-off names them: a real run started by approving a dry
     * run was prepared by the dry run's starter and approved by its own; any other by who started it.
     */
    SignOffSettings signOffOf(Launch launch) {
        return launch.approves().isPresent() ? book.find(launch.approves().getAsLong())
                .map(dryRun -> new SignOffSettings(dryRun.startedBy(), Optional.of(launch.startedBy()),
                        Optional.of(launch.startedAt())))
                .orElseGet(() -> SignOffSettings.preparedBy(launch.startedBy()))
                : SignOffSettings.preparedBy(launch.startedBy());
    }

    /** The command line of the launch, with the console's own database. */
    private String[] arguments(Launch launch, boolean releaseHeld) {
        List<String> arguments = new ArrayList<>(List.of(launch.arguments()));
        if (releaseHeld) {
            arguments.add(MonthEndCommand.RELEASE_HELD);
        }
        for (String setting : FORWARDED) {
            String value = environment.getProperty(setting);
            if (value != null) {
                arguments.add("--" + setting + "=" + value);
            }
        }
        arguments.addAll(MailForwarding.arguments(environment));
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
