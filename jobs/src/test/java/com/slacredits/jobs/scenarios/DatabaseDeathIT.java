package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that dies in the middle of a run: the test starts a MariaDB server of its own, on a port
 * of its own, runs the real jar against it, kills the server with SIGKILL while the run decides, and
 * starts it again on the same data. The run fails with exit 1 and one sentence; the same command then
 * resumes it, and every automatic period is decided and posted exactly once.
 */
class DatabaseDeathIT {

    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    private static final int CONTRACTS = 2_000;

    @TempDir
    Path work;

    private Process server;
    private int port;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRunWhoseDatabaseDiesFailsInOneSentenceAndTheSameCommandResumesItOnceItIsBack() throws Exception {
        assumeTrue(Files.isExecutable(MARIADBD) && Files.isExecutable(INSTALL_DB),
                "SKIPPED: no MariaDB server binaries (" + MARIADBD + ", " + INSTALL_DB + ") to start a database of our own");
        Path data = work.resolve("mariadb");
        Process install = new ProcessBuilder(INSTALL_DB.toString(), "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db", "--user=" + System.getProperty("user.name"))
                .redirectErrorStream(true).redirectOutput(work.resolve("install.txt").toFile()).start();
        assertThat(install.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(install.exitValue()).as(Files.readString(work.resolve("install.txt"))).isZero();
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        startServer(data);
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/mysql", "root", "")) {
            c.createStatement().execute("CREATE DATABASE sla CHARACTER SET utf8mb4");
        }
        String url = "jdbc:mysql://127.0.0.1:" + port + "/sla?rewriteBatchedStatements=true";
        Path input = automaticMonth();
        Path out = work.resolve("out");

        Process first = month(input, out, url, "first.txt");
        Path console = work.resolve("first.txt");
        while (first.isAlive() && !Files.readString(console, StandardCharsets.UTF_8).contains("step claims")) {
            Thread.sleep(10);
        }
        // deciding 2,000 contracts takes seconds: the server dies in the middle of it
        Thread.sleep(500);
        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(first.waitFor(3, TimeUnit.MINUTES)).as("the run ends once its database is gone").isTrue();
        String died = Files.readString(console, StandardCharsets.UTF_8);

        assertThat(first.exitValue()).as(died).isEqualTo(1);
        assertThat(died).contains("The run failed: the database at jdbc:mysql://127.0.0.1:" + port
                + "/sla?rewriteBatchedStatements=true went away", "Run the same command again once it is back");
        assertThat(died).as("no stack trace on the console").doesNotContain("\tat ", "Exception:");
        died.lines().filter(line -> line.contains("went away")).forEach(line -> System.out.println("observed: " + line));

        startServer(data);
        Process second = month(input, out, url, "second.txt");
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String resumed = Files.readString(work.resolve("second.txt"), StandardCharsets.UTF_8);

        assertThat(second.exitValue()).as(resumed).isZero();
        assertThat(resumed).containsAnyOf("Recovered run 1", "Resuming the run");
        assertThat(count(url, "SELECT COUNT(*) FROM claim_decision")).isEqualTo(CONTRACTS);
        assertThat(count(url, "SELECT COUNT(DISTINCT claim_id) FROM invoice_adjustment")).isEqualTo(CONTRACTS);
        assertThat(count(url, "SELECT COUNT(*) FROM invoice_adjustment")).isEqualTo(CONTRACTS);
        List<Map<String, String>> decisions = ExampleCsv.rows(out.resolve("decisions.csv"));
        assertThat(decisions).hasSize(CONTRACTS).extracting(row -> row.get("claim_id")).doesNotHaveDuplicates();
        assertThat(ExampleCsv.rows(out.resolve("adjustments.csv"))).hasSize(CONTRACTS);
    }

    private void startServer(Path data) throws IOException, InterruptedException {
        server = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + data, "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + work.resolve("mariadb.sock"), "--pid-file="
                + work.resolve("mariadb.pid"), "--user=" + System.getProperty("user.name"), "--skip-log-bin")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.txt")
                        .toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("MariaDB did not listen on " + port + ": " + Files.readString(work.resolve("server.txt")));
    }

    /** 2,000 contracts under an automatic pack, all down for 50 minutes of October: 2,000 credits to decide. */
    private Path automaticMonth() throws IOException {
        Path input = Files.createDirectories(work.resolve("in"));
        StringBuilder rows = new StringBuilder("contract_id,customer_id,customer_name,customer_email,edition,"
                + "service_id,annual_fee,currency,start_date,end_date,policy\n");
        for (int i = 0; i < CONTRACTS; i++) {
            rows.append(String.format("K-%04d,CU-%04d,Customer %04d,c%d@example.com,BACKEND_API,iot-1,12000.00,EUR,"
                    + "2025-01-01,,iot-cloud-2022%n", i, i, i, i));
        }
        Files.writeString(input.resolve("contracts.csv"), rows);
        StringBuilder probes = new StringBuilder("service_id,checked_at,status\niot-1,2026-10-02T00:00:00Z,UP\n");
        for (int minute = 0; minute < 50; minute++) {
            probes.append(String.format("iot-1,2026-10-10T12:%02d:00Z,DOWN%n", minute));
        }
        Files.writeString(input.resolve("probes.csv"), probes);
        return input;
    }

    private Process month(Path input, Path out, String url, String console) throws IOException {
        Path jar = Path.of("target", "sla-credits.jar").toAbsolutePath();
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "month-end", "--as-of=2026-11-05", "--input=" + input, "--output=" + out,
                // 2,000 contracts credited alike are what the credit brake holds; this test is about resuming
                "--release-held", "--spring.datasource.url=" + url, "--spring.datasource.username=root",
                "--spring.datasource.password=",
                // a dead server is noticed in seconds, not after Hikari's default 30 s wait for a connection
                "--spring.datasource.hikari.connection-timeout=3000")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(console).toFile())
                .start();
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", ""); ResultSet rs = c.createStatement()
                .executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
