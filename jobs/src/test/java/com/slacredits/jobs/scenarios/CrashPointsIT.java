package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged jar killed with SIGKILL at four points of a month-end, then started again with the
 * same command, as a scheduler or an operator would: every time the resumed run must end exactly
 * where an uncrashed run of the same month ends, in its files and in its database.
 *
 * <p>On MySQL/MariaDB, where the run is deployed. The embedded H2 file database is one more
 * parameter, but a kill point costs two to three jar runs of 15 to 30 s each on the 2-core build
 * machine, so H2 doubles a class that already takes about three minutes: it runs with
 * {@code -Dcrash.h2=true} only (three of the four kill points; see the one after posting).
 */
class CrashPointsIT {

    /**
     * 2.2 M probe rows of 25 services in four files (the probe step takes 1.5 to 2 s), 1,000
     * contracts with a claim each and 100 automatic ones (deciding takes about 3 s), 150 customers
     * (statements take about 8 s). Below the credit brake's limits, so no run needs --release-held.
     */
    private static final CrashMonth MONTH = new CrashMonth(25, 1_000, 100, 150, 4, 30);
    private static final Duration RUN = Duration.ofMinutes(3);
    private static final int ATTEMPTS = 5;
    /** The tables a resumed run must leave exactly as an uncrashed one, row for row. */
    private static final List<String> TABLES = List.of("claim", "claim_decision", "invoice_adjustment", "contract",
            "invoice", "excused_window", "rejected_row", "monitoring_gap", "service_slots", "service_slots_delta",
            "withheld_contract", "held_run");
    private static final Pattern PROBES_ENDED = Pattern.compile("step probes\\s");
    private static final Pattern ANY_PROBE_FILE_ENDED = Pattern.compile("step probeFile:\\S+\\s+COMPLETED");

    @TempDir
    static Path work;

    private static Path input;
    private static final Map<Kind, Reference> REFERENCES = new EnumMap<>(Kind.class);

    enum Kind { MYSQL, H2 }

    /** What the uncrashed run of the month leaves: its output folder and its tables. */
    record Reference(Path out, Map<String, List<String>> tables) {

        long rows(String table) {
            return tables.get(table).size();
        }
    }

    /** A kill that landed, or why it did not: too early or too late for the phase. */
    record Landing(Where where, String observed) {
    }

    enum Where { TOO_EARLY, IN_PHASE, TOO_LATE }

    /**
     * Waits, then returns, and the run is killed. {@code knob} is what the wait adapts from one attempt
     * to the next: a delay in milliseconds, or for statements the number of PDFs to wait for.
     */
    @FunctionalInterface
    interface Kill {
        void into(CrashMonth.Jar jar, TestDatabase database, Path out, long knob) throws Exception;
    }

    @FunctionalInterface
    interface Check {
        Landing of(CrashMonth.Jar killed, TestDatabase database, Path out) throws Exception;
    }

    @BeforeAll
    static void month() throws IOException {
        input = work.resolve("in");
        MONTH.write(input);
    }

    static Stream<Kind> databases() {
        return Boolean.getBoolean("crash.h2") ? Stream.of(Kind.MYSQL, Kind.H2) : Stream.of(Kind.MYSQL);
    }

