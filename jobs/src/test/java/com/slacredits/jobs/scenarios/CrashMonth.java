package com.slacredits.jobs.scenarios;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A month big enough to kill the real jar in the middle of any phase, and the jar as an OS process
 * whose console is watched line by line as it arrives.
 *
 * <p>Five services fail in October, so with 20 services or more the month stays under both limits
 * of the credit brake (at most a quarter of the verified claims credited, credits a few per cent of
 * the fee base): every run completes with exit 0 without {@code --release-held}, and the tests run
 * the command exactly as a scheduler would.
 */
final class CrashMonth {

    private static final Instant OCTOBER = Instant.parse("2026-10-01T00:00:00Z");
    private static final int MINUTES = 31 * 24 * 60;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String[] EDITIONS = {"STARTER", "ESSENTIAL", "GROWTH", "ENTERPRISE", "CUSTOM"};

    final int services;
    final int contracts;
    final int automatic;
    final int customers;
    final int probeFiles;
    final int probeSeconds;

    /**
     * @param probeSeconds seconds between two probes of a service: 30 gives 89,280 rows a service
     * @param automatic contracts on the automatic iot-cloud-2022 pack, decided without a claim
     */
    CrashMonth(int services, int contracts, int automatic, int customers, int probeFiles, int probeSeconds) {
        this.services = services;
        this.contracts = contracts;
        this.automatic = automatic;
        this.customers = customers;
        this.probeFiles = probeFiles;
        this.probeSeconds = probeSeconds;
    }

    long probeRows() {
        return (long) services * (MINUTES * 60L / probeSeconds);
    }

    /** Writes the input folder; the same month always gives the same bytes. */
    void write(Path input) throws IOException {
        Files.createDirectories(input);
        writeProbes(input);
        writeContractsAndClaims(input);
        // svc-1's outage is partly announced maintenance (excused), svc-2's maintenance came too late
        Files.writeString(input.resolve("windows.csv"), """
                window_id,service_id,cause,starts_at,ends_at,announced_at
                W-1,svc-01,MAINTENANCE,2026-10-06T10:00:00Z,2026-10-06T11:00:00Z,2026-10-01T09:00:00+02:00
                W-2,svc-02,MAINTENANCE,2026-10-07T10:00:00Z,2026-10-07T11:00:00Z,2026-10-07T09:00:00Z
                W-3,svc-03,THIRD_PARTY,2026-10-08T10:30:00Z,2026-10-08T10:45:00Z,
                """);
    }

    /**
     * Minutes of October (UTC) in which a service is down. svc-0 is down long enough for a material
     * breach under every edition; svc-1 to svc-4 for a credit tier; every seventh blips for three
     * minutes, too short to count; the rest never fail.
     */
    private static boolean down(int service, int minute) {
        if (service == 0) {
            return minute >= 9 * 1440 && minute < 9 * 1440 + 2_000;
        }
        if (service >= 1 && service <= 4) {
            int start = (4 + service) * 1440 + 600;
            return minute >= start && minute < start + 120;
        }
        if (service % 7 == 3) {
            int start = (service % 28 + 1) * 1440 + 300;
            return minute >= start && minute < start + 3;
        }
        return false;
    }

