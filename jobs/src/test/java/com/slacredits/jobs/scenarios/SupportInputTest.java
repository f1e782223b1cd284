package com.slacredits.jobs.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.jobs.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row checks of tickets.csv that need the database (support SLAs, section 1): the contract exists
 * and covers the local day, in its pack's zone, on which the ticket was reported, and the pack lists
 * the priority. Boundaries: the first and the last covered day, both in the pack's zone, not UTC's.
 */
class SupportInputTest {

    @TempDir
    Path work;

    private TestDatabase database;

    @BeforeEach
    void createDatabase() {
        database = TestDatabase.h2(work);
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aTicketNeedsAKnownContractCoveringItsDayInThePacksZoneAndAPriorityOfThePack() throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Files.writeString(input.resolve("contracts.csv"), """
                contract_id,customer_id,customer_name,edition,service_id,annual_fee,currency,start_date,end_date
                K-1,CU-1,Acme,ENTERPRISE,svc-1,12000.00,EUR,2026-10-05,2026-10-20
                """);
        Files.writeString(input.resolve("tickets.csv"), """
                ticket_id,contract_id,priority,reported_at,responded_at,resolved_at
                T-1,K-9,P2,2026-10-06T10:00:00+02:00,2026-10-06T10:30:00+02:00,2026-10-06T11:00:00+02:00
                T-2,K-1,P2,2026-10-04T23:30:00+02:00,2026-10-05T09:30:00+02:00,2026-10-05T10:00:00+02:00
                T-3,K-1,P2,2026-10-04T22:30:00Z,2026-10-05T09:30:00+02:00,2026-10-05T10:00:00+02:00
                T-4,K-1,P2,2026-10-20T23:59:59+02:00,2026-10-21T09:30:00+02:00,2026-10-21T10:00:00+02:00
                T-5,K-1,P2,2026-10-21T00:00:00+02:00,2026-10-21T09:30:00+02:00,2026-10-21T10:00:00+02:00
                T-6,K-1,P9,2026-10-06T10:00:00+02:00,2026-10-06T10:30:00+02:00,2026-10-06T11:00:00+02:00
                """);
        Path out = work.resolve("out");

        CommandRun run = CommandRun.of(database, "month-end", "--as-of=2026-11-05", "--input=" + input,
                "--output=" + out);

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.COMPLETED);
        List<Map<String, String>> rejects = ExampleCsv.rows(out.resolve("rejects.csv"));
        assertThat(rejects).extracting(row -> row.get("line") + " " + row.get("reason")).containsExactly(
                "2 contract K-9 is not known",
                "3 contract K-1 does not cover 2026-10-04, the day ticket T-2 was reported",
                "6 contract K-1 does not cover 2026-10-21, the day ticket T-5 was reported",
                "7 priority P9 is not one that pack standard-2024 lists (P1, P2, P3, P4)");
        assertThat(ExampleCsv.rows(out.resolve("support.csv"))).extracting(row -> row.get("ticket_id"))
                .containsExactly("T-3", "T-4");
    }
}
