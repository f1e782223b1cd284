package com.slacredits.jobs.scenarios;


import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two schedulers (two cron entries, a retried Kubernetes job) start the month-end at the same moment
 * on the same database, each with an output folder of its own: one runs, the other is refused with
 * exit 3 and one sentence, and writes nothing.
 */
class TwoSchedulersIT {

    static final String SENTENCE = "Another month-end run is in progress on the same database.";

    /**
     * Not the October example: the winner's run would last about 3 s after it takes the lock, less
     * than two JVMs started together on two busy cores may drift apart; this month keeps the winner
     * busy for about 10 s, so that the loser's attempt falls inside it.
     */
    private static final CrashMonth MONTH = new CrashMonth(20, 600, 0, 100, 2, 60);

    @TempDir
    Path work;

    /** H2_BUILT_IN: the built-in URL, H2's mixed mode, in which the second process reaches the file. */
    enum Kind { MYSQL, H2_FILE, H2_BUILT_IN }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoRunsStartedTogetherOneRunsTheOtherExitsThree(Kind kind) throws Exception {
        Path input = work.resolve("in");
        MONTH.write(input);
        try (TestDatabase database = newDatabase(kind)) {
            Path outA = work.resolve("out-a");
            Path outB = work.resolve("out-b");
            List<CrashMonth.Jar> jars = startTogether(
                    () -> CrashMonth.Jar.start(work.resolve("a.txt"), command(database, input, outA)),
                    () -> CrashMonth.Jar.start(work.resolve("b.txt"), command(database, input, outB)));
            CrashMonth.Jar a = jars.get(0);
            CrashMonth.Jar b = jars.get(1);
            int codeA = a.awaitExit(Duration.ofMinutes(3));
            int codeB = b.awaitExit(Duration.ofMinutes(3));
            System.out.printf("TWO %s: a exit %d after %.1f s, b exit %d after %.1f s, started %d ms apart%n", kind,
                    codeA, seconds(a), codeB, seconds(b), Math.abs(Duration.between(a.started, b.started).toMillis()));
            System.out.println("a:\n" + a.console() + "\nb:\n" + b.console());

            assertThat(List.of(codeA, codeB)).as("exit codes of a and b").containsExactlyInAnyOrder(0, 3);
            CrashMonth.Jar winner = codeA == 0 ? a : b;
            CrashMonth.Jar loser = codeA == 0 ? b : a;
            Path winnerOut = codeA == 0 ? outA : outB;
            Path loserOut = codeA == 0 ? outB : outA;

            // both were alive together: the loser was refused while the winner still ran. In H2's mixed
            // mode a loser that serves the file to the winner keeps serving it until the winner ends.
            if (kind != Kind.H2_BUILT_IN) {
                assertThat(loser.ended()).as("the loser ended before the winner").isBefore(winner.ended());
            }
            assertThat(loser.started).isBefore(winner.ended());
            List<String> loserLines = loser.console().lines().filter(line -> !line.isBlank()).toList();
            assertThat(loserLines).as(loser.console()).last().isEqualTo(SENTENCE);
            assertThat(loserLines).as("no stack trace on the console").noneMatch(line -> line.startsWith("\tat "));
            if (Files.exists(loserOut)) {
                try (Stream<Path> files = Files.list(loserOut)) {
                    assertThat(files).as("the loser's output folder").isEmpty();
                }
            }

            long decided = database.count("SELECT COUNT(*) FROM claim_decision");
            assertThat(ExampleCsv.rows(winnerOut.resolve("decisions.csv"))).hasSize((int) decided);
            assertThat(decided).isGreaterThan(500);
            assertThat(winnerOut.resolve("summary.pdf")).isNotEmptyFile();
            // the loser left no run behind it in the job repository either
            assertThat(database.count("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION")).isEqualTo(1);
            assertThat(winner.console()).doesNotContain(SENTENCE);
        }
    }

    /** Starts both on two threads released by one barrier, so that neither waits for the other's fork. */
    private static List<CrashMonth.Jar> startTogether(Launch first, Launch second) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<CrashMonth.Jar>> started = new ArrayList<>();
            for (Launch launch : List.of(first, second)) {
                started.add(threads.submit(() -> {
                    barrier.await();
                    return launch.start();
                }));
            }
            return List.of(started.get(0).get(), started.get(1).get());
        } finally {
            threads.shutdown();
        }
    }

    @FunctionalInterface
    interface Launch {
        CrashMonth.Jar start() throws Exception;
    }

    private static double seconds(CrashMonth.Jar jar) {
        return Duration.between(jar.started, jar.ended()).toMillis() / 1000.0;
    }

    private static List<String> command(TestDatabase database, Path input, Path out) {
        List<String> command = new ArrayList<>(List.of("month-end", "--as-of=2026-11-05", "--input=" + input,
                "--output=" + out));
        command.addAll(List.of(database.springArguments()));
        return command;
    }

    private TestDatabase newDatabase(Kind kind) {
        if (kind == Kind.H2_FILE) {
            return TestDatabase.h2(work);
        }
        if (kind == Kind.H2_BUILT_IN) {
            return TestDatabase.builtInH2(work);
        }
        boolean available = TestDatabase.mysqlAvailable();
        if (!available) {
            System.out.println("SKIPPED: no MySQL/MariaDB on " + TestDatabase.MYSQL_HOST
                    + ", so the two-schedulers test on MySQL did not run (the H2 one did).");
        }
        assumeTrue(available, "MySQL/MariaDB on " + TestDatabase.MYSQL_HOST);
        return TestDatabase.mysql("two_", "");
    }

}