    private void writeProbes(Path input) throws IOException {
        byte[][] names = new byte[services][];
        for (int s = 0; s < services; s++) {
            names[s] = (serviceId(s) + ",").getBytes(StandardCharsets.US_ASCII);
        }
        byte[] up = ",UP\n".getBytes(StandardCharsets.US_ASCII);
        byte[] downStatus = ",DOWN\n".getBytes(StandardCharsets.US_ASCII);
        int steps = MINUTES * 60 / probeSeconds;
        int perFile = steps / probeFiles;
        for (int f = 0; f < probeFiles; f++) {
            Path file = input.resolve(String.format("probes-%02d.csv", f + 1));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
                out.write("service_id,checked_at,status\n".getBytes(StandardCharsets.US_ASCII));
                if (f == 0) {
                    // a timestamp without an offset: a rejected row the resumed run must report once
                    out.write("svc-00,2026-10-01T00:00:05,UP\n".getBytes(StandardCharsets.US_ASCII));
                }
                int last = f == probeFiles - 1 ? steps : (f + 1) * perFile;
                for (int step = f * perFile; step < last; step++) {
                    long second = (long) step * probeSeconds;
                    byte[] stamp = STAMP.format(OCTOBER.plusSeconds(second)).getBytes(StandardCharsets.US_ASCII);
                    int minute = (int) (second / 60);
                    for (int s = 0; s < services; s++) {
                        out.write(names[s]);
                        out.write(stamp);
                        out.write(down(s, minute) ? downStatus : up);
                    }
                }
            }
        }
    }

    private void writeContractsAndClaims(Path input) throws IOException {
        StringBuilder contractRows = new StringBuilder("contract_id,customer_id,customer_name,customer_email,edition,"
                + "service_id,annual_fee,currency,start_date,end_date,policy\n");
        StringBuilder invoices = new StringBuilder("invoice_id,contract_id,period_start,period_end,amount,currency\n");
        StringBuilder claims = new StringBuilder("claim_id,contract_id,service_month,received_at,channel,"
                + "claimed_downtime_minutes,terminate\n");
        for (int i = 0; i < contracts; i++) {
            int service = i % services;
            String contract = String.format("K-%05d", i);
            String currency = i % 3 == 0 ? "USD" : "EUR";
            String fee = (12_000 + (i % 17) * 1_000) + ".00";
            int customer = i % customers;
            contractRows.append(String.format("%s,%s,Customer %04d,cu-%04d@example.com,%s,%s,%s,%s,2025-01-01,,%n",
                    contract, customerId(customer), customer, customer, EDITIONS[i % EDITIONS.length],
                    serviceId(service), fee, currency));
            if (service == 0) {
                invoices.append(String.format("INV-%05d,%s,2026-01-01,2026-12-31,%s,%s%n", i, contract, fee, currency));
            }
            String month = "2026-10";
            String receivedAt = String.format("2026-11-0%dT%02d:%02d:00+01:00", 1 + i % 4, 8 + i % 9, i % 60);
            String channel = i % 2 == 0 ? "EMAIL" : "PORTAL";
            if (i % 50 == 7) {
                channel = "PHONE";
            }
            if (i % 50 == 13) {
                month = "2026-09";
            }
            String target = i % 100 == 29 ? "K-NOPE-" + i : contract;
            String claimed = i % 4 == 0 ? "100" : "";
            String terminate = service == 0 && i % 3 == 0 ? "true" : "";
            claims.append(String.format("CL-%05d,%s,%s,%s,%s,%s,%s%n", i, target, month, receivedAt, channel, claimed,
                    terminate));
            if (i % 50 == 21) {
                claims.append(String.format("CL-%05d-B,%s,2026-10,2026-11-04T12:00:00Z,LETTER,,%n", i, contract));
            }
        }
        for (int i = 0; i < automatic; i++) {
            int customer = (i * 7) % customers;
            contractRows.append(String.format("K-A%04d,%s,Customer %04d,cu-%04d@example.com,BACKEND_API,%s,"
                    + "24000.00,EUR,2025-01-01,,iot-cloud-2022%n", i, customerId(customer), customer, customer,
                    serviceId(i % services)));
        }
        // a channel nobody accepts: one rejected claims.csv row
        claims.append("CL-BAD,K-00001,2026-10,2026-11-02T10:00:00Z,FAX,,\n");
        Files.writeString(input.resolve("contracts.csv"), contractRows);
        Files.writeString(input.resolve("invoices.csv"), invoices);
        Files.writeString(input.resolve("claims.csv"), claims);
    }

    static String serviceId(int service) {
        return String.format("svc-%02d", service);
    }

    static String customerId(int customer) {
        return String.format("CU-%04d", customer);
    }

    /** The packaged jar of this module, as {@code verify} builds it before the integration tests. */
    static Path jar() {
        return Path.of("target", "sla-credits.jar").toAbsolutePath();
    }

    /** One run of the real jar, its stdout and stderr read as they arrive, into {@code console} too. */
    static final class Jar {

        final Process process;
        final Instant started;
        final long startedNanos = System.nanoTime();
        private final Path console;
        private final List<String> lines = new ArrayList<>();
        private final Thread pump;
        private final java.util.concurrent.CompletableFuture<Instant> ended;

        private Jar(Process process, Instant started, Path console) {
            this.process = process;
            this.started = started;
            this.console = console;
            this.pump = new Thread(this::pump, "console-" + console.getFileName());
            this.pump.setDaemon(true);
            this.pump.start();
            this.ended = process.onExit().thenApply(gone -> Instant.now());
        }

        static Jar start(Path console, List<String> arguments) throws IOException {
            // each process its own log file, beside its console, for the stack traces the console never
            // has; a system property, since the command line takes only --spring.* settings
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Dlogging.file.name=" + console.resolveSibling(console.getFileName() + ".log"),
                    "-jar", jar().toString()));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new Jar(process, Instant.now(), console);
        }

        private void pump() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); Writer file = Files.newBufferedWriter(console, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    file.write(line);
                    file.write('\n');
                    file.flush();
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                synchronized (lines) {
                    lines.add(null);
                    lines.notifyAll();
                }
            }
        }

        /** Waits for a console line that matches; false when the process ended or the time ran out first. */
        boolean awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            int seen = 0;
            synchronized (lines) {
                while (true) {
                    for (; seen < lines.size(); seen++) {
                        String line = lines.get(seen);
                        if (line == null) {
                            return false;
                        }
                        if (wanted.test(line)) {
                            return true;
                        }
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
        }

        /** SIGKILL: no shutdown hook, no rollback, no last line. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(1, TimeUnit.MINUTES);
            pump.join(TimeUnit.SECONDS.toMillis(30));
        }

        int awaitExit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the jar did not end within " + timeout + ":\n" + console());
            }
            pump.join(TimeUnit.SECONDS.toMillis(30));
            return process.exitValue();
        }

        /** When the process was seen to end; waits for that. */
        Instant ended() {
            return ended.join();
        }

        boolean printed(Predicate<String> wanted) {
            synchronized (lines) {
                return lines.stream().anyMatch(line -> line != null && wanted.test(line));
            }
        }

        String console() {
            synchronized (lines) {
                return String.join("\n", lines.stream().filter(line -> line != null).toList());
            }
        }
    }
}
