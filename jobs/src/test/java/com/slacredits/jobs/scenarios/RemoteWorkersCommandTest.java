package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/**
 * What --workers=remote and the worker command refuse, each in one sentence: a database no other
 * process can see, and a broker that cannot be reached.
 */
class RemoteWorkersCommandTest {

    @TempDir
    Path work;

    private String[] monthEnd(String... more) {
        String[] base = {"month-end", "--as-of=2026-11-05", "--input=" + ExampleCsv.EXAMPLE.resolve("input"),
                "--output=" + work.resolve("out"), "--workers=remote"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void remoteWorkersOnTheEmbeddedDatabaseAreRefused() {
        CommandRun run = CommandRun.of(null, monthEnd("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db")));

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip()).startsWith("--workers=remote needs the database the workers share")
                .doesNotContain("\n");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void remoteWorkersForADryRunAreRefused() {
        CommandRun run = CommandRun.of(null, monthEnd("--dry-run",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/none"));

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip()).startsWith("--workers=remote does not go with --dry-run").doesNotContain("\n");
    }

    @Test
    void workersAreRemoteOrLocal() {
        CommandRun run = CommandRun.of(null, "month-end", "--as-of=2026-11-05",
                "--input=" + ExampleCsv.EXAMPLE.resolve("input"), "--output=" + work.resolve("out"), "--workers=cloud");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--workers is remote or local, not 'cloud'.");
    }

    @Test
    void aWorkerOnTheEmbeddedDatabaseIsRefused() {
        CommandRun run = CommandRun.of(null, "worker", "--spring.datasource.url=jdbc:h2:file:" + work.resolve("db"));

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip()).startsWith("A worker needs the database the month-end runs share")
                .doesNotContain("\n");
    }

    @Test
    void aBrokerThatCannotBeReachedIsOneSentenceAndExitOne() {
        assumeTrue(TestDatabase.mysqlAvailable(), "MySQL/MariaDB on " + TestDatabase.MYSQL_HOST);
        try (TestDatabase database = TestDatabase.mysql()) {
            // nothing listens on port 1
            CommandRun manager = CommandRun.of(database, monthEnd("--spring.rabbitmq.host=127.0.0.1",
                    "--spring.rabbitmq.port=1"));
            CommandRun worker = CommandRun.of(database, "worker", "--spring.rabbitmq.host=127.0.0.1",
                    "--spring.rabbitmq.port=1");

            for (CommandRun run : new CommandRun[] {manager, worker}) {
                assertThat(run.code()).isEqualTo(ExitCode.FAILED);
                assertThat(run.err().strip()).startsWith("RabbitMQ at 127.0.0.1:1 cannot be reached: ")
                        .endsWith("run the same command again once it is up.").doesNotContain("\n", "\tat ");
            }
            assertThat(work.resolve("out")).doesNotExist();
        }
    }

    /**
     * A queue an earlier version declared (no dead-letter queue) is refused by the broker when a
     * worker declares it as it is now: the worker says so in one sentence and does not start, rather
     * than run on a queue that drops what it refuses.
     */
    @Test
    void aWorkerOnAQueueDeclaredOtherwiseIsOneSentenceAndExitOne() {
        assumeTrue(TestDatabase.mysqlAvailable() && RemoteWorkersIT.brokerAvailable(), "MySQL/MariaDB and RabbitMQ");
        String queue = "sla-credits-old-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        CachingConnectionFactory broker = new CachingConnectionFactory(RemoteWorkersIT.BROKER_HOST,
                RemoteWorkersIT.BROKER_PORT);
        try (TestDatabase database = TestDatabase.mysql()) {
            new RabbitAdmin(broker).declareQueue(new Queue(queue, true));

            CommandRun worker = CommandRun.of(database, "worker", "--sla-credits.workers.queue=" + queue);

            assertThat(worker.code()).isEqualTo(ExitCode.FAILED);
            assertThat(worker.err().strip()).startsWith("The queue " + queue + " on RabbitMQ at ")
                    .contains("cannot be declared with its dead-letter queue (", "PRECONDITION_FAILED")
                    .endsWith("(rabbitmqctl delete_queue " + queue + ") and start the worker again.")
                    .doesNotContain("\n", "\tat ");
            assertThat(worker.out()).doesNotContain("Worker ready");
        } finally {
            new RabbitAdmin(broker).deleteQueue(queue);
            new RabbitAdmin(broker).deleteQueue(queue + ".dead");
            broker.destroy();
        }
    }
}
