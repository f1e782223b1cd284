package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;
import com.slacredits.jobs.cli.MonthEndArguments;

import com.slacredits.domain.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile input through the real command line: either the run stops before it writes
 * anything, with one sentence and the exit code of files.md, or it completes and every row it could
 * not read is in rejects.csv with its reason. Cases the other command tests pin are not repeated.
 */
class HostileInputCommandTest {

    private static final String CONTRACTS_HEADER = "contract_id,customer_id,customer_name,customer_email,edition,"
            + "service_id,annual_fee,currency,start_date,end_date,policy\n";
    private static final String CONTRACTS = CONTRACTS_HEADER
            + "K-1,CU-1,Acme,a@example.com,ENTERPRISE,svc-1,12000.00,EUR,2025-01-01,,\n";
    private static final String CLAIMS_HEADER =
            "claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate\n";
    private static final String CLAIMS = CLAIMS_HEADER + "CL-1,K-1,2026-10,2026-11-02T09:00:00+01:00,EMAIL,,\n";
    private static final String PROBES_HEADER = "service_id,checked_at,status\n";
    private static final String PROBES = PROBES_HEADER + "svc-1,2026-10-03T12:00:10Z,UP\n";

    @TempDir
    Path work;

    Path input;
    Path output;
    TestDatabase database;

    @BeforeEach
    void setUp() throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        output = work.resolve("out");
        database = TestDatabase.h2(work);
        write("contracts.csv", CONTRACTS);
        write("claims.csv", CLAIMS);
        write("probes.csv", PROBES);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void anEmptyClaimsFileStopsTheRunBeforeAnythingIsWritten() throws IOException {
        write("claims.csv", "");

        CommandRun run = monthEnd();

        assertStoppedBeforeWriting(run, ExitCode.FAILED, "claims.csv is empty: it has no header row.");
    }

    @Test
    void anEmptyProbesFileStopsTheRunBeforeAnythingIsWritten() throws IOException {
        write("probes-2.csv", "");

        CommandRun run = monthEnd();

        assertStoppedBeforeWriting(run, ExitCode.FAILED, "probes-2.csv is empty: it has no header row.");
    }

