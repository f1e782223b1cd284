package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.store.DatabaseSettings;
import com.slacredits.jobs.partition.PartitionRequestFormatTest;
import com.slacredits.jobs.partition.PartitionRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The month-end scaled out (README, Scaling out): a manager and worker processes, real jars, on
 * MariaDB and the local RabbitMQ, each test on its own database and queue. What they produce must
 * be what a single process produces from the same input, file for file.
 */
class RemoteWorkersIT {

    static final String BROKER_HOST = "127.0.0.1";
    static final int BROKER_PORT = 5672;
    private static final Duration RUN = Duration.ofMinutes(4);
    private static final Duration WORKER_START = Duration.ofMinutes(2);

    @TempDir
    Path work;

    private final String queue = "sla-credits-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<CrashMonth.Jar> started = new ArrayList<>();
    private final List<TestDatabase> databases = new ArrayList<>();

    @BeforeEach
    void needsBrokerAndDatabase() {
        boolean database = TestDatabase.mysqlAvailable();
        boolean broker = brokerAvailable();
        if (!database || !broker) {
            System.out.println("SKIPPED: " + (database ? "" : "no MySQL/MariaDB on " + TestDatabase.MYSQL_HOST + " ")
                    + (broker ? "" : "no RabbitMQ on " + BROKER_HOST + ":" + BROKER_PORT + " ")
                    + "so the remote-worker tests did not run.");
        }
        assumeTrue(database && broker, "MySQL/MariaDB and RabbitMQ");
    }

    @org.junit.jupiter.api.AfterEach
    void stopAndForgetTheQueue() throws InterruptedException {
        // the processes first: a database is dropped only when no process holds a lock in it
        for (CrashMonth.Jar jar : started) {
            jar.kill();
        }
        databases.forEach(TestDatabase::close);
        deleteQueues(queue);
    }

    /** Deletes a test's queue and its dead-letter queue from the local broker. */
    static void deleteQueues(String queue) {
        CachingConnectionFactory broker = new CachingConnectionFactory(BROKER_HOST, BROKER_PORT);
        try {
            new RabbitAdmin(broker).deleteQueue(queue);
            new RabbitAdmin(broker).deleteQueue(PartitionRequests.deadLetterQueueName(queue));
        } finally {
            broker.destroy();
        }
    }

