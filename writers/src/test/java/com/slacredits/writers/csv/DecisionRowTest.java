package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Edition;
import com.slacredits.domain.Reason;
import com.slacredits.domain.Termination;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRowTest {

    private final DecisionRow row = new DecisionRow();

    private String line(ClaimDecision decision) {
        return String.join(",", row.cells(decision));
    }

    @Test
    void headerIsTheColumnOrderOfFilesMd() {
        assertThat(String.join(",", DecisionRow.HEADER)).isEqualTo(
                "claim_id,contract_id,customer_id,service_month,outcome,reason,availability_pct,guarantee_pct,"
                        + "credit_pct,claimed_downtime_minutes,verified_downtime_minutes,excused_minutes,amount,"
                        + "currency,termination");
        assertThat(row.header()).isEqualTo(DecisionRow.HEADER);
        assertThat(row.fileName()).isEqualTo("decisions.csv");
    }

    @Test
    void creditShowsVerificationTierAndAmount() {
        assertThat(line(October.CL_01)).isEqualTo("CL-01,K-A1,CU-1,2026-10,CREDIT,TIER,99.887,99.900,10.000,84,50,60,500.00,EUR,NONE");
        assertThat(line(October.CL_03)).isEqualTo("CL-03,K-B1,CU-3,2026-10,CREDIT,TIER,99.642,99.850,10.000,200,160,0,200.00,USD,NONE");
        assertThat(line(October.CL_05)).isEqualTo("CL-05,K-C2,CU-5,2026-10,CREDIT,TIER,96.644,99.800,30.000,,1500,0,300.00,EUR,NONE");
    }

    @Test
    void creditWithRefusedTerminationSaysDenied() {
        assertThat(line(October.CL_12)).isEqualTo("CL-12,K-B2,CU-3,2026-10,CREDIT,TIER,99.642,99.850,10.000,,160,0,150.00,USD,DENIED");
    }

    @Test
    void noCreditDueIsVerifiedButHasNoCreditPercentNorAmount() {
        assertThat(line(October.CL_02)).isEqualTo("CL-02,K-A2,CU-2,2026-10,REJECTED,NO_CREDIT_DUE,99.887,99.800,,,50,60,,,NONE");
    }

    @Test
    void terminationRefundHasAmountButNoCreditPercent() {
        assertThat(line(October.CL_04)).isEqualTo(
                "CL-04,K-C1,CU-4,2026-10,TERMINATION_REFUND,MATERIAL_BREACH,96.644,99.900,,1500,1500,0,16767.12,EUR,GRANTED");
    }

    @Test
    void rejectionBeforeVerificationKeepsOnlyWhatTheClaimSaid() {
        assertThat(line(October.CL_06)).isEqualTo("CL-06,K-A1,CU-1,2026-10,REJECTED,DUPLICATE,,,,84,,,,,NONE");
        assertThat(line(October.CL_07)).isEqualTo("CL-07,K-A2,CU-2,2026-10,REJECTED,NOT_IN_WRITING,,,,,,,,,NONE");
        assertThat(line(October.CL_08)).isEqualTo("CL-08,K-B1,CU-3,2026-10,REJECTED,LATE,,,,,,,,,NONE");
        assertThat(line(October.CL_11)).isEqualTo("CL-11,K-D1,CU-6,2026-10,REJECTED,NOT_COVERED,,,,,,,,,NONE");
    }

    @Test
    void unknownContractKeepsTheClaimedContractIdAndLeavesTheCustomerEmpty() {
        assertThat(line(October.CL_09)).isEqualTo("CL-09,K-ZZ,,2026-10,REJECTED,UNKNOWN_CONTRACT,,,,,,,,,NONE");
    }

    @Test
    void rejectionOfAnAskedTerminationSaysDenied() {
        ClaimDecision late = October.rejected(
                October.claim("CL-20", "K-B1", "2026-12-02T00:00:00Z", Channel.EMAIL, null, true),
                Optional.of(October.K_B1), Reason.LATE);
        assertThat(line(late)).isEqualTo("CL-20,K-B1,CU-3,2026-10,REJECTED,LATE,,,,,,,,,DENIED");
    }

    @Test
    void yenAmountHasNoDecimals() {
        Contract yen = October.contract("K-J1", "CU-9", Edition.GROWTH, "svc-b", "600000", October.JPY);
        ClaimDecision decision = October.credit(
                October.claim("CL-30", "K-J1", "2026-11-02T09:00:00+09:00", Channel.EMAIL, 0L, false),
                yen, October.SVC_B, "99.85", "10", "5000", Termination.NONE);

        assertThat(line(decision)).isEqualTo("CL-30,K-J1,CU-9,2026-10,CREDIT,TIER,99.642,99.850,10.000,0,160,0,5000,JPY,NONE");
    }

    @Test
    void percentagesHaveExactlyThreeDecimals() {
        ClaimDecision decision = October.credit(
                October.claim("CL-31", "K-A1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false),
                October.K_A1, new Availability(100, 100, 0), "99.95", "100", "5000.00", Termination.NONE);

        String[] cells = row.cells(decision);

        assertThat(cells[6]).as("nothing measured is 100 %").isEqualTo("100.000");
        assertThat(cells[7]).isEqualTo("99.950");
        assertThat(cells[8]).isEqualTo("100.000");
    }

    @Test
    void aPercentageThatNeedsMoreThanThreeDecimalsIsRefusedNotRounded() {
        ClaimDecision decision = October.credit(
                October.claim("CL-32", "K-A1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false),
                October.K_A1, October.SVC_A, "99.9995", "10", "500.00", Termination.NONE);

        assertThatThrownBy(() -> row.cells(decision))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("99.9995");
    }

    @Test
    void theOctoberFileMatchesTheExpectedOneByteForByte(@TempDir Path output) throws IOException {
        Path written = CsvOutputFile.write(output, row, October.DECISIONS);

        assertThat(written).isEqualTo(output.resolve("decisions.csv"));
        assertThat(Files.readString(written, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(October.EXPECTED.resolve("decisions.csv"), StandardCharsets.UTF_8));
    }
}