    @Test
    void headerOnlyClaimsAndProbesFilesCompleteWithNothingDecidedAndNothingRejected() throws IOException {
        write("claims.csv", CLAIMS_HEADER);
        write("probes.csv", PROBES_HEADER);

        CommandRun run = monthEnd();

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(run.out()).contains("Claims decided: 0\n", "Rows rejected: none\n")
                .doesNotContain("No claims.csv in the input");
        assertThat(ExampleCsv.rows(output.resolve("decisions.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(output.resolve("rejects.csv"))).isEmpty();
    }

    @Test
    void aColumnNamedTwiceStopsTheRunBeforeAnythingIsWritten() throws IOException {
        write("probes.csv", "service_id,checked_at,status, status\nsvc-1,2026-10-03T12:00:10Z,UP,DOWN\n");

        CommandRun run = monthEnd();

        assertStoppedBeforeWriting(run, ExitCode.FAILED, "probes.csv names the column status twice.");
    }

    @Test
    void aLatin1ContractRowIsRejectedAndTheClaimsOnItWaitForAGoodRow() throws IOException {
        ByteArrayOutputStream contracts = new ByteArrayOutputStream();
        contracts.writeBytes(CONTRACTS_HEADER.getBytes(StandardCharsets.UTF_8));
        contracts.writeBytes("K-1,CU-1,M\u00fcller GmbH,a@example.com,ENTERPRISE,svc-1,12000.00,EUR,2025-01-01,,\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        // a good row beside it: a file no row of which can be read is the wrong file (WrongFileRule)
        contracts.writeBytes("K-2,CU-2,Other,b@example.com,ENTERPRISE,svc-2,12000.00,EUR,2025-01-01,,\n"
                .getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("contracts.csv"), contracts.toByteArray());

        CommandRun run = monthEnd();

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(output.resolve("rejects.csv"))).singleElement().satisfies(reject -> assertThat(reject)
                .containsEntry("file", "contracts.csv").containsEntry("line", "2")
                .containsEntry("reason", "the row is not valid UTF-8"));
        // decided now, CL-1 would be REJECTED UNKNOWN_CONTRACT for good, though its contract is right there
        assertThat(ExampleCsv.rows(output.resolve("decisions.csv"))).isEmpty();
        assertThat(run.out()).contains("Claims waiting for a good contracts.csv row of their contract: CL-1 (K-1)\n");
    }

    /** The October example with a byte-order mark before every header, as Excel saves "CSV UTF-8". */
    @Test
    void aByteOrderMarkOnEveryFileDecidesOctoberExactlyAsWithout() throws IOException {
        Path marked = copyOfOctober(text -> "\uFEFF" + text);

        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + marked,
                "--output=" + output);

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        MonthEndScenarios.assertExpectedOctober(output);
    }

    @Test
    void crlfLineEndsDecideOctoberExactlyAsLf() throws IOException {
        // most example files are CRLF already, probes.csv is LF: make every one CRLF, without doubling a CR
        Path crlf = copyOfOctober(text -> text.replace("\r\n", "\n").replace("\n", "\r\n"));

        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + crlf,
                "--output=" + output);

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        MonthEndScenarios.assertExpectedOctober(output);
    }

    @Test
    void aLineOfOneMebibyteIsARejectedRowAndTheRunGoesOn() throws IOException {
        String huge = "s".repeat(1 << 20) + ",2026-10-03T12:01:10Z,DOWN";
        write("probes.csv", PROBES + huge + "\nsvc-1,2026-10-03T12:02:10Z,UP\n");

        CommandRun run = monthEnd();

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        List<Map<String, String>> rejects = ExampleCsv.rows(output.resolve("rejects.csv"));
        // compared piecewise: a failure message holding the megabyte would bury what differs
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).get("file") + ":" + rejects.get(0).get("line") + " " + rejects.get(0).get("reason"))
                .isEqualTo("probes.csv:3 service_id is longer than 200 characters");
        String raw = rejects.get(0).get("raw");
        // the run record keeps 4,000 characters of a row's text (RunRecord), enough to find it by its line
        assertThat(raw.length()).isEqualTo(4000);
        assertThat(raw.equals(huge.substring(0, 3999) + "\u2026")).as("raw is the row's start and an ellipsis").isTrue();
        assertThat(ExampleCsv.rows(output.resolve("decisions.csv"))).extracting(row -> row.get("claim_id"))
                .containsExactly("CL-1");
    }

    @Test
    void aQuoteNeverClosedRejectsOneRowTheRowsAfterItAreDecidedAndItsContractsClaimsWait() throws IOException {
        write("contracts.csv", CONTRACTS
                + "K-2,CU-2,\"Brightside,b@example.com,STARTER,svc-1,9000.00,EUR,2025-01-01,,\n"
                + "K-3,CU-3,Cobalt,c@example.com,STARTER,svc-1,9000.00,EUR,2025-01-01,,\n");
        write("claims.csv", CLAIMS
                + "CL-2,K-1,\"2026-10,2026-11-02T10:00:00+01:00,EMAIL,,\n"
                + "CL-3,K-3,2026-10,2026-11-02T11:00:00+01:00,EMAIL,,\n"
                + "CL-4,K-2,2026-10,2026-11-02T12:00:00+01:00,EMAIL,,\n");

        CommandRun run = monthEnd();

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(output.resolve("rejects.csv")))
                .extracting(r -> r.get("file") + ":" + r.get("line") + " " + r.get("reason"))
                .containsExactly("claims.csv:3 the row has a quoted field that is not closed properly",
                        "contracts.csv:3 the row has a quoted field that is not closed properly");
        assertThat(ExampleCsv.rows(output.resolve("decisions.csv"))).extracting(row -> row.get("claim_id"))
                .containsExactly("CL-1", "CL-3");
        assertThat(run.out()).contains("Claims waiting for a good contracts.csv row of their contract: CL-4 (K-2)\n");
    }

    /** The last instant a file may hold, in every file that holds instants: nothing after reading may overflow. */
    @Test
    void instantsInTheYear9999AreReadAndDecided() throws IOException {
        write("claims.csv", CLAIMS + "CL-2,K-1,2026-10,9999-12-31T23:59:59.999999999Z,EMAIL,,\n"
                + "CL-3,K-1,9999-12,9999-12-31T23:59:59Z,EMAIL,,\n");
        write("probes.csv", PROBES + "svc-1,9999-12-31T23:59:59Z,DOWN\n");
        write("windows.csv", "window_id,service_id,cause,starts_at,ends_at,announced_at\n"
                + "W-1,svc-1,MAINTENANCE,2026-10-20T00:00:00Z,9999-12-31T23:59:59Z,9999-12-31T23:59:59Z\n");

        CommandRun run = monthEnd();

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(output.resolve("rejects.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(output.resolve("decisions.csv")))
                .extracting(row -> row.get("claim_id") + " " + row.get("outcome") + " " + row.get("reason"))
                .containsExactly("CL-1 REJECTED NO_CREDIT_DUE", "CL-2 REJECTED LATE");
        assertThat(run.out()).contains("Claims still pending: 1\n");
    }

    @Test
    void aMissingInputIsAUsageErrorSayingSo() {
        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--output=" + output);

        assertStoppedBeforeWriting(run, ExitCode.USAGE, "--input is required.");
    }

    @Test
    void anInputThatIsARegularFileIsAUsageErrorSayingItIsAFile() {
        Path file = input.resolve("claims.csv");

        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + file,
                "--output=" + output);

        assertStoppedBeforeWriting(run, ExitCode.USAGE, "The input " + file + " is a file, not a folder.");
    }

    @Test
    void anOutputInsideTheInputIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path inside = input.resolve("results").resolve("2026-11");
        Path link = Files.createSymbolicLink(work.resolve("link-to-in"), input);

        for (Path out : List.of(inside, input, link.resolve("results"))) {
            CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + input,
                    "--output=" + out);

            assertStoppedBeforeWriting(run, ExitCode.USAGE, "The output folder " + out + " is inside the input folder "
                    + input + ": give an output folder outside it.");
        }
        assertThat(input.resolve("results")).doesNotExist();
        try (Stream<Path> files = Files.list(input)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("contracts.csv", "claims.csv", "probes.csv");
        }
    }

    @Test
    void customerIdsWithSeparatorsDotsOrControlCharactersWriteNothingOutsideTheOutput() throws IOException {
        Path absolute = work.resolve("absolute");
        // each id, if it named a file as written, would land in the temp folder this test walks
        Map<String, String> expectedFiles = Map.of(
                "../../escaped", "%2E.%2F..%2Fescaped.pdf",
                "..", "%2E..pdf",
                absolute.toString(), absolute.toString().replace("/", "%2F") + ".pdf",
                "CU\u0001bell\u0007", "CU%01bell%07.pdf",
                "CU\nnew line", "CU%0Anew%20line.pdf",
                "CU\u007F", "CU%7F.pdf");
        StringBuilder contracts = new StringBuilder(CONTRACTS_HEADER);
        StringBuilder claims = new StringBuilder(CLAIMS_HEADER);
        int n = 0;
        for (String customer : expectedFiles.keySet()) {
            n++;
            contracts.append("K-").append(n).append(",\"").append(customer)
                    .append("\",Mallory,m@example.com,STARTER,svc-1,1200.00,EUR,2025-01-01,,\n");
            // PHONE: decided at once, NOT_IN_WRITING, and so given a statement
            claims.append("CL-").append(n).append(",K-").append(n).append(",2026-10,2026-11-02T09:00:00Z,PHONE,,\n");
        }
        write("contracts.csv", contracts.toString());
        write("claims.csv", claims.toString());

        CommandRun run = monthEnd();

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(ExampleCsv.rows(output.resolve("rejects.csv"))).isEmpty();
        assertThat(ExampleCsv.rows(output.resolve("decisions.csv"))).extracting(row -> row.get("reason"))
                .hasSize(expectedFiles.size()).containsOnly("NOT_IN_WRITING");
        try (Stream<Path> statements = Files.list(output.resolve("statements"))) {
            assertThat(statements.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(expectedFiles.values());
        }
        try (Stream<Path> all = Files.walk(work)) {
            List<Path> strays = all.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(output) && !file.startsWith(input)
                            && !(file.getParent().equals(work) && file.getFileName().toString().startsWith("db.")))
                    .collect(Collectors.toList());
            assertThat(strays).as("files written outside --output").isEmpty();
        }
    }

    /** Exactly one sentence (and, for a usage error, the usage line), no output folder, no database. */
    private void assertStoppedBeforeWriting(CommandRun run, ExitCode code, String sentence) {
        assertThat(run.code()).isEqualTo(code);
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines.get(0)).isEqualTo(sentence);
        assertThat(lines).hasSize(code == ExitCode.USAGE ? 2 : 1);
        if (code == ExitCode.USAGE) {
            assertThat(lines.get(1)).isEqualTo(MonthEndArguments.USAGE);
        }
        assertThat(output).doesNotExist();
        assertThat(work.resolve("db.mv.db")).as("no database created").doesNotExist();
    }

    private Path copyOfOctober(java.util.function.UnaryOperator<String> change) throws IOException {
        Path copy = Files.createDirectories(work.resolve("october"));
        try (Stream<Path> files = Files.list(ExampleCsv.EXAMPLE.resolve("input"))) {
            for (Path file : files.toList()) {
                Files.writeString(copy.resolve(file.getFileName()),
                        change.apply(Files.readString(file, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            }
        }
        return copy;
    }

    private CommandRun monthEnd() {
        return CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + input, "--output=" + output);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(input.resolve(name), content, StandardCharsets.UTF_8);
    }
}
