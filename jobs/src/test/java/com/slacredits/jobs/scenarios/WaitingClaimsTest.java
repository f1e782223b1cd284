package com.slacredits.jobs.scenarios;

import com.slacredits.jobs.cli.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two waiting rules of credit rules section 7, through the real command line: a data error never
 * becomes a customer's final rejection, and a month without monitoring data is not decided as if the
 * service had been up.
 */
class WaitingClaimsTest {

    private static final String CONTRACTS_HEADER =
            "contract_id,customer_id,customer_name,customer_email,edition,service_id,annual_fee,currency,start_date,end_date,policy\n";
    private static final String GOOD_K1 = "K-1,CU-1,Acme,a@example.com,ENTERPRISE,svc-1,12000.00,EUR,2025-01-01,,\n";
    private static final String CLAIMS = """
            claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate
            CL-1,K-1,2026-10,2026-11-02T09:00:00+01:00,EMAIL,,
            CL-2,K-2,2026-10,2026-11-02T09:00:00+01:00,EMAIL,,
            """;
    private static final String PROBES_SVC_1 = """
            service_id,checked_at,status
            svc-1,2026-10-03T12:00:10Z,UP
            """;

    @TempDir
    Path work;

    Path input;
    TestDatabase database;

    @BeforeEach
    void setUp() throws IOException {
        input = Files.createDirectories(work.resolve("in"));
        database = TestDatabase.h2(work);
        write("claims.csv", CLAIMS);
    }

    @Test
    void aClaimOnAContractWhoseRowWasRejectedWaitsAndIsDecidedOnceTheRowIsFixed() throws IOException {
        write("contracts.csv", CONTRACTS_HEADER + GOOD_K1
                + "K-2,CU-2,Bern,b@example.com,ENTERPRISE,svc-1,12000.00,EURO,2025-01-01,,\n");
        write("probes.csv", PROBES_SVC_1);

        CommandRun first = run("--as-of=2026-11-05", "--output=" + work.resolve("out-1"));

        assertThat(first.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(first.out()).contains("Claims decided: 1", "Claims still pending: 1",
                "Claims waiting for a good contracts.csv row of their contract: CL-2 (K-2)");
        assertThat(Files.readString(work.resolve("out-1/decisions.csv"))).contains("CL-1").doesNotContain("CL-2");

        write("contracts.csv", CONTRACTS_HEADER + "K-2,CU-2,Bern,b@example.com,ENTERPRISE,svc-1,12000.00,EUR,2025-01-01,,\n");
        CommandRun second = run("--as-of=2026-11-06", "--output=" + work.resolve("out-2"));

        assertThat(second.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(second.out()).contains("Claims decided: 1", "Claims still pending: 0")
                .doesNotContain("waiting for a good contracts.csv row");
        assertThat(Files.readString(work.resolve("out-2/decisions.csv"))).contains("CL-2,K-2,CU-2")
                .doesNotContain("UNKNOWN_CONTRACT");

        // run 1 written again after run 2 decided CL-2: its summary says what run 1 said
        Path again = work.resolve("again-1");
        CommandRun export = CommandRun.of(database, "export", "--run=1", "--output=" + again);
        assertThat(export.code()).as(export.err()).isEqualTo(ExitCode.COMPLETED);
        assertThat(export.out()).contains("Claims still pending: 1",
                "Claims waiting for a good contracts.csv row of their contract: CL-2 (K-2)");
        assertThat(MonthEndScenarios.pdfText(again.resolve("summary.pdf")))
                .isEqualTo(MonthEndScenarios.pdfText(work.resolve("out-1/summary.pdf")).replace(
                        work.resolve("out-1").toString(), again.toString()));
    }

    @Test
    void aClaimOnAContractNeverNamedIsStillAnUnknownContract() throws IOException {
        write("contracts.csv", CONTRACTS_HEADER + GOOD_K1);
        write("probes.csv", PROBES_SVC_1);

        CommandRun run = run("--as-of=2026-11-05", "--output=" + work.resolve("out"));

        assertThat(run.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(Files.readString(work.resolve("out/decisions.csv"))).contains("CL-2,K-2,,2026-10,REJECTED,UNKNOWN_CONTRACT");
    }

    @Test
    void aClaimOnAServiceWithNoProbeInItsMonthWaitsForMonitoringData() throws IOException {
        write("contracts.csv", CONTRACTS_HEADER + GOOD_K1);
        write("probes.csv", """
                service_id,checked_at,status
                svc-other,2026-10-03T12:00:10Z,UP
                svc-1,2026-11-03T12:00:10Z,UP
                """);

        CommandRun first = run("--as-of=2026-11-05", "--output=" + work.resolve("out-1"));

        assertThat(first.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(Files.readString(work.resolve("out-1/decisions.csv"))).doesNotContain("CL-1");
        assertThat(first.out()).contains("Claims still pending: 1",
                "Services without monitoring data in a period to decide: svc-1 2026-10");

        write("probes.csv", PROBES_SVC_1);
        CommandRun second = run("--as-of=2026-11-06", "--output=" + work.resolve("out-2"));

        assertThat(second.code()).isEqualTo(ExitCode.COMPLETED);
        assertThat(Files.readString(work.resolve("out-2/decisions.csv"))).contains("CL-1,K-1,CU-1,2026-10,REJECTED,NO_CREDIT_DUE");
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
