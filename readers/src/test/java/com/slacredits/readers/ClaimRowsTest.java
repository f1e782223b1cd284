package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.readAll;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ServicePeriod;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ClaimRowsTest {

    private static final String HEADER =
            "claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate\n";
    private static final String PERIOD_HEADER =
            "claim_id,contract_id,period,received_at,channel,claimed_downtime_minutes,terminate\n";
    private static final String BOTH_HEADER =
            "claim_id,contract_id,service_month,period,received_at,channel,claimed_downtime_minutes,terminate\n";

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

    @Test
    void aQuarterIsNamedInPeriod() throws Exception {
        Path file = write(folder, "claims.csv", PERIOD_HEADER + "CL-01,K-V1,2026-Q4,2027-01-05T09:00:00+01:00,EMAIL,30,\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(values(results)).containsExactly(new Claim("CL-01", "K-V1", ServicePeriod.quarter(2026, 4),
                Instant.parse("2027-01-05T08:00:00Z"), Channel.EMAIL, OptionalLong.of(30), false));
        assertThat(values(results).get(0).period()).hasToString("2026-Q4");
    }

    @Test
    void aMonthMayBeNamedInPeriod() throws Exception {
        Path file = write(folder, "claims.csv", PERIOD_HEADER + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,,\n");

        assertThat(values(read(file, new ClaimRows()))).extracting(Claim::period)
                .containsExactly(ServicePeriod.month(YearMonth.of(2026, 10)));
    }

    @Test
    void aMonthIsNamedInServiceMonth() throws Exception {
        Path file = write(folder, "claims.csv", HEADER + "CL-01,K-A1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n");

        List<Claim> claims = values(read(file, new ClaimRows()));

        assertThat(claims).containsExactly(new Claim("CL-01", "K-A1", ServicePeriod.month(YearMonth.of(2026, 10)),
                Instant.parse("2026-11-02T08:15:00Z"), Channel.EMAIL, OptionalLong.of(84), false));
        assertThat(claims.get(0).period().month()).contains(YearMonth.of(2026, 10));
    }

    @Test
    void aRowThatFillsNeitherServiceMonthNorPeriodIsRejected() throws Exception {
        String row = "CL-01,K-A1,,,2026-11-02T09:15:00+01:00,EMAIL,,";
        Path file = write(folder, "claims.csv", BOTH_HEADER + row + "\n");

        assertThat(rejections(read(file, new ClaimRows()))).containsExactly(
                new RejectedRow("claims.csv", 2, "fills neither service_month nor period", row));
    }

    @Test
    void aRowWithoutAPeriodUnderAHeaderWithOnlyServiceMonthIsRejected() throws Exception {
        String row = "CL-01,K-A1,,2026-11-02T09:15:00+01:00,EMAIL,,";
        Path file = write(folder, "claims.csv", HEADER + row + "\n");

        assertThat(rejections(read(file, new ClaimRows()))).containsExactly(
                new RejectedRow("claims.csv", 2, "fills neither service_month nor period", row));
    }

    @Test
    void aQuarterInServiceMonthIsRejected() throws Exception {
        String row = "CL-01,K-V1,2026-Q4,2027-01-05T09:00:00+01:00,EMAIL,,";
        Path file = write(folder, "claims.csv", HEADER + row + "\n");

        assertThat(rejections(read(file, new ClaimRows()))).containsExactly(new RejectedRow("claims.csv", 2,
                "service_month holds a month (YYYY-MM); a quarter goes in period: 2026-Q4", row));
    }

    @Test
    void aQuarterInServiceMonthIsRejectedEvenWhenPeriodAgrees() throws Exception {
        String row = "CL-01,K-V1,2026-Q4,2026-Q4,2027-01-05T09:00:00+01:00,EMAIL,,";
        Path file = write(folder, "claims.csv", BOTH_HEADER + row + "\n");

        assertThat(rejections(read(file, new ClaimRows()))).containsExactly(new RejectedRow("claims.csv", 2,
                "service_month holds a month (YYYY-MM); a quarter goes in period: 2026-Q4", row));
    }

    @Test
    void serviceMonthAndPeriodThatDisagreeAreRejected() throws Exception {
        String otherMonth = "CL-01,K-A1,2026-10,2026-11,2026-12-02T09:15:00+01:00,EMAIL,,";
        String quarterOfIt = "CL-02,K-A1,2026-10,2026-Q4,2027-01-02T09:15:00+01:00,EMAIL,,";
        Path file = write(folder, "claims.csv", BOTH_HEADER + otherMonth + "\n" + quarterOfIt + "\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(values(results)).isEmpty();
        assertThat(rejections(results)).containsExactly(
                new RejectedRow("claims.csv", 2, "service_month 2026-10 and period 2026-11 disagree", otherMonth),
                new RejectedRow("claims.csv", 3, "service_month 2026-10 and period 2026-Q4 disagree", quarterOfIt));
    }

    @Test
    void serviceMonthAndPeriodThatAgreeAreOneMonth() throws Exception {
        Path file = write(folder, "claims.csv", BOTH_HEADER
                + "CL-01,K-A1,2026-10,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n"
                + "CL-02,K-A1,2026-10,,2026-11-02T09:15:00+01:00,EMAIL,,\n"
                + "CL-03,K-V1,,2026-Q4,2027-01-02T09:15:00+01:00,EMAIL,,\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(rejections(results)).isEmpty();
        assertThat(values(results)).extracting(Claim::period).containsExactly(
                ServicePeriod.month(YearMonth.of(2026, 10)), ServicePeriod.month(YearMonth.of(2026, 10)),
                ServicePeriod.quarter(2026, 4));
    }

    @Test
    void theSameClaimNamingItsMonthInEitherColumnIsPassedOver() throws Exception {
        Path file = write(folder, "claims.csv", BOTH_HEADER
                + "CL-01,K-A1,2026-10,,2026-11-02T09:15:00+01:00,EMAIL,84,\n"
                + "CL-01,K-A1,,2026-10,2026-11-02T09:15:00+01:00,EMAIL,84,\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(results).extracting(ReadResult::line).containsExactly(2L);
    }

    @Test
    void aPeriodThatIsNeitherAMonthNorAQuarterIsRejected() throws Exception {
        Path file = write(folder, "claims.csv", PERIOD_HEADER
                + "CL-01,K-V1,2026-Q5,2027-01-05T09:00:00+01:00,EMAIL,,\n"
                + "CL-02,K-V1,2026-q4,2027-01-05T09:00:00+01:00,EMAIL,,\n"
                + "CL-03,K-V1,2026-Q0,2027-01-05T09:00:00+01:00,EMAIL,,\n"
                + "CL-04,K-V1,2026-4,2027-01-05T09:00:00+01:00,EMAIL,,\n");

        assertThat(rejections(read(file, new ClaimRows()))).extracting(RejectedRow::reason).containsExactly(
                "period is not a period (YYYY-MM or YYYY-Qn): 2026-Q5",
                "period is not a period (YYYY-MM or YYYY-Qn): 2026-q4",
                "period is not a period (YYYY-MM or YYYY-Qn): 2026-Q0",
                "period is not a period (YYYY-MM or YYYY-Qn): 2026-4");
    }

    @Test
    void aHeaderWithNeitherServiceMonthNorPeriodIsMissingAColumn() {
        Path file = write(folder, "claims.csv", "claim_id,contract_id,month,received_at,channel\n");

        assertThatThrownBy(() -> new ClaimRows().checkHeader(file))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("claims.csv lacks the required column service_month or period.")
                .satisfies(e -> assertThat(((MissingColumnException) e).column()).isEqualTo("service_month or period"))
                .satisfies(e -> assertThat(((MissingColumnException) e).fileName()).isEqualTo("claims.csv"));
    }

    @Test
    void aHeaderWithEitherColumnIsEnough() {
        Path monthOnly = write(folder, "claims.csv", HEADER);
        assertThat(new ClaimRows().checkHeader(monthOnly).has("service_month")).isTrue();

        Path periodOnly = write(folder, "claims.csv", PERIOD_HEADER);
        assertThat(new ClaimRows().checkHeader(periodOnly).has("period")).isTrue();
    }

    @Test
    void theOtherRequiredColumnsAreNamedBeforeThePeriod() {
        Path file = write(folder, "claims.csv", "claim_id,contract_id,channel\n");

        assertThatThrownBy(() -> new ClaimRows().checkHeader(file))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("claims.csv lacks the required column received_at.");
    }

    @Test
    void aClaimIdReservedForAutomaticDecisionsIsRejected() throws Exception {
        String reserved = "AUTO-K-1-2026-10,K-1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,,";
        String fine = "AUTOMATIC-1,K-1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,,";
        Path file = write(folder, "claims.csv", HEADER + reserved + "\n" + fine + "\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(rejections(results)).containsExactly(new RejectedRow("claims.csv", 2,
                "claim_id starts with AUTO-, which is reserved for the run's automatic decisions: AUTO-K-1-2026-10",
                reserved));
        assertThat(values(results)).extracting(Claim::claimId).containsExactly("AUTOMATIC-1");
    }

    @Test
    void aClaimIdReservedForSupportCreditsIsRejected() throws Exception {
        String reserved = "SUP-T-1,K-1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,,";
        String fine = "SUPPORT-1,K-1,2026-10,2026-11-02T09:15:00+01:00,EMAIL,,";
        Path file = write(folder, "claims.csv", HEADER + reserved + "\n" + fine + "\n");

        List<ReadResult<Claim>> results = read(file, new ClaimRows());

        assertThat(rejections(results)).containsExactly(new RejectedRow("claims.csv", 2,
                "claim_id starts with SUP-, which is reserved for the run's support credits: SUP-T-1", reserved));
        assertThat(values(results)).extracting(Claim::claimId).containsExactly("SUPPORT-1");
    }

    @Test
    void theSystemChannelIsNotACustomersChannel() throws Exception {
        String row = "CL-01,K-1,2026-10,2026-11-02T09:15:00+01:00,SYSTEM,,";
        Path file = write(folder, "claims.csv", HEADER + row + "\n");

        assertThat(rejections(read(file, new ClaimRows()))).containsExactly(new RejectedRow("claims.csv", 2,
                "channel is not one of EMAIL, PORTAL, LETTER, PHONE, CHAT: SYSTEM", row));
    }
}