    static boolean brokerAvailable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(BROKER_HOST, BROKER_PORT), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * October and the five packs, each by a manager and two workers, against a single process. A
     * message that is not a partition request waits in the queue first: the workers drop it once, to
     * the dead-letter queue, rather than back into the queue forever.
     */
    @Test
    @Timeout(value = 12, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aManagerAndTwoWorkersWriteWhatOneProcessWrites() throws Exception {
        Path october = ExampleCsv.EXAMPLE.resolve("input");
        Path fivePacks = ExampleCsv.FIVE_PACKS.resolve("input");
        List<String> fivePacksPolicies = List.of("--policies=" + ExampleCsv.FIVE_PACKS.resolve("policies"));
        compareWithOneProcess("october", october, "2026-11-05", List.of(), true);
        compareWithOneProcess("five-packs", fivePacks, "2027-01-05", fivePacksPolicies, false);
    }

    private void compareWithOneProcess(String name, Path input, String asOf, List<String> policies,
            boolean garbageFirst) throws Exception {
        Path folder = Files.createDirectories(work.resolve(name));
        Path single = folder.resolve("single");
        Path remote = folder.resolve("remote");
        {
            TestDatabase one = database("");
            TestDatabase shared = database("");
            CrashMonth.Jar reference = CrashMonth.Jar.start(folder.resolve("single.txt"),
                    monthEnd(one, input, asOf, single, policies, false));
            started.add(reference);
            assertThat(reference.awaitExit(RUN)).as(reference.console()).isZero();

            List<CrashMonth.Jar> workers = List.of(worker(shared, folder.resolve("worker-1.txt"), policies),
                    worker(shared, folder.resolve("worker-2.txt"), policies));
            if (garbageFirst) {
                publish("not a partition request");
            }
            CrashMonth.Jar manager = CrashMonth.Jar.start(folder.resolve("manager.txt"),
                    monthEnd(shared, input, asOf, remote, policies, true));
            started.add(manager);
            assertThat(manager.awaitExit(RUN)).as(manager.console()).isZero();

            assertSameFiles(remote, single, shared, one);
            String consoles = workers.get(0).console() + "\n" + workers.get(1).console();
            // both workers took partitions: the run was spread, not done by one of them
            assertThat(workers).allSatisfy(worker -> assertThat(worker.console()).contains("COMPLETED"));
            assertThat(manager.console()).doesNotContain("step probeFile:", "step decideSlice:",
                    "step statementSlice:");
            if (garbageFirst) {
                assertThat(consoles).containsOnlyOnce("Dropped a message of 23 bytes to " + deadLetters()
                        + ": its content type is 'text/plain', not application/json.");
            }
            assertThat(messagesWaiting(queue)).isZero();
            // the one garbage message of October's run, once, and nothing of the five packs'
            assertThat(messagesWaiting(deadLetters())).isEqualTo(1);
            for (CrashMonth.Jar worker : workers) {
                worker.process.destroy();
                assertThat(worker.awaitExit(Duration.ofMinutes(1))).as("SIGTERM").isEqualTo(143);
            }
        }
    }

    /**
     * The second hostile round's messages (issue 22): the 27-byte Java-serialized long[] that declares a
     * billion elements, a forged request naming a real partition's step execution with another step's
     * name, and garbage, put in the queue ahead of the manager's own requests. Every worker keeps
     * running, each bad message is dropped once to the dead-letter queue with its console line, and
     * the run writes what a single process writes.
     */
    @Test
    @Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aBombAForgedRequestAndGarbageRunNothingAndKillNoWorker() throws Exception {
        Path input = ExampleCsv.EXAMPLE.resolve("input");
        Path single = work.resolve("single");
        Path remote = work.resolve("remote");
        TestDatabase one = database("");
        TestDatabase shared = database("");
        CrashMonth.Jar reference = CrashMonth.Jar.start(work.resolve("single.txt"),
                monthEnd(one, input, "2026-11-05", single, List.of(), false));
        started.add(reference);
        assertThat(reference.awaitExit(RUN)).as(reference.console()).isZero();

        // the manager first, no worker yet: its requests for the probe files wait in the queue
        CrashMonth.Jar manager = CrashMonth.Jar.start(work.resolve("manager.txt"),
                monthEnd(shared, input, "2026-11-05", remote, List.of(), true));
        started.add(manager);
        String partitions = "SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name LIKE 'probeFile:%'";
        long deadline = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < deadline && manager.process.isAlive()
                && (countOrZero(shared, partitions) == 0 || messagesWaiting(queue) < countOrZero(shared, partitions))) {
            Thread.sleep(100);
        }
        assertThat(messagesWaiting(queue)).as(manager.console()).isPositive().isEqualTo(shared.count(partitions));
        long jobExecution;
        long partition;
        try (var c = shared.connect(); var rs = c.createStatement().executeQuery("SELECT job_execution_id, "
                + "step_execution_id FROM BATCH_STEP_EXECUTION WHERE step_name LIKE 'probeFile:%' "
                + "ORDER BY step_execution_id")) {
            assertThat(rs.next()).isTrue();
            jobExecution = rs.getLong(1);
            partition = rs.getLong(2);
        }
        List<org.springframework.amqp.core.Message> requests = takeAll();
        publish("application/x-java-serialized-object", PartitionRequestFormatTest.arrayBomb());
        publish("application/json", ("{\"jobExecutionId\":" + jobExecution + ",\"stepExecutionId\":" + partition
                + ",\"stepName\":\"statementSlice\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] garbage = new byte[300];
        new java.util.Random(22).nextBytes(garbage);
        publish("application/octet-stream", garbage);
        publish(requests);

        List<CrashMonth.Jar> workers = List.of(worker(shared, work.resolve("worker-1.txt"), List.of()),
                worker(shared, work.resolve("worker-2.txt"), List.of()));
        assertThat(manager.awaitExit(RUN)).as(manager.console()).isZero();

        assertSameFiles(remote, single, shared, one);
        assertThat(workers).allSatisfy(worker -> assertThat(worker.process.isAlive()).as(worker.console()).isTrue());
        String consoles = workers.get(0).console() + "\n" + workers.get(1).console();
        assertThat(consoles.lines().filter(line -> line.contains("Dropped a message"))).hasSize(3);
        assertThat(consoles).containsOnlyOnce("Dropped a message of 27 bytes to " + deadLetters()
                        + ": its content type is 'application/x-java-serialized-object', not application/json.")
                .containsOnlyOnce("Dropped a message of 300 bytes to " + deadLetters()
                        + ": its content type is 'application/octet-stream', not application/json.")
                .containsOnlyOnce(": step execution " + partition + " is probeFile:")
                .containsOnlyOnce("not a partition of statementSlice.")
                .doesNotContain("OutOfMemoryError");
        assertThat(messagesWaiting(queue)).isZero();
        assertThat(messagesWaiting(deadLetters())).isEqualTo(3);
        for (CrashMonth.Jar worker : workers) {
            worker.process.destroy();
            assertThat(worker.awaitExit(Duration.ofMinutes(1))).as("SIGTERM").isEqualTo(143);
        }
    }

    /**
     * A worker whose consumer fails for good ends with exit 75 at once, for its supervisor to start it
     * again, rather than living on with no consumer. Here its queue is deleted and taken by another
     * connection as an exclusive queue, which the worker's consumer can then neither use nor declare.
     */
    @Test
    @Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aWorkerWhoseConsumerFailsEndsWithExit75() throws Exception {
        TestDatabase shared = database("");
        CrashMonth.Jar worker = worker(shared, work.resolve("worker.txt"), List.of());
        CachingConnectionFactory broker = new CachingConnectionFactory(BROKER_HOST, BROKER_PORT);
        try {
            RabbitAdmin admin = new RabbitAdmin(broker);
            admin.deleteQueue(queue);
            admin.declareQueue(new org.springframework.amqp.core.Queue(queue, false, true, true));
            Instant taken = Instant.now();

            assertThat(worker.awaitExit(Duration.ofMinutes(2))).as(worker.console()).isEqualTo(75);
            // the container tries its queue three times, five seconds apart, then gives its consumer up
            assertThat(Duration.between(taken, worker.ended())).isLessThan(Duration.ofSeconds(60));
            assertThat(worker.console()).contains("The worker stopped taking partitions (",
                    "); it ends with exit 75 so that its supervisor starts it again.");
        } finally {
            broker.destroy();
        }
    }

    /**
     * A worker killed with SIGKILL in the middle of the probe files: the manager fails the step once
     * its timeout has passed, the same command with a live worker resumes, runs again only the files
     * that had not completed, and ends where a single process ends.
     */
    @Test
    @Timeout(value = 12, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aWorkerKilledMidPartitionFailsTheStepInTimeAndTheRunResumes() throws Exception {
        // Six probe files of 1.1 M rows each: one worker takes one to two seconds a file here, so the
        // kill right after the first file's line lands in the second, on any machine that is not
        // three orders of magnitude faster.
        CrashMonth month = new CrashMonth(25, 300, 30, 60, 6, 10);
        Path input = work.resolve("in");
        month.write(input);
        Duration timeout = Duration.ofSeconds(40);
        List<String> timeoutSetting = List.of("--sla-credits.workers.timeout=" + timeout.toSeconds() + "s");
        Path single = work.resolve("single");
        Path out = work.resolve("out");
        {
            TestDatabase one = database("?rewriteBatchedStatements=true");
            TestDatabase shared = database("?rewriteBatchedStatements=true");
            CrashMonth.Jar reference = CrashMonth.Jar.start(work.resolve("single.txt"),
                    monthEnd(one, input, "2026-11-05", single, List.of(), false));
            started.add(reference);
            assertThat(reference.awaitExit(RUN)).as(reference.console()).isZero();

            CrashMonth.Jar doomed = worker(shared, work.resolve("doomed.txt"), List.of());
            List<String> command = monthEnd(shared, input, "2026-11-05", out, timeoutSetting, true);
            CrashMonth.Jar manager = CrashMonth.Jar.start(work.resolve("manager-1.txt"), command);
            started.add(manager);
            assertThat(doomed.awaitLine(line -> line.matches(".*step probeFile:\\S+\\s+COMPLETED.*"), RUN))
                    .as(doomed.console()).isTrue();
            // the first file is in; the kill goes in as soon as the worker has started its next one
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline && shared.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE "
                    + "step_name LIKE 'probeFile:%' AND status = 'STARTED'") == 0) {
                Thread.sleep(20);
            }
            doomed.kill();
            Instant killed = Instant.now();
            long running = shared.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name LIKE "
                    + "'probeFile:%' AND status = 'STARTED'");
            long completed = shared.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name LIKE "
                    + "'probeFile:%' AND status = 'COMPLETED'");
            assertThat(running).as("the kill landed in a partition").isEqualTo(1);
            assertThat(completed).as("files in before the kill").isBetween(1L, 4L);

            assertThat(manager.awaitExit(timeout.plusMinutes(1))).as(manager.console()).isEqualTo(1);
            Duration noticed = Duration.between(killed, manager.ended());
            assertThat(noticed).as("the manager failed the step within its timeout").isLessThan(timeout.plusSeconds(20));
            assertThat(manager.console()).contains("The run failed: the workers did not finish the partitions of step probes");

            CrashMonth.Jar live = worker(shared, work.resolve("live.txt"), List.of());
            CrashMonth.Jar again = CrashMonth.Jar.start(work.resolve("manager-2.txt"), command);
            started.add(again);
            assertThat(again.awaitExit(RUN)).as(again.console()).isZero();
            assertThat(again.console()).contains("Recovered partitions", "Resuming");
            // the files that were in before the kill ran once; the others twice at most, the killed one
            // included, never more
            Map<String, Long> runs = probeFileExecutions(shared);
            assertThat(runs.values().stream().filter(n -> n == 1L).count()).isEqualTo(completed);
            assertThat(runs).hasSize(month.probeFiles).allSatisfy((file, n) -> assertThat(n).isBetween(1L, 2L));
            assertThat(live.console()).contains("COMPLETED");
            assertSameFiles(out, single, shared, one);
        }
    }

    /**
     * A worker whose file system lacks the run's input (here: a mount namespace of its own with an
     * empty folder over it, as a worker whose NFS mount failed) fails the partition, and both it and
     * the manager say which file.
     */
    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
    void aWorkerThatCannotSeeTheFileFailsThePartitionNamingIt() throws Exception {
        boolean canHide = new ProcessBuilder("unshare", "-m", "true").start().waitFor() == 0;
        if (!canHide) {
            System.out.println("SKIPPED: unshare -m is not allowed here, so the missing-file test did not run.");
        }
        assumeTrue(canHide, "unshare -m");
        Path input = Files.createDirectories(work.resolve("in"));
        try (Stream<Path> files = Files.list(ExampleCsv.EXAMPLE.resolve("input"))) {
            for (Path file : files.toList()) {
                Files.copy(file, input.resolve(file.getFileName()));
            }
        }
        Path empty = Files.createDirectories(work.resolve("empty"));
        TestDatabase shared = database("");
        List<String> command = new ArrayList<>(List.of("unshare", "-m", "sh", "-c",
                "mount --bind \"$1\" \"$2\" && shift 2 && exec \"$@\"", "hide-input", empty.toString(), input.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", CrashMonth.jar().toString(),
                "worker", "--sla-credits.workers.queue=" + queue));
        command.addAll(List.of(shared.springArguments()));
        Process hidden = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("worker.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + WORKER_START.toNanos();
            while (!Files.readString(work.resolve("worker.txt")).contains("Worker ready") && hidden.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.readString(work.resolve("worker.txt"))).contains("Worker ready");
            CrashMonth.Jar manager = CrashMonth.Jar.start(work.resolve("manager.txt"),
                    monthEnd(shared, input, "2026-11-05", work.resolve("out"),
                            List.of("--sla-credits.workers.timeout=90s"), true));
            started.add(manager);
            assertThat(manager.awaitExit(RUN)).as(manager.console()).isEqualTo(1);
            String missing = "probes.csv does not exist in " + input;
            assertThat(manager.console()).contains("The run failed: partition probeFile:probes.csv failed on its "
                    + "worker: " + missing);
            assertThat(Files.readString(work.resolve("worker.txt")))
                    .contains("Partition probeFile:probes.csv of run 1 ended FAILED: " + missing);
        } finally {
            hidden.destroyForcibly().waitFor();
        }
    }

    private TestDatabase database(String urlParameters) {
        TestDatabase database = TestDatabase.mysql("remote_", urlParameters);
        databases.add(database);
        return database;
    }

    private CrashMonth.Jar worker(TestDatabase database, Path console, List<String> more) throws Exception {
        List<String> command = new ArrayList<>(List.of("worker", "--sla-credits.workers.queue=" + queue));
        command.addAll(more);
        command.addAll(List.of(database.springArguments()));
        CrashMonth.Jar worker = CrashMonth.Jar.start(console, command);
        started.add(worker);
        assertThat(worker.awaitLine(line -> line.startsWith("Worker ready"), WORKER_START)).as(worker.console())
                .isTrue();
        return worker;
    }

    private List<String> monthEnd(TestDatabase database, Path input, String asOf, Path out, List<String> more,
            boolean remote) {
        List<String> command = new ArrayList<>(List.of("month-end", "--as-of=" + asOf, "--input=" + input,
                "--output=" + out, "--release-held"));
        if (remote) {
            command.addAll(List.of("--workers=remote", "--sla-credits.workers.queue=" + queue,
                    "--sla-credits.workers.poll-interval=500ms"));
        }
        command.addAll(more);
        command.addAll(List.of(database.springArguments()));
        return command;
    }

    private void publish(String text) {
        publish(MessageProperties.CONTENT_TYPE_TEXT_PLAIN, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void publish(String contentType, byte[] body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(contentType);
        publish(List.of(new org.springframework.amqp.core.Message(body, properties)));
    }

    /** As anyone who may write to the broker would: the queues declared as the workers declare them. */
    private void publish(List<org.springframework.amqp.core.Message> messages) {
        CachingConnectionFactory broker = new CachingConnectionFactory(BROKER_HOST, BROKER_PORT);
        try {
            RabbitAdmin admin = new RabbitAdmin(broker);
            admin.declareQueue(PartitionRequests.queue(queue));
            admin.declareQueue(PartitionRequests.deadLetters(queue));
            RabbitTemplate template = new RabbitTemplate(broker);
            for (org.springframework.amqp.core.Message message : messages) {
                template.send("", queue, message);
            }
        } finally {
            broker.destroy();
        }
    }

    /** Takes every message off the queue, acknowledged: they are the test's to put back. */
    private List<org.springframework.amqp.core.Message> takeAll() {
        CachingConnectionFactory broker = new CachingConnectionFactory(BROKER_HOST, BROKER_PORT);
        try {
            RabbitTemplate template = new RabbitTemplate(broker);
            List<org.springframework.amqp.core.Message> taken = new ArrayList<>();
            for (org.springframework.amqp.core.Message message = template.receive(queue); message != null;
                    message = template.receive(queue)) {
                taken.add(message);
            }
            return taken;
        } finally {
            broker.destroy();
        }
    }

    /** A count, or 0 while the process that makes the table has not yet made it. */
    private static long countOrZero(TestDatabase database, String sql) {
        try {
            return database.count(sql);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    private String deadLetters() {
        return PartitionRequests.deadLetterQueueName(queue);
    }

    private static long messagesWaiting(String queue) {
        CachingConnectionFactory broker = new CachingConnectionFactory(BROKER_HOST, BROKER_PORT);
        try {
            var info = new RabbitAdmin(broker).getQueueInfo(queue);
            return info == null ? 0 : info.getMessageCount();
        } finally {
            broker.destroy();
        }
    }

    private static Map<String, Long> probeFileExecutions(TestDatabase database) throws Exception {
        Map<String, Long> runs = new TreeMap<>();
        try (var c = database.connect(); var rs = c.createStatement().executeQuery("SELECT step_name, COUNT(*) FROM "
                + "BATCH_STEP_EXECUTION WHERE step_name LIKE 'probeFile:%' GROUP BY step_name")) {
            while (rs.next()) {
                runs.put(rs.getString(1), rs.getLong(2));
            }
        }
        return runs;
    }

    /**
     * The same files with the same content: CSVs row for row, PDFs by their text, but for the
     * database and the output folder the summary names, which are others here by construction, and the
     * time its sign-off was prepared at.
     */
    /** When each run's summary was first written: the runs being two, the minute may differ. */
    private static final String PREPARED_AT = "(Prepared by\\s+\\S+)\\s+\\d{4}-\\d{2}-\\d{2}\\s+\\d{2}:\\d{2} UTC";

    private static void assertSameFiles(Path actual, Path expected, TestDatabase actualDb, TestDatabase expectedDb)
            throws IOException {
        List<Path> files = tree(expected);
        assertThat(tree(actual)).isEqualTo(files);
        for (Path file : files) {
            String name = file.toString();
            if (name.endsWith(".csv")) {
                assertThat(ExampleCsv.rows(actual.resolve(file))).as(name)
                        .isEqualTo(ExampleCsv.rows(expected.resolve(file)));
            } else if (name.endsWith(".pdf")) {
                assertThat(MonthEndScenarios.pdfText(actual.resolve(file))
                        .replace(DatabaseSettings.masked(actualDb.url()), "DATABASE")
                        .replace(actual.toString(), "OUTPUT").replaceAll(PREPARED_AT, "$1 AT"))
                        .as(name)
                        .isEqualTo(MonthEndScenarios.pdfText(expected.resolve(file))
                                .replace(DatabaseSettings.masked(expectedDb.url()), "DATABASE")
                                .replace(expected.toString(), "OUTPUT").replaceAll(PREPARED_AT, "$1 AT"));
            }
        }
        assertThat(files).as("statements compared").anyMatch(file -> file.startsWith("statements"));
    }

    private static List<Path> tree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).sorted().toList();
        }
    }
}
