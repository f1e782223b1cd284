package com.slacredits.jobs.store;

import com.slacredits.jobs.scenarios.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.RejectedRow;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.RunRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The middle tier: the repositories a run's records live in, on their own, on the migrated schema of
 * H2 and of MySQL/MariaDB (skipped, saying so, without a server on 127.0.0.1:3306). Between the
 * domain's unit tests and the command-line scenarios, these pin what SQL does that Java cannot see:
 * paging, collations, and statements that must run once.
 */
class StoredRunRecordsTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private JdbcTemplate jdbc;

    private void open(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_records_");
        jdbc = database.jdbc();
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    /** More rows than a page, in files whose names a case-insensitive collation orders otherwise than Java. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void rejectedRowsComeBackInFileOrderAcrossPagesAndFilesWhateverTheCollation(String vendor) {
        open(vendor);
        RunRecord record = new RunRecord(jdbc);
        List<RejectedRow> rows = new ArrayList<>();
        for (String file : List.of("claims.csv", "Probes-2.csv", "probes-1.csv")) {
            // written backwards, so that only ordering on read can give file order
            IntStream.iterate(6_001, line -> line >= 2, line -> line - 1)
                    .forEach(line -> rows.add(new RejectedRow(file, line, "bad", "raw " + line)));
        }
        record.reject(7, rows);
        record.reject(8, List.of(new RejectedRow("claims.csv", 2, "another run", "x")));

        List<RejectedRow> read = new ArrayList<>();
        record.rejectsOfRunInFileOrder(7).forEachRemaining(read::add);

        assertThat(read).hasSize(rows.size()).isSortedAccordingTo(RejectedRow.IN_FILE_ORDER)
                .containsExactlyInAnyOrderElementsOf(rows);
        assertThat(read.get(0)).isEqualTo(new RejectedRow("Probes-2.csv", 2, "bad", "raw 2"));
        assertThat(record.rejectCountOfRun(7)).isEqualTo(rows.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aRowRejectedAgainAfterARestartIsRecordedOnce(String vendor) {
        open(vendor);
        RunRecord record = new RunRecord(jdbc);
        RejectedRow row = new RejectedRow("claims.csv", 14, "claim_id is missing", ",K-1,2026-10");

        record.reject(3, List.of(row));
        record.reject(3, List.of(row));

        assertThat(record.rejectCountOfRun(3)).isEqualTo(1);
    }

    /**
     * A claim is pending while it has no decision, and what a run counted as pending at its end stays
     * what it counted, whatever is decided later.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void pendingAtTheEndOfARunIsRecordedOnceAndKept(String vendor) {
        open(vendor);
        ClaimRegister register = new ClaimRegister(jdbc);
        register.register(List.of(claim("CL-1", "K-1"), claim("cl-1", "K-1"), claim("CL-2", "K-9")), 1);
        decide("CL-1", 1);

        register.notePendingAtEndOf(1);
        assertThat(register.pendingAtEndOf(1)).isEqualTo(2);
        assertThat(register.pendingOf("K-1")).extracting(Claim::claimId).containsExactly("cl-1");

        decide("cl-1", 2);
        register.notePendingAtEndOf(1);
        register.notePendingAtEndOf(2);

        assertThat(register.pendingAtEndOf(1)).isEqualTo(2);
        assertThat(register.pendingAtEndOf(2)).isEqualTo(1);
        assertThat(register.pendingOf("K-1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aClaimWaitsForItsContractOnlyWhileTheContractIsKnownFromRejectedRowsAlone(String vendor) {
        open(vendor);
        ClaimRegister register = new ClaimRegister(jdbc);
        register.register(List.of(claim("CL-1", "K-2"), claim("CL-2", "K-3")), 1);
        jdbc.update("INSERT INTO withheld_contract (contract_id, run_id) VALUES ('K-2', 1), ('k-3', 1)");

        register.notePendingAtEndOf(1);

        // K-3 was withheld as k-3: ids are case-sensitive on MySQL too (V3, V10)
        assertThat(register.waitingForContractAtEndOf(1)).extracting(Claim::claimId).containsExactly("CL-1");
    }

    private void decide(String claimId, long runId) {
        jdbc.update("INSERT INTO claim_decision (claim_id, run_id, contract_id, period, outcome, reason, termination) "
                + "VALUES (?, ?, 'K-1', '2026-10', 'REJECTED', 'LATE', 'NONE')", claimId, runId);
    }

    private static Claim claim(String claimId, String contractId) {
        return new Claim(claimId, contractId, ServicePeriod.parse("2026-10"), Instant.parse("2026-11-02T08:00:00Z"),
                Channel.EMAIL, OptionalLong.empty(), false);
    }
}