    /** Killed when the first probe file is in and the others are not. */
    @ParameterizedTest
    @MethodSource("databases")
    void killedDuringProbeIngest(Kind kind) throws Exception {
        crashAndResume(kind, "probes", firstDelay(kind), (jar, database, out, delay) -> {
            assertThat(jar.awaitLine(line -> ANY_PROBE_FILE_ENDED.matcher(line).find(), RUN)).isTrue();
            Thread.sleep(delay);
        }, (killed, database, out) -> {
            long deltas = database.count("SELECT COUNT(*) FROM service_slots_delta");
            long filesIn = database.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name LIKE "
                    + "'probeFile:%' AND status = 'COMPLETED'");
            String observed = deltas + " slot deltas stored, " + filesIn + " of " + MONTH.probeFiles
                    + " probe files recorded COMPLETED, slots merged for " + database.count(
                            "SELECT COUNT(*) FROM service_slots") + " service-months";
            if (killed.printed(line -> PROBES_ENDED.matcher(line).find())) {
                return new Landing(Where.TOO_LATE, observed);
            }
            return new Landing(deltas > 0 && filesIn < MONTH.probeFiles ? Where.IN_PHASE : Where.TOO_EARLY,
                    observed);
        });
    }

    /** Killed while the contracts are decided: some decisions committed, not all. */
    @ParameterizedTest
    @MethodSource("databases")
    void killedWhileDeciding(Kind kind) throws Exception {
        long decisions = reference(kind).rows("claim_decision");
        crashAndResume(kind, "decide", 1_000, (jar, database, out, delay) -> {
            assertThat(jar.awaitLine(line -> line.contains("step claims"), RUN)).isTrue();
            if (kind == Kind.MYSQL) {
                // The server answers while the run writes: kill as soon as the first chunk is in.
                long deadline = System.nanoTime() + RUN.toNanos();
                while (jar.process.isAlive() && System.nanoTime() < deadline
                        && database.count("SELECT COUNT(*) FROM claim_decision") == 0) {
                    Thread.sleep(20);
                }
            } else {
                // The embedded file cannot be read while the run has it open: a delay, adapted per attempt.
                Thread.sleep(delay);
            }
        }, (killed, database, out) -> {
            long stored = database.count("SELECT COUNT(*) FROM claim_decision");
            String observed = stored + " of " + decisions + " decisions stored";
            return new Landing(stored == 0 ? Where.TOO_EARLY : stored >= decisions ? Where.TOO_LATE : Where.IN_PHASE,
                    observed);
        });
    }

    /**
     * Killed the moment every adjustment is posted, before decisions.csv and the others are published.
     * Not on H2: the database that survives a SIGKILL there is the one of up to a second before (its
     * write delay), flushed in one piece, and in ten attempts it went from no adjustment posted
     * straight to writeDecisions completed; by either state the folder already held the CSVs.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void killedAfterPostingBeforeTheFiles(Kind kind) throws Exception {
        assumeTrue(kind != Kind.H2, "H2 keeps no state between posting and writing the files after a SIGKILL");
        long adjustments = reference(kind).rows("invoice_adjustment");
        crashAndResume(kind, "posted", firstDelay(kind), (jar, database, out, delay) -> {
            assertThat(jar.awaitLine(line -> line.contains("step postAdjustments"), RUN)).isTrue();
            Thread.sleep(delay);
        }, (killed, database, out) -> {
            long posted = database.count("SELECT COUNT(*) FROM invoice_adjustment");
            String status = database.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name = "
                    + "'postAdjustments' AND status = 'COMPLETED'") == 1 ? "COMPLETED" : "not yet COMPLETED";
            boolean written = database.count("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE step_name = "
                    + "'writeDecisions' AND status = 'COMPLETED'") > 0;
            String observed = posted + " of " + adjustments + " adjustments posted, step postAdjustments " + status
                    + " and writeDecisions " + (written ? "" : "not ") + "COMPLETED in the job repository, output "
                    + "folder " + listing(out);
            if (posted < adjustments) {
                return new Landing(Where.TOO_EARLY, observed);
            }
            return new Landing(Files.exists(out.resolve("decisions.csv")) ? Where.TOO_LATE : Where.IN_PHASE,
                    observed);
        });
    }

    /**
     * The wait after the line that announces a kill point. None on MySQL, which keeps every commit.
     * H2 writes its commits to the file up to a second late (its write delay), so a SIGKILL takes the
     * last ones with it: the kill waits past that, adapted per attempt.
     */
    private static long firstDelay(Kind kind) {
        return kind == Kind.H2 ? 700 : 0;
    }

    /** Killed once a part of the statements is rendered. */
    @ParameterizedTest
    @MethodSource("databases")
    void killedWhileRenderingStatements(Kind kind) throws Exception {
        int statements = pdfs(reference(kind).out()).size();
        crashAndResume(kind, "statements", statements / 5, (jar, database, out, wanted) -> {
            assertThat(jar.awaitLine(line -> line.contains("step writeRejects"), RUN)).isTrue();
            while (jar.process.isAlive() && pdfs(out).size() < wanted) {
                Thread.sleep(5);
            }
        }, (killed, database, out) -> {
            int rendered = pdfs(out).size();
            String observed = rendered + " of " + statements + " statements rendered, decisions.csv "
                    + (Files.exists(out.resolve("decisions.csv")) ? "written" : "absent");
            return new Landing(rendered == 0 ? Where.TOO_EARLY : rendered >= statements ? Where.TOO_LATE
                    : Where.IN_PHASE, observed);
        });
    }

    /**
     * Kills a run on a fresh database until the kill lands in the phase (the knob halves when it
     * came too late and doubles when too early), then runs the same command again and compares
     * everything with the uncrashed reference.
     */
    private void crashAndResume(Kind kind, String phase, long initialKnob, Kill kill, Check check) throws Exception {
        Reference reference = reference(kind);
        long knob = initialKnob;
        List<String> misses = new ArrayList<>();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Path folder = Files.createDirectories(work.resolve(kind + "-" + phase + "-" + attempt));
            TestDatabase database = newDatabase(kind, folder);
            List<CrashMonth.Jar> jars = new ArrayList<>();
            try {
                Path out = folder.resolve("out");
                List<String> command = command(database, out);
                CrashMonth.Jar first = CrashMonth.Jar.start(folder.resolve("killed.txt"), command);
                jars.add(first);
                kill.into(first, database, out, knob);
                long killedAt = System.nanoTime();
                assertThat(first.process.isAlive()).as("the run was still running when killed:\n%s", first.console())
                        .isTrue();
                first.kill();
                Landing landing = check.of(first, database, out);
                String lastLine = first.console().lines().reduce((a, b) -> b).orElse("");
                String report = String.format("%s %s attempt %d (knob %d): killed %.1f s after start, last line "
                        + "[%s]; %s", kind, phase, attempt, knob, (killedAt - first.startedNanos) / 1e9, lastLine,
                        landing.observed());
                System.out.println("CRASH " + report + " -> " + landing.where());
                if (landing.where() != Where.IN_PHASE) {
                    misses.add(report + " -> " + landing.where());
                    knob = landing.where() == Where.TOO_EARLY ? Math.max(knob * 2, 200) : knob / 2;
                    continue;
                }

                CrashMonth.Jar resumed = CrashMonth.Jar.start(folder.resolve("resumed.txt"), command);
                jars.add(resumed);
                int code = resumed.awaitExit(RUN);
                String console = resumed.console();
                System.out.println("CRASH " + kind + " " + phase + " resumed, exit " + code + ":\n"
                        + console.lines().filter(line -> !line.contains(" step ") || line.contains("COMPLETED"))
                                .map(line -> "    " + line).reduce((a, b) -> a + "\n" + b).orElse(""));
                assertThat(code).as(console).isZero();
                assertThat(console).contains("Recovered run", "left STARTED by a process that is gone",
                        "Resuming the run that stopped in " + out);
                assertSameAsReference(reference, database, out);
                return;
            } finally {
                // a failed assertion must not leave a jar writing into the database being dropped
                jars.stream().filter(jar -> jar.process.isAlive()).forEach(jar -> jar.process.destroyForcibly());
                database.close();
            }
        }
        throw new AssertionError("no kill landed in the " + phase + " phase in " + ATTEMPTS + " attempts:\n"
                + String.join("\n", misses));
    }

    private static void assertSameAsReference(Reference reference, TestDatabase database, Path out) throws Exception {
        for (String file : List.of("decisions.csv", "adjustments.csv", "rejects.csv")) {
            assertThat(ExampleCsv.rows(out.resolve(file))).as(file)
                    .isEqualTo(ExampleCsv.rows(reference.out().resolve(file)));
        }
        assertThat(ExampleCsv.rows(out.resolve("adjustments.csv"))).extracting(row -> row.get("adjustment_id"))
                .doesNotHaveDuplicates().isNotEmpty();
        // every statement exactly once: the same names, and nothing else in the folder (no .part left)
        assertThat(listing(out.resolve("statements"))).isEqualTo(listing(reference.out().resolve("statements")));
        for (Path pdf : pdfs(out)) {
            String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            assertThat(text).as(pdf.toString()).startsWith("%PDF").contains("%%EOF");
        }
        assertThat(listing(out)).isEqualTo(listing(reference.out()));
        Map<String, List<String>> tables = tables(database);
        for (String table : TABLES) {
            assertThat(tables.get(table)).as(table).isEqualTo(reference.tables().get(table));
        }
        assertThat(database.count("SELECT COUNT(DISTINCT claim_id) FROM claim_decision"))
                .isEqualTo(reference.rows("claim_decision"));
        assertThat(database.count("SELECT COUNT(DISTINCT adjustment_id) FROM invoice_adjustment"))
                .isEqualTo(reference.rows("invoice_adjustment"));
    }

    private static synchronized Reference reference(Kind kind) throws Exception {
        if (kind == Kind.MYSQL) {
            requireMySql();
        }
        Reference known = REFERENCES.get(kind);
        if (known != null) {
            return known;
        }
        Path folder = Files.createDirectories(work.resolve(kind + "-reference"));
        try (TestDatabase database = newDatabase(kind, folder)) {
            Path out = folder.resolve("out-ref");
            CrashMonth.Jar run = CrashMonth.Jar.start(folder.resolve("console.txt"), command(database, out));
            int code = run.awaitExit(RUN);
            System.out.println("CRASH " + kind + " reference run, exit " + code + ", "
                    + Duration.between(run.started, run.ended()).toMillis() / 1000.0 + " s:\n" + run.console());
            assertThat(code).as(run.console()).isZero();
            Reference reference = new Reference(out, tables(database));
            // a month that does not exercise posting or statements would prove nothing about them
            assertThat(reference.rows("invoice_adjustment")).isGreaterThan(100);
            assertThat(pdfs(out)).hasSizeGreaterThan(100);
            REFERENCES.put(kind, reference);
            return reference;
        }
    }

    private static void requireMySql() {
        boolean available = TestDatabase.mysqlAvailable();
        if (!available) {
            System.out.println("SKIPPED: no MySQL/MariaDB on " + TestDatabase.MYSQL_HOST
                    + ", so the crash-point tests on MySQL did not run.");
        }
        assumeTrue(available, "MySQL/MariaDB on " + TestDatabase.MYSQL_HOST);
    }

    private static List<String> command(TestDatabase database, Path out) {
        List<String> command = new ArrayList<>(List.of("month-end", "--as-of=2026-11-05", "--input=" + input,
                "--output=" + out));
        command.addAll(List.of(database.springArguments()));
        return command;
    }

    /** A fresh database, on the server with batched inserts as the benchmark runs it, or an H2 file. */
    private static TestDatabase newDatabase(Kind kind, Path folder) {
        if (kind == Kind.H2) {
            return TestDatabase.h2(folder);
        }
        requireMySql();
        return TestDatabase.mysql("crash_", "?rewriteBatchedStatements=true");
    }


    /** Every row of every compared table as text, sorted; binary columns as their SHA-256. */
    private static Map<String, List<String>> tables(TestDatabase database) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            if (value instanceof java.sql.Blob blob) {
                                // H2 hands out BLOBs as locators, Connector/J as bytes
                                value = blob.getBytes(1, (int) blob.length());
                            }
                            row.append(meta.getColumnLabel(i).toLowerCase()).append('=')
                                    .append(value instanceof byte[] bytes ? sha256(bytes) : value).append(' ');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        return tables;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> pdfs(Path out) throws IOException {
        Path folder = out.resolve("statements");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            files.forEach(p -> names.add(p.getFileName().toString()));
            return List.copyOf(names);
        }
    }
}
