package com.slacredits.jobs.console;

import com.slacredits.jobs.scenarios.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;






import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The finance console's own record (V12) on its own, on the migrated schema of H2 and MySQL/MariaDB
 * (skipped, saying so, without a server on 127.0.0.1:3306): launches, their end, one approval per
 * dry run, and the record of who did what.
 */
class ConsoleRecordsTest {

    private static final Instant AT = Instant.parse("2026-11-05T08:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase database;
    private LaunchBook book;

    private void open(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_console_");
        book = new LaunchBook(database.jdbc());
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    private Launch launch(boolean dryRun, OptionalLong approves) {
        return book.open(LocalDate.parse("2026-11-05"), Path.of("/srv/drop/2026-10"), dryRun, "alice", AT, approves,
                id -> Path.of("/srv/results/launch-" + id), id -> "jdbc:h2:file:/srv/results/scratch-" + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aLaunchIsRecordedQueuedAndKeepsHowItEnded(String vendor) {
        open(vendor);
        Launch dry = launch(true, OptionalLong.empty());
        Launch real = launch(false, OptionalLong.empty());

        assertThat(dry.state()).isEqualTo(LaunchState.QUEUED);
        assertThat(dry.output()).isEqualTo(Path.of("/srv/results/launch-" + dry.launchId()));
        assertThat(dry.scratchUrl()).hasValue("jdbc:h2:file:/srv/results/scratch-" + dry.launchId());
        assertThat(real.scratchUrl()).isEmpty();
        assertThat(real.arguments()).containsExactly("month-end", "--as-of=2026-11-05", "--input=/srv/drop/2026-10",
                "--output=/srv/results/launch-" + real.launchId());

        book.started(real.launchId());
        book.knownRun(real.launchId(), 7);
        book.decided(real.launchId(), 11, "17567.12 EUR, 350.00 USD");
        book.ended(real.launchId(), LaunchState.FAILED, 1, "Resuming…\nThe run failed: the disk is full.",
                AT.plusSeconds(60), Optional.empty());

        Launch ended = book.find(real.launchId()).orElseThrow();
        assertThat(ended.state()).isEqualTo(LaunchState.FAILED);
        assertThat(ended.sentence()).isEqualTo("The run failed: the disk is full.");
        assertThat(ended.exitStatus()).hasValue(1);
        assertThat(ended.runId()).hasValue(7);
        assertThat(ended.decided()).hasValue(11);
        assertThat(ended.amounts()).isEqualTo("17567.12 EUR, 350.00 USD");
        assertThat(book.ofRun(7)).map(Launch::launchId).hasValue(real.launchId());
        assertThat(book.startersOfRuns()).isEqualTo(java.util.Map.of(7L, "alice"));
        assertThat(book.latest(10)).extracting(Launch::launchId).containsExactly(real.launchId(), dry.launchId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void whatWasGoingWhenTheConsoleStoppedIsInterruptedAndWhatHadEndedStays(String vendor) {
        open(vendor);
        Launch going = launch(false, OptionalLong.empty());
        book.started(going.launchId());
        Launch queued = launch(true, OptionalLong.empty());
        Launch done = launch(true, OptionalLong.empty());
        book.ended(done.launchId(), LaunchState.COMPLETED, 0, "", AT, Optional.empty());

        assertThat(book.interruptedAtStart(AT.plusSeconds(5))).isEqualTo(2);
        assertThat(book.find(going.launchId()).orElseThrow().state()).isEqualTo(LaunchState.INTERRUPTED);
        assertThat(book.find(queued.launchId()).orElseThrow().state().canResume()).isTrue();
        assertThat(book.find(done.launchId()).orElseThrow().state()).isEqualTo(LaunchState.COMPLETED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aDryRunStartsAtMostOneRealRunEvenWhenTwoApprovalsRace(String vendor) {
        open(vendor);
        Launch dry = launch(true, OptionalLong.empty());
        Launch real = launch(false, OptionalLong.of(dry.launchId()));

        // the check in FourEyes saw no approval yet; the unique key still keeps it to one
        assertThatThrownBy(() -> launch(false, OptionalLong.of(dry.launchId())))
                .isInstanceOf(ConsoleRefusal.class).hasMessage("This dry run has already been approved.");
        assertThat(book.approvalOf(dry.launchId())).map(Launch::launchId).hasValue(real.launchId());
        assertThat(book.latest(10)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void theRecordOfARunHoldsItsLaunchesActionsAndThoseOnTheRunItself(String vendor) {
        open(vendor);
        Launch dry = launch(true, OptionalLong.empty());
        Launch real = launch(false, OptionalLong.of(dry.launchId()));
        book.record(new ConsoleAction(OptionalLong.of(dry.launchId()), OptionalLong.empty(), ConsoleAction.Kind.START,
                "alice", AT, "October", Optional.of("dry run")));
        book.record(new ConsoleAction(OptionalLong.of(dry.launchId()), OptionalLong.empty(),
                ConsoleAction.Kind.APPROVE, "bob", AT.plusSeconds(60), "checked", Optional.empty()));
        book.record(new ConsoleAction(OptionalLong.empty(), OptionalLong.of(7), ConsoleAction.Kind.RESUME, "carol",
                AT.plusSeconds(120), "after the outage", Optional.empty()));
        book.record(new ConsoleAction(OptionalLong.of(99), OptionalLong.empty(), ConsoleAction.Kind.START, "dave",
                AT, "another month", Optional.empty()));

        assertThat(book.actionsOf(List.of(real.launchId(), dry.launchId()), OptionalLong.of(7)))
                .extracting(action -> action.kind() + " " + action.user() + " " + action.at() + " " + action.reason())
                .containsExactly("START alice 2026-11-05T08:00:00Z October", "APPROVE bob 2026-11-05T08:01:00Z checked",
                        "RESUME carol 2026-11-05T08:02:00Z after the outage");
        assertThat(book.actionsOf(List.of(), OptionalLong.empty())).isEmpty();
    }
}
