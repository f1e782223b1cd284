package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;

import com.slacredits.domain.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and bad input, through the real command line: a clear sentence, the right exit code, nothing half-written. */
class MonthEndInputTest {

    private static final String CONTRACTS = """
            contract_id,customer_id,customer_name,customer_email,edition,service_id,annual_fee,currency,start_date,end_date,policy
            K-1,CU-1,Acme,a@example.com,ENTERPRISE,svc-1,12000.00,EUR,2025-01-01,,
            """;
    private static final String CLAIMS = """
            claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate
            CL-1,K-1,2026-10,2026-11-02T09:00:00+01:00,EMAIL,,
            """;

    @TempDir
    Path work;

    Path input;
    TestDatabase database;

    @BeforeEach
    void setUp() throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        database = TestDatabase.h2(work);
        write("contracts.csv", CONTRACTS);
        write("claims.csv", CLAIMS);
    }

    @Test
    void aMissingColumnStopsTheRunBeforeAnythingIsWritten() throws IOException {
        write("claims.csv", """
                claim_id,contract_id,service_month,channel
                CL-1,K-1,2026-10,EMAIL
                """);

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("claims.csv").contains("received_at");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(Files.exists(work.resolve("db.mv.db"))).as("no database created").isFalse();
    }

    @Test
    void aProbesFileMostOfWhoseRowsAreBadStopsTheRunBeforeAnythingIsWritten() throws IOException {
        // The October export with the offset removed from every checked_at: the wrong file, not bad rows.
        StringBuilder probes = new StringBuilder("service_id,checked_at,status\n");
        for (int minute = 0; minute < 600; minute++) {
            probes.append(String.format("svc-1,2026-10-03T%02d:%02d:10,UP%n", minute / 60, minute % 60));
        }
        probes.append("svc-1,2026-10-03T12:00:10Z,UP\n".repeat(599));
        write("probes-02.csv", probes.toString());

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("probes-02.csv is probably not a probes file: 600 of its first 1,199 rows cannot "
                + "be read (line 2: checked_at has no UTC offset", "run the same command again");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(Files.exists(work.resolve("db.mv.db"))).as("no database created").isFalse();
    }

    @Test
    void aProbesFileWithHalfItsRowsBadIsReadWithTheBadRowsRejected() throws IOException {
        write("probes.csv", "service_id,checked_at,status\n" + "svc-1,2026-10-03T12:00:10,UP\n".repeat(5)
                + "svc-1,2026-10-03T12:00:10Z,UP\n".repeat(5));

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run.out()).contains("Rows rejected: probes.csv 5");
    }

    /** A new --output would give an empty run: every claim is decided. The run's files come again from export. */
    @Test
    void theSameCommandAfterACompletedRunNamesTheExportThatWritesItsFilesAgain() throws IOException {
        Path out = work.resolve("out");
        assertThat(run("--as-of=2026-11-05", "--output=" + out).code()).isEqualTo(ExitCode.COMPLETED);

        CommandRun again = run("--as-of=2026-11-05", "--output=" + out);

        assertThat(again.code()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err().strip()).isEqualTo("Run 1 with the same --as-of, --input and --output has already "
                + "completed, its files in " + out + "; to write them again from the database, give: java -jar "
                + "sla-credits.jar export --run=1 --output=NEW-FOLDER with this command's --spring.* and --sla-credits.* "
                + "settings.");
        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + work.resolve("again"));
        assertThat(export.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(work.resolve("again/decisions.csv")).hasSameTextualContentAs(out.resolve("decisions.csv"));
    }

    // --- the wrong-file rule for every input file (issue 22): all rows, or more than half of 100 or more ---

    /** The case: a contracts export in the wrong case rejects every row; it was "Claims decided: 0", exit 0. */
    @Test
    void aContractsExportEveryRowOfWhichIsUnreadableStopsTheRunBeforeAnythingIsWritten() throws IOException {
        write("contracts.csv", CONTRACTS.replace("ENTERPRISE", "enterprise"));

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("contracts.csv is probably not a contracts file: 1 of its first 1 rows cannot be "
                + "read (line 2: edition", "run the same command again");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(Files.exists(work.resolve("db.mv.db"))).as("no database created").isFalse();
    }

    @Test
    void aTicketsExportEveryRowOfWhichIsUnreadableStopsTheRunBeforeAnythingIsWritten() throws IOException {
        write("tickets.csv", "ticket_id,contract_id,priority,reported_at,responded_at,resolved_at\n"
                + "T-1,K-1,P2,yesterday,,\n".repeat(3));

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("tickets.csv is probably not a tickets file: 3 of its first 3 rows");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(Files.exists(work.resolve("db.mv.db"))).as("no database created").isFalse();
    }

    @Test
    void fiftyOneOfAHundredClaimsUnreadableStopTheRunAndFiftyDoNot() throws IOException {
        write("claims.csv", claims(49, 51));
        CommandRun wrong = run("--as-of=2026-11-05", "--output=" + work.resolve("wrong"));
        assertThat(wrong.code()).isEqualTo(ExitCode.FAILED);
        assertThat(wrong.err()).contains("claims.csv is probably not a claims file: 51 of its first 100 rows cannot be "
                + "read (line 51: received_at");
        assertThat(work.resolve("wrong")).doesNotExist();

        write("claims.csv", claims(50, 50));
        CommandRun half = run("--as-of=2026-11-05", "--output=" + work.resolve("half"));
        assertThat(half.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(half.out()).contains("Rows rejected: claims.csv 50");
    }

    /** Below 100 rows only a file with no readable row is the wrong one: 50 of 99 are rows to reject. */
    @Test
    void fiftyOfNinetyNineClaimsUnreadableAreRejectedRows() throws IOException {
        write("claims.csv", claims(49, 50));

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run.out()).contains("Rows rejected: claims.csv 50");
    }

    /** Past the sample read before the run, the claims step applies the same rule to every row read so far. */
    @Test
    void aClaimsFileThatGoesBadAfterItsStartStopsTheRunInItsStep() throws IOException {
        write("claims.csv", claims(com.slacredits.readers.WrongFileRule.SAMPLE_ROWS,
                com.slacredits.readers.WrongFileRule.SAMPLE_ROWS + 1));

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err()).contains("claims.csv is probably not a claims file: 10,001 of the first 20,001 rows cannot "
                + "be read");
        assertThat(work.resolve("out/decisions.csv")).doesNotExist();
    }

    /** {@code good} readable claims on K-1, then {@code bad} whose received_at has no offset. */
    private static String claims(int good, int bad) {
        StringBuilder rows = new StringBuilder("claim_id,contract_id,service_month,received_at,channel,"
                + "claimed_downtime_minutes,terminate\n");
        for (int i = 0; i < good + bad; i++) {
            rows.append("CL-").append(i).append(",K-1,2026-10,2026-11-02T09:00:00").append(i < good ? "+01:00" : "")
                    .append(",EMAIL,,\n");
        }
        return rows.toString();
    }

    @Test
    void anUnreachableDatabaseIsOneSentenceNamingItsUrlWithoutUserOrPassword() {
        CommandRun run = CommandRun.of(null, "month-end", "--input=" + input, "--as-of=2026-11-05",
                "--output=" + work.resolve("out"),
                "--spring.datasource.url=jdbc:mysql://finance:s3cret-1@127.0.0.1:1/sla?password=s3cret-1",
                "--spring.datasource.password=s3cret-1");

        assertThat(run.code()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("The database at jdbc:mysql://127.0.0.1:1/sla?password=**** cannot be reached");
        assertThat(run.out() + run.err()).doesNotContain("s3cret-1").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void anInvalidPolicyPackStopsTheRunWithExitCodeTwoBeforeAnythingIsWritten() throws IOException {
        Path policies = Files.createDirectories(work.resolve("policies"));
        Files.writeString(policies.resolve("acme.yaml"), """
                id: acme-2026
                name: Acme SLA
                zone: Europe/Amsterdam
                period: MONTH
                minOutageMinutes: 5
                excusedCauses: [MAINTENANCE]
                claims: REQUIRED
                claimWindow: P30D
                editions:
                  GOLD:
                    guarantee: 99.9
                    schedule: AVAILABILITY_TIERS
                    tiers:
                      - {atLeast: 98, credit: 10}
                      - {atLeast: 99, credit: 20}
                    breach: {credit: 30, remedy: CREDIT}
                """);

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"), "--policies=" + policies);

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("acme.yaml", "editions.GOLD.tiers");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(Files.exists(work.resolve("db.mv.db"))).as("no database created").isFalse();
    }

    @Test
    void aPoliciesFolderThatDoesNotExistIsAUsageError() {
        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"),
                "--policies=" + work.resolve("nowhere"));

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("The policies folder", "does not exist");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void withoutAClaimsFileTheRunStillDecidesAndSaysTheFileWasAbsent() throws IOException {
        Files.delete(input.resolve("claims.csv"));

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run.out()).contains("No claims.csv in the input", "Claims decided: 0");
    }

    @Test
    void aBadRowOfEachFileGoesToRejectsWithFileLineAndReason() throws IOException {
        write("contracts.csv", CONTRACTS + "K-2,CU-2,Bad Fee,b@example.com,GROWTH,svc-1,12.345,EUR,2025-01-01,,\n");
        write("invoices.csv", """
                invoice_id,contract_id,period_start,period_end,amount,currency
                INV-1,K-1,2026-01-01,2026-12-31,12000.00,EUR
                INV-2,K-1,2026-13-01,2026-12-31,100.00,EUR
                """);
        // each file has a good row too: one every row of which is bad is the wrong file (WrongFileRule)
        write("windows.csv", """
                window_id,service_id,cause,starts_at,ends_at,announced_at
                W-1,svc-1,MAINTENANCE,2026-10-20T03:00:00Z,2026-10-20T02:00:00Z,
                W-2,svc-1,MAINTENANCE,2026-10-21T02:00:00Z,2026-10-21T03:00:00Z,
                """);
        write("probes.csv", """
                service_id,checked_at,status
                svc-1,2026-10-03T12:00:10Z,DOWN
                svc-1,2026-10-03T12:01:10Z,MAYBE
                """);
        write("claims.csv", CLAIMS + "CL-2,K-1,2026-10,2026-11-02T09:00:00+01:00,FAX,,\n");

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        List<Map<String, String>> rejects = ExampleCsv.rows(work.resolve("out/rejects.csv"));
        assertThat(rejects).extracting(r -> r.get("file") + ":" + r.get("line")).containsExactly(
                "claims.csv:3", "contracts.csv:3", "invoices.csv:3", "probes.csv:3", "windows.csv:2");
        assertThat(rejects).extracting(r -> r.get("raw")).containsExactly(
                "CL-2,K-1,2026-10,2026-11-02T09:00:00+01:00,FAX,,",
                "K-2,CU-2,Bad Fee,b@example.com,GROWTH,svc-1,12.345,EUR,2025-01-01,,",
                "INV-2,K-1,2026-13-01,2026-12-31,100.00,EUR",
                "svc-1,2026-10-03T12:01:10Z,MAYBE",
                "W-1,svc-1,MAINTENANCE,2026-10-20T03:00:00Z,2026-10-20T02:00:00Z,");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("reason")).isNotBlank());
        assertThat(ExampleCsv.rows(work.resolve("out/decisions.csv"))).extracting(r -> r.get("claim_id"))
                .containsExactly("CL-1");
        assertThat(run.out()).contains("Rows rejected: claims.csv 1, contracts.csv 1, invoices.csv 1, probes.csv 1, "
                + "windows.csv 1");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAreDefused() throws IOException {
        write("claims.csv", CLAIMS + "=1+2,K-1,2026-10,2026-11-02T10:00:00+01:00,EMAIL,,\n");
        write("probes.csv", "service_id,checked_at,status\n=cmd|' /C calc'!A0,2026-10-03T12:00:10,UP\n"
                + "svc-1,2026-10-03T12:00:10Z,UP\n");

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        String decisions = Files.readString(work.resolve("out/decisions.csv"));
        assertThat(decisions).contains("'=1+2,K-1,CU-1,2026-10,REJECTED,DUPLICATE");
        assertThat(Files.readString(work.resolve("out/rejects.csv"))).contains("'=cmd|");
        assertThat(ExampleCsv.rows(work.resolve("out/decisions.csv")))
                .allSatisfy(row -> row.values().forEach(cell -> assertThat(cell).doesNotStartWith("=")));
    }

    @Test
    void aValueTooLongForItsColumnIsARejectedRowNotACrash() throws IOException {
        String longId = "CL-" + "9".repeat(120);
        write("claims.csv", CLAIMS + longId + ",K-1,2026-10,2026-11-02T10:00:00+01:00,EMAIL,,\n");

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        List<Map<String, String>> rejects = ExampleCsv.rows(work.resolve("out/rejects.csv"));
        assertThat(rejects).singleElement().satisfies(r -> {
            assertThat(r.get("line")).isEqualTo("3");
            assertThat(r.get("reason")).contains("claim_id is longer than 100 characters");
        });
    }

    @Test
    void aNonEmptyOutputFolderIsRefusedWithExitCodeTwo() throws IOException {
        Path out = Files.createDirectories(work.resolve("out"));
        Files.writeString(out.resolve("decisions.csv"), "an earlier run's results");

        CommandRun run = run("--as-of=2026-11-05", "--output=" + out);

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("is not empty");
        assertThat(Files.readString(out.resolve("decisions.csv"))).isEqualTo("an earlier run's results");
        assertThat(Files.list(out).count()).isEqualTo(1);
    }

    @Test
    void aBadAsOfIsAUsageErrorWithAHint() {
        CommandRun run = run("--as-of=2026-11-31", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--as-of must be a date like 2026-11-05", "Usage: java -jar");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void anAsOfFarBeyondTheDataOrTheOutputsIsAUsageErrorAndWritesNothing() {
        for (String asOf : new String[] {"9999-12-31", "+10000-01-01"}) {
            CommandRun run = run("--as-of=" + asOf, "--output=" + work.resolve("out"));

            assertThat(run.code()).as(asOf).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(asOf).contains("lies more than a year after today");
            assertThat(work.resolve("out")).doesNotExist();
        }
    }

    @Test
    void missingOrUnknownArgumentsAreUsageErrors() {
        assertThat(CommandRun.of(null, "month-end", "--as-of=2026-11-05").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandRun.of(null, "month-start").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandRun.of(null, "month-end", "--as-of=2026-11-05", "--input=" + input, "--output=x",
                "--verbose").code()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandRun.of(null, "month-end", "--as-of=2026-11-05", "--input=" + work.resolve("nowhere"),
                "--output=x").err()).contains("does not exist");
    }

    private CommandRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "month-end";
        all[1] = "--input=" + input;
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandRun.of(database, all);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(input.resolve(name), content);
    }
}
