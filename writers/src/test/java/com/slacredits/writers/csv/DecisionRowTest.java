package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRowTest {

    private final DecisionRow row = new DecisionRow(Packs.CATALOG);

    private String line(ClaimDecision decision) {
        return String.join(",", row.cells(decision));
    }

    @Test
    void headerIsTheColumnOrderOfFilesMd() {
        assertThat(String.join(",", DecisionRow.HEADER)).isEqualTo(
                "claim_id,contract_id,customer_id,service_month,outcome,reason,availability_pct,guarantee_pct,"
                        + "credit_pct,claimed_downtime_minutes,verified_downtime_minutes,excused_minutes,amount,"
                        + "currency,termination,settlement,period,policy,channel");
        assertThat(row.header()).isEqualTo(DecisionRow.HEADER);
        assertThat(row.fileName()).isEqualTo("decisions.csv");
    }

    @Test
    void creditShowsVerificationTierAndAmount() {
        assertThat(line(October.CL_01)).isEqualTo("CL-01,K-A1,CU-1,2026-10,CREDIT,TIER,99.887,99.900,10.000,84,50,60,500.00,EUR,NONE,NEXT_INVOICE,2026-10,standard-2024,EMAIL");
        assertThat(line(October.CL_03)).isEqualTo("CL-03,K-B1,CU-3,2026-10,CREDIT,TIER,99.642,99.850,10.000,200,160,0,200.00,USD,NONE,NEXT_INVOICE,2026-10,standard-2024,LETTER");
        assertThat(line(October.CL_05)).isEqualTo("CL-05,K-C2,CU-5,2026-10,CREDIT,TIER,96.644,99.800,30.000,,1500,0,300.00,EUR,NONE,NEXT_INVOICE,2026-10,standard-2024,EMAIL");
    }

    @Test
    void creditWithRefusedTerminationSaysDenied() {
        assertThat(line(October.CL_12)).isEqualTo("CL-12,K-B2,CU-3,2026-10,CREDIT,TIER,99.642,99.850,10.000,,160,0,150.00,USD,DENIED,NEXT_INVOICE,2026-10,standard-2024,PORTAL");
    }

    @Test
    void noCreditDueIsVerifiedButHasNoCreditPercentNorAmount() {
        assertThat(line(October.CL_02)).isEqualTo("CL-02,K-A2,CU-2,2026-10,REJECTED,NO_CREDIT_DUE,99.887,99.800,,,50,60,,,NONE,,2026-10,standard-2024,PORTAL");
    }

    @Test
    void terminationRefundHasAmountButNoCreditPercent() {
        assertThat(line(October.CL_04)).isEqualTo(
                "CL-04,K-C1,CU-4,2026-10,TERMINATION_REFUND,MATERIAL_BREACH,96.644,99.900,,1500,1500,0,16767.12,EUR,GRANTED,REFUND,2026-10,standard-2024,EMAIL");
    }

    @Test
    void rejectionBeforeVerificationKeepsOnlyWhatTheClaimSaid() {
        assertThat(line(October.CL_06)).isEqualTo("CL-06,K-A1,CU-1,2026-10,REJECTED,DUPLICATE,,,,84,,,,,NONE,,2026-10,standard-2024,EMAIL");
        assertThat(line(October.CL_07)).isEqualTo("CL-07,K-A2,CU-2,2026-10,REJECTED,NOT_IN_WRITING,,,,,,,,,NONE,,2026-10,standard-2024,PHONE");
        assertThat(line(October.CL_08)).isEqualTo("CL-08,K-B1,CU-3,2026-10,REJECTED,LATE,,,,,,,,,NONE,,2026-10,standard-2024,EMAIL");
        assertThat(line(October.CL_11)).isEqualTo("CL-11,K-D1,CU-6,2026-10,REJECTED,NOT_COVERED,,,,,,,,,NONE,,2026-10,standard-2024,EMAIL");
    }

    @Test
    void unknownContractKeepsTheClaimedContractIdAndLeavesTheCustomerEmpty() {
        assertThat(line(October.CL_09)).isEqualTo("CL-09,K-ZZ,,2026-10,REJECTED,UNKNOWN_CONTRACT,,,,,,,,,NONE,,2026-10,,EMAIL");
    }

    @Test
    void rejectionOfAnAskedTerminationSaysDenied() {
        ClaimDecision late = October.rejected(
                October.claim("CL-20", "K-B1", "2026-12-02T00:00:00Z", Channel.EMAIL, null, true),
                Optional.of(October.K_B1), Reason.LATE);
        assertThat(line(late)).isEqualTo("CL-20,K-B1,CU-3,2026-10,REJECTED,LATE,,,,,,,,,DENIED,,2026-10,standard-2024,EMAIL");
    }

    @Test
    void yenAmountHasNoDecimals() {
        Contract yen = October.contract("K-J1", "CU-9", "GROWTH", "svc-b", "600000", October.JPY);
        ClaimDecision decision = October.credit(
                October.claim("CL-30", "K-J1", "2026-11-02T09:00:00+09:00", Channel.EMAIL, 0L, false),
                yen, October.SVC_B, "99.85", "10", "5000", Termination.NONE);

        assertThat(line(decision)).isEqualTo("CL-30,K-J1,CU-9,2026-10,CREDIT,TIER,99.642,99.850,10.000,0,160,0,5000,JPY,NONE,NEXT_INVOICE,2026-10,standard-2024,EMAIL");
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

    /** expected/decisions.csv lacks the columns added after termination: compared by column name. */
    @Test
    void theOctoberFileMatchesTheExpectedOneValueForValue(@TempDir Path output) throws Exception {
        Path written = CsvOutputFile.write(output, row, October.DECISIONS);

        assertThat(written).isEqualTo(output.resolve("decisions.csv"));
        ExpectedFiles.assertOctoberDecisions(written);
    }

    // Policy packs: the columns added after termination, compliance, automatic and quarterly decisions.

    private static final ServicePeriod Q4 = ServicePeriod.quarter(2026, 4);
    private static final Currency EUR = Currency.getInstance("EUR");

    /** PLATFORM on plm-2022, whose guarantee is the contract's own 99.5. */
    private static final Contract K_P1 = new Contract("K-P1", "CU-P", "Plm Customer", "cu-p@example.com", "PLATFORM",
            "plm", new BigDecimal("12000.00"), EUR, LocalDate.of(2024, 1, 1), Optional.empty(), Packs.PLM,
            Optional.of(new BigDecimal("99.5")), Optional.empty());
    /** VOICE on cpaas-2024, quarterly, on two trunks. */
    private static final Contract K_V1 = October.contract("K-V1", "CU-V", "VOICE", "voice-trunk-1|voice-trunk-2",
            "24000.00", EUR, Packs.CPAAS);
    /** A quarterly pack that takes claims and pays credits. */
    private static final Contract K_Q1 = October.contract("K-Q1", "CU-Q", "BUSINESS", "svc-q", "12000.00", EUR,
            Packs.QUARTERLY_CREDITS);

    private String cell(ClaimDecision decision, String column) {
        return row.cells(decision)[DecisionRow.HEADER.indexOf(column)];
    }

    private static ClaimDecision compliance(Claim claim, Contract contract, Reason reason, Availability availability,
            String guarantee) {
        return new ClaimDecision(claim, Optional.of(contract), Outcome.COMPLIANCE, reason, Optional.of(availability),
                Optional.of(new BigDecimal(guarantee)), Optional.empty(), Optional.empty(), Optional.empty(),
                Termination.NONE, Optional.empty());
    }

    @Test
    void theAddedColumnsFollowTerminationInTheirOrder() {
        int termination = DecisionRow.HEADER.indexOf("termination");

        assertThat(termination).isEqualTo(14);
        assertThat(DecisionRow.HEADER.subList(termination + 1, DecisionRow.HEADER.size()))
                .containsExactly("settlement", "period", "policy", "channel");
        assertThat(row.cells(October.CL_01)).hasSameSizeAs(DecisionRow.HEADER.toArray());
    }

    @Test
    void aComplianceDecisionShowsAvailabilityAndGuaranteeButNoMoney() {
        Claim claim = Claim.automatic(K_P1, October.PERIOD, Packs.plm2022());
        ClaimDecision met = compliance(claim, K_P1, Reason.MET, new Availability(44_700, 0, 100), "99.5");

        assertThat(line(met)).isEqualTo(
                "AUTO-K-P1-2026-10,K-P1,CU-P,2026-10,COMPLIANCE,MET,99.776,99.500,,,100,0,,,NONE,,2026-10,plm-2022,SYSTEM");
        assertThat(cell(met, "amount")).isEmpty();
        assertThat(cell(met, "currency")).isEmpty();
        assertThat(cell(met, "settlement")).isEmpty();
        assertThat(cell(met, "credit_pct")).isEmpty();
    }

    @Test
    void aMissedComplianceDecisionIsMeasuredTheSameWay() {
        Claim claim = Claim.automatic(K_P1, October.PERIOD, Packs.plm2022());
        ClaimDecision missed = compliance(claim, K_P1, Reason.MISSED, new Availability(44_700, 60, 300), "99.5");

        assertThat(line(missed)).isEqualTo(
                "AUTO-K-P1-2026-10,K-P1,CU-P,2026-10,COMPLIANCE,MISSED,99.327,99.500,,,300,60,,,NONE,,2026-10,plm-2022,SYSTEM");
    }

    @Test
    void anAutomaticDecisionHasTheSystemChannelAndNoClaimedDowntime() {
        Claim claim = Claim.automatic(K_P1, October.PERIOD, Packs.plm2022());
        ClaimDecision decision = compliance(claim, K_P1, Reason.MET, new Availability(44_700, 0, 0), "99.5");

        assertThat(cell(decision, "claim_id")).isEqualTo("AUTO-K-P1-2026-10");
        assertThat(cell(decision, "channel")).isEqualTo("SYSTEM");
        assertThat(cell(decision, "claimed_downtime_minutes")).isEmpty();
        assertThat(cell(decision, "termination")).isEqualTo("NONE");
        assertThat(cell(decision, "policy")).isEqualTo("plm-2022");
        assertThat(cell(decision, "availability_pct")).isEqualTo("100.000");
    }

    @Test
    void aQuarterlyDecisionHasNoServiceMonthAndNamesItsQuarter() {
        Claim claim = Claim.automatic(K_V1, Q4, Packs.cpaas2024());
        ClaimDecision missed = compliance(claim, K_V1, Reason.MISSED, new Availability(132_540, 0, 20), "99.99");
        ClaimDecision met = compliance(claim, K_V1, Reason.MET, new Availability(132_540, 120, 5), "99.99");

        assertThat(line(missed)).isEqualTo(
                "AUTO-K-V1-2026-Q4,K-V1,CU-V,,COMPLIANCE,MISSED,99.984,99.990,,,20,0,,,NONE,,2026-Q4,cpaas-2024,SYSTEM");
        assertThat(line(met)).isEqualTo(
                "AUTO-K-V1-2026-Q4,K-V1,CU-V,,COMPLIANCE,MET,99.996,99.990,,,5,120,,,NONE,,2026-Q4,cpaas-2024,SYSTEM");
    }

    @Test
    void aMonthClaimedUnderAQuarterlyPackIsAWrongPeriodWithNoServiceMonth() {
        ClaimDecision wrong = October.rejected(
                October.claim("CL-40", "K-Q1", October.PERIOD, "2027-01-04T10:00:00+01:00", Channel.EMAIL, 30L, false),
                Optional.of(K_Q1), Reason.WRONG_PERIOD);

        assertThat(line(wrong)).isEqualTo(
                "CL-40,K-Q1,CU-Q,,REJECTED,WRONG_PERIOD,,,,30,,,,,NONE,,2026-10,quarterly-credits,EMAIL");
    }

    @Test
    void aCustomersClaimOnAnAutomaticPackIsRejectedWithTheChannelItCameBy() {
        ClaimDecision quarter = October.rejected(
                October.claim("CL-41", "K-V1", Q4, "2027-01-04T10:00:00+01:00", Channel.PORTAL, null, true),
                Optional.of(K_V1), Reason.AUTOMATIC);
        ClaimDecision month = October.rejected(
                October.claim("CL-43", "K-V1", October.PERIOD, "2026-11-04T10:00:00+01:00", Channel.LETTER, null, false),
                Optional.of(K_V1), Reason.AUTOMATIC);

        assertThat(line(quarter)).isEqualTo("CL-41,K-V1,CU-V,,REJECTED,AUTOMATIC,,,,,,,,,DENIED,,2026-Q4,cpaas-2024,PORTAL");
        assertThat(line(month)).isEqualTo("CL-43,K-V1,CU-V,,REJECTED,AUTOMATIC,,,,,,,,,NONE,,2026-10,cpaas-2024,LETTER");
    }

    @Test
    void aQuarterlyCreditIsSettledOnTheNextInvoice() {
        ClaimDecision credit = October.credit(
                October.claim("CL-42", "K-Q1", Q4, "2027-01-04T10:00:00+01:00", Channel.EMAIL, null, false),
                K_Q1, new Availability(132_540, 0, 400), "99.9", "20", "600.00", Termination.NONE);

        assertThat(line(credit)).isEqualTo(
                "CL-42,K-Q1,CU-Q,,CREDIT,TIER,99.698,99.900,20.000,,400,0,600.00,EUR,NONE,NEXT_INVOICE,2026-Q4,"
                        + "quarterly-credits,EMAIL");
    }

    @Test
    void aCreditAfterCoverageEndedIsRefunded() {
        Contract ended = new Contract("K-E1", "CU-E", "Ended Ltd", "cu-e@example.com", "ENTERPRISE", "svc-a",
                new BigDecimal("60000.00"), EUR, LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2026, 10, 31)),
                Packs.STANDARD, Optional.empty(), Optional.empty());
        ClaimDecision refunded = October.credit(
                October.claim("CL-50", "K-E1", "2026-11-02T09:00:00+01:00", Channel.EMAIL, null, false),
                ended, October.SVC_A, "99.9", "10", "500.00", Settlement.REFUND, Termination.NONE);

        assertThat(line(refunded)).isEqualTo(
                "CL-50,K-E1,CU-E,2026-10,CREDIT,TIER,99.887,99.900,10.000,,50,60,500.00,EUR,NONE,REFUND,2026-10,"
                        + "standard-2024,EMAIL");
    }

    @Test
    void anUnknownContractNamingAQuarterHasNoServiceMonthNorPolicy() {
        ClaimDecision unknown = October.rejected(
                October.claim("CL-60", "K-ZZ", Q4, "2027-01-04T10:00:00+01:00", Channel.EMAIL, null, false),
                Optional.empty(), Reason.UNKNOWN_CONTRACT);

        assertThat(line(unknown)).isEqualTo("CL-60,K-ZZ,,,REJECTED,UNKNOWN_CONTRACT,,,,,,,,,NONE,,2026-Q4,,EMAIL");
    }

    @Test
    void aMonthlyPackKeepsTheServiceMonthOfEveryOutcome() {
        Claim claim = October.claim("CL-61", "K-A1", ServicePeriod.month(YearMonth.of(2026, 9)),
                "2026-10-02T09:00:00Z", Channel.EMAIL, null, false);
        ClaimDecision late = October.rejected(claim, Optional.of(October.K_A1), Reason.LATE);

        assertThat(cell(late, "service_month")).isEqualTo("2026-09");
        assertThat(cell(late, "period")).isEqualTo("2026-09");
    }
}
