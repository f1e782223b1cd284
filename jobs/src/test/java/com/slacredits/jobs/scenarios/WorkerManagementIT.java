package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's management port, through the packaged jar on the real MySQL/MariaDB and RabbitMQ:
 * health (database and broker) and Prometheus without sign-in, on 127.0.0.1 only, nothing else
 * exposed; and a worker without the setting opens no port.
 */
class WorkerManagementIT {

    @TempDir
    Path work;

    @Test
    void healthAndPrometheusOnLoopbackOnly() throws Exception {
        // a queue of its own: one left on the broker by an earlier version would make the worker refuse to start
        String queue = "sla-credits-it-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        assumeTrue(TestDatabase.mysqlAvailable() && RemoteWorkersIT.brokerAvailable(), "MySQL/MariaDB and RabbitMQ");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (TestDatabase database = TestDatabase.mysql()) {
            ProcessBuilder worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", Path.of("target", "sla-credits.jar").toAbsolutePath().toString(), "worker",
                    "--spring.datasource.url=" + database.url(), "--spring.datasource.username=" + database.username(),
                    "--spring.rabbitmq.host=127.0.0.1", "--sla-credits.workers.queue=" + queue)
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("worker.txt").toFile());
            worker.environment().put("MANAGEMENT_SERVER_PORT", Integer.toString(port));
            Process process = worker.start();
            try {
                HttpResponse<String> health = awaitHealth(port, process);
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\":{\"status\":\"UP\"}",
                        "\"rabbit\":{\"status\":\"UP\"}");

                HttpResponse<String> scrape = get(port, "/actuator/prometheus");
                assertThat(scrape.statusCode()).isEqualTo(200);
                assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge", "rabbitmq_");
                assertThat(get(port, "/actuator/env").statusCode()).isEqualTo(404);
                assertThat(Files.readString(work.resolve("worker.txt")))
                        .contains("Health and Prometheus on http://127.0.0.1:" + port + "/actuator.");

                Optional<InetAddress> outside = siteAddress();
                if (outside.isPresent()) {
                    try (Socket socket = new Socket()) {
                        org.assertj.core.api.Assertions.assertThatThrownBy(() -> socket.connect(
                                new InetSocketAddress(outside.get(), port), 2_000))
                                .as("the port listens on 127.0.0.1 only").isInstanceOf(java.io.IOException.class);
                    }
                }
            } finally {
                process.destroy();
                process.waitFor(2, TimeUnit.MINUTES);
                RemoteWorkersIT.deleteQueues(queue);
            }
        }
    }

    private static HttpResponse<String> awaitHealth(int port, Process worker) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline) && worker.isAlive()) {
            try {
                return get(port, "/actuator/health");
            } catch (java.io.IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the worker's management port " + port + " never answered");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An address of this host other than loopback, if it has one. */
    private static Optional<InetAddress> siteAddress() throws Exception {
        for (NetworkInterface network : List.copyOf(java.util.Collections.list(NetworkInterface.getNetworkInterfaces()))) {
            for (InetAddress address : java.util.Collections.list(network.getInetAddresses())) {
                if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
