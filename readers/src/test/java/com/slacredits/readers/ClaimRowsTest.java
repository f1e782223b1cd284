package com.slacredits.readers;

import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.readAll;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Claim;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ClaimRowsTest {

    private static final String HEADER =
            "claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate\n";

    @TempDir
    Path folder;

    @Test
    void aClaimSeenAgainWithTheSameContentIsPassedOverSilently() throws Exception {
        Path file = write(folder, "claims.csv", HEADER
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n"
                + "CL-02,K-A2,2026-10,2026-11-02T10:00:00+01:00,PORTAL,,\n"
                + "CL-01,K-A1,2026-10,2026-11-02T08:15:00Z,EMAIL,84,false\n"
                + "CL-03,K-B1,2026-10,2026-11-03T08:00:00Z,LETTER,200,\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(results).extracting(ReadResult::line).containsExactly(2L, 3L, 5L);
        assertThat(values(results)).extracting(Claim::claimId).containsExactly("CL-01", "CL-02", "CL-03");
    }

    @Test
    void aClaimSeenAgainWithDifferentContentIsRejected() throws Exception {
        Path file = write(folder, "claims.csv", HEADER
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n"
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,90,\n"
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(results).hasSize(2);
        assertThat(values(results)).singleElement()
                .satisfies(claim -> assertThat(claim.claimedDowntimeMinutes()).hasValue(84));
        assertThat(rejections(results)).containsExactly(new RejectedRow("claims.csv", 3,
                "claim CL-01 appears again with different content", "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,90,"));
    }

    @Test
    void aRejectedFirstRowLeavesItsIdFree() throws Exception {
        Path file = write(folder, "claims.csv", HEADER
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00,EMAIL,84,\n"
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(results).extracting(ReadResult::isAccepted).containsExactly(false, true);
    }

    @Test
    void aRestartStillKnowsTheClaimsReadBeforeIt() throws Exception {
        Path file = write(folder, "claims.csv", HEADER
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n"
                + "CL-02,K-A2,2026-10,2026-11-02T10:00:00+01:00,PORTAL,,\n"
                + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n"
                + "CL-02,K-A2,2026-10,2026-11-02T10:00:00+01:00,PORTAL,,true\n");
        ExecutionContext context = new ExecutionContext();
        context.putLong("claims.read.count", 2);

        List<ReadResult<Claim>> results = readAll(new CsvFileReader<>("claims", file, new ClaimRows()), context);

        assertThat(rejections(results)).containsExactly(new RejectedRow("claims.csv", 5,
                "claim CL-02 appears again with different content", "CL-02,K-A2,2026-10,2026-11-02T10:00:00+01:00,PORTAL,,true"));
        assertThat(results).hasSize(1);
    }

    @Test
    void eachFileHasItsOwnMemoryOfClaims() throws Exception {
        Path file = write(folder, "claims.csv", HEADER + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n");

        CsvFileReader<Claim> reader = new CsvFileReader<>("claims", file, new ClaimRows());
        List<ReadResult<Claim>> first = readAll(reader);
        List<ReadResult<Claim>> second = readAll(reader);

        assertThat(values(first)).hasSize(1);
        assertThat(values(second)).hasSize(1);
    }
}
