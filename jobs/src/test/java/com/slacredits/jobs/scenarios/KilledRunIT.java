package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month-end killed with SIGKILL, then started again with the same command, as an operator would.
 * Killed while it renders statements: the run resumes, every statement exists exactly once and is a
 * complete PDF, and the ones rendered before the kill are not rendered again. Killed while it decides
 * automatic periods: each is decided once.
 */
class KilledRunIT {

    private static final int CUSTOMERS = 800;

    @TempDir
    Path work;

    @Test
    void aRunKilledWhileRenderingResumesAndRendersEachStatementOnce() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        StringBuilder contracts = new StringBuilder("contract_id,customer_id,customer_name,customer_email,edition,"
                + "service_id,annual_fee,currency,start_date,end_date,policy\n");
        StringBuilder claims = new StringBuilder("claim_id,contract_id,service_month,received_at,channel,"
                + "claimed_downtime_minutes,terminate\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            contracts.append(String.format("K-%04d,CU-%04d,Customer %04d,c%d@example.com,GROWTH,svc-1,12000.00,EUR,"
                    + "2025-01-01,,%n", i, i, i, i));
            claims.append(String.format("CL-%04d,K-%04d,2026-10,2026-11-02T09:00:00+01:00,EMAIL,,%n", i, i));
        }
        Files.writeString(input.resolve("contracts.csv"), contracts);
        Files.writeString(input.resolve("claims.csv"), claims);
        // monitoring data for October, or every claim would wait for it (credit rules, section 7)
        Files.writeString(input.resolve("probes.csv"), "service_id,checked_at,status\nsvc-1,2026-10-03T12:00:10Z,UP\n");
        Path out = work.resolve("out");
        Path statements = out.resolve("statements");

        Process first = start(input, out, "first.txt");
        while (first.isAlive() && pdfs(statements).size() < 40) {
            Thread.sleep(10);
        }
        assertThat(first.isAlive()).as("the run was still rendering when killed").isTrue();
        first.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        Map<Path, FileTime> beforeKill = new HashMap<>();
        for (Path pdf : pdfs(statements)) {
            beforeKill.put(pdf, Files.getLastModifiedTime(pdf));
        }
        assertThat(beforeKill.size()).isBetween(40, CUSTOMERS - 1);

        Process second = start(input, out, "second.txt");
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(work.resolve("second.txt"), StandardCharsets.UTF_8);

        assertThat(second.exitValue()).as(console).isZero();
        assertThat(console).contains("Resuming");
        List<Path> rendered = pdfs(statements);
        assertThat(rendered).hasSize(CUSTOMERS);
        for (Path pdf : rendered) {
            String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            assertThat(text).startsWith("%PDF").contains("%%EOF");
        }
        try (Stream<Path> all = Files.list(statements)) {
            assertThat(all.filter(p -> !p.toString().endsWith(".pdf"))).as("no temporary files left").isEmpty();
        }
        for (Map.Entry<Path, FileTime> earlier : beforeKill.entrySet()) {
            assertThat(Files.getLastModifiedTime(earlier.getKey())).isEqualTo(earlier.getValue());
        }
        assertThat(ExampleCsv.rows(out.resolve("decisions.csv"))).hasSize(CUSTOMERS);
    }

    /**
     * Automatic periods are decided by the run itself, with no claim to mark: killed while deciding
     * them, the run resumes and decides each contract's October exactly once.
     *
     * <p>On MariaDB (skipped without it). On H2 this case failed about once in eight runs on a busy
     * machine, with H2 itself reporting its file damaged after the kill ("Row 85 not found in primary
     * index claim_DATA") when the same command resumed: a defect of the embedded database after
     * SIGKILL, not of the resume, and one that a test of resuming cannot assert away.
     */
    @Test
    void aRunKilledWhileDecidingAutomaticPeriodsDecidesEachOnce() throws Exception {
        assumeTrue(TestDatabase.mysqlAvailable(), "no MySQL on " + TestDatabase.MYSQL_HOST + ": skipped");
        int contracts = 2_000;
        Path input = Files.createDirectories(work.resolve("in"));
        StringBuilder rows = new StringBuilder("contract_id,customer_id,customer_name,customer_email,edition,"
                + "service_id,annual_fee,currency,start_date,end_date,policy\n");
        for (int i = 0; i < contracts; i++) {
            rows.append(String.format("K-%04d,CU-%04d,Customer %04d,c%d@example.com,BACKEND_API,iot-1,12000.00,EUR,"
                    + "2025-01-01,,iot-cloud-2022%n", i, i, i, i));
        }
        Files.writeString(input.resolve("contracts.csv"), rows);
        StringBuilder probes = new StringBuilder("service_id,checked_at,status\n");
        probes.append("iot-1,2026-10-02T00:00:00Z,UP\n");
        for (int minute = 0; minute < 50; minute++) {
            probes.append(String.format("iot-1,2026-10-10T12:%02d:00Z,DOWN%n", minute));
        }
        Files.writeString(input.resolve("probes.csv"), probes);
        // Deciding 2,000 contracts takes about two seconds here, and nothing but the step before it
        // ends with a line. How soon after that line to kill depends on the machine, so the kill
        // waits longer when it came before the first chunk committed, and less when deciding was
        // already over, each time on a fresh database, until it lands in the middle.
        Path out = null;
        TestDatabase db = null;
        long afterKill = 0;
        long delay = 700;
        for (int attempt = 1; attempt <= 8; attempt++) {
            if (db != null) {
                db.close();
            }
            db = TestDatabase.mysql("sla_credits_killed_", "?rewriteBatchedStatements=true");
            out = work.resolve("out-" + attempt);
            Process first = start(input, out, "first-" + attempt + ".txt", db.springArguments());
            Path console = work.resolve("first-" + attempt + ".txt");
            while (first.isAlive() && !Files.readString(console, StandardCharsets.UTF_8).contains("step claims")) {
                Thread.sleep(10);
            }
            Thread.sleep(delay);
            first.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
            afterKill = countDecisions(db);
            if (afterKill > 0 && afterKill < contracts) {
                break;
            }
            delay = afterKill == 0 ? delay * 2 : Math.max(10, delay / 3);
        }
        assertThat(afterKill).as("killed while deciding").isBetween(1L, contracts - 1L);

        try {
            resumeAndCheck(input, out, db, contracts);
        } finally {
            db.close();
        }
    }

    private void resumeAndCheck(Path input, Path out, TestDatabase db, int contracts) throws Exception {
        Process second = start(input, out, "second.txt", db.springArguments());
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String console = Files.readString(work.resolve("second.txt"), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(console).isZero();
        assertThat(countDecisions(db)).isEqualTo(contracts);
        List<Map<String, String>> written = ExampleCsv.rows(out.resolve("decisions.csv"));
        // Once in eight runs under load, two decisions stored by the resumed run were missing from its
        // decisions.csv; say which, and what the database holds of them, should it happen again.
        assertThat(written).as(() -> missingFromExport(db, written)).hasSize(contracts);
        assertThat(written).extracting(row -> row.get("claim_id")).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("AUTO-K-\\d{4}-2026-10"));
        assertThat(written).allSatisfy(row -> assertThat(row).containsEntry("credit_pct", "15.000")
                .containsEntry("amount", "150.00").containsEntry("channel", "SYSTEM"));
        assertThat(ExampleCsv.rows(out.resolve("adjustments.csv"))).hasSize(contracts);
    }

    private static String missingFromExport(TestDatabase db, List<Map<String, String>> written) {
        java.util.Set<String> exported = new java.util.HashSet<>();
        written.forEach(row -> exported.add(row.get("claim_id")));
        StringBuilder report = new StringBuilder("decisions stored but not exported:");
        try (java.sql.Connection c = db.connect();
                java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT d.claim_id, d.run_id, c.claim_id AS "
                        + "registered FROM claim_decision d LEFT JOIN claim c ON c.claim_id = d.claim_id")) {
            while (rs.next()) {
                if (!exported.contains(rs.getString(1))) {
                    report.append(String.format(" %s (run %d, claim row %s)", rs.getString(1), rs.getLong(2),
                            rs.getString(3) == null ? "missing" : "present"));
                }
            }
        } catch (java.sql.SQLException e) {
            report.append(" (database not readable: ").append(e.getMessage()).append(')');
        }
        return report.toString();
    }

    private static long countDecisions(TestDatabase db) {
        try {
            return db.count("SELECT COUNT(*) FROM claim_decision");
        } catch (java.sql.SQLException notYet) {
            return 0;
        }
    }

    private Process start(Path input, Path out, String console) throws IOException {
        return start(input, out, console,
                "jdbc:h2:file:" + work.resolve("db") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
    }

    private Process start(Path input, Path out, String console, String url) throws IOException {
        return start(input, out, console, new String[] {"--spring.datasource.url=" + url});
    }

    private Process start(Path input, Path out, String console, String[] database) throws IOException {
        Path jar = Path.of("target", "sla-credits.jar").toAbsolutePath();
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "month-end", "--as-of=2026-11-05", "--input=" + input, "--output=" + out,
                // every contract here is credited alike, which the credit brake would hold (exit 4): these
                // tests are about resuming, so both runs post what they decide
                "--release-held"));
        command.addAll(List.of(database));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(console).toFile())
                .start();
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
        }
    }
}
