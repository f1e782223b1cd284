package com.slacredits.reports;

import static com.slacredits.reports.FivePacks2026.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.ClaimDecision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * The statements of examples/five-packs-2026, plus a quarterly credit and a second termination,
 * read back with PDFBox. A table row reads cell by cell; an automatic claim id breaks after its
 * contract ("AUTO-K-M1-" on the row's first line, "2026-Q4" on its second).
 */
class PackStatementPdfTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void render() throws IOException {
        List<ClaimDecision> all = new ArrayList<>(DECISIONS);
        all.add(CL_Q1);
        all.add(CL_T2);
        new StatementItemWriter(Statements.RENDERER, FivePacks2026.run(), out).write(new Chunk<>(CustomerStatement.of(all)));
    }

    static String text(String customerId) throws IOException {
        return PdfText.of(out.resolve("statements").resolve(customerId + ".pdf")).flat();
    }

    @Test
    void oneStatementPerCustomerWithItsOwnLines() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("statements"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("CU-10.pdf", "CU-11.pdf",
                    "CU-12.pdf", "CU-20.pdf", "CU-30.pdf", "CU-31.pdf", "CU-40.pdf", "CU-41.pdf", "CU-50.pdf",
                    "CU-51.pdf", "CU-60.pdf", "CU-4.pdf");
        }
        for (Map.Entry<String, List<String>> customer : CLAIMS_BY_CUSTOMER.entrySet()) {
            String text = text(customer.getKey());
            for (String claim : customer.getValue()) {
                // An automatic id reads "AUTO-K-I1- ... 2026-10": its contract part starts the row.
                assertThat(text).as(customer.getKey()).contains(claim.startsWith("AUTO-")
                        ? claim.substring(0, claim.length() - 7) + " " : claim);
            }
        }
    }

    @Test
    void automaticCreditsNeedNoClaimAndNameTheirSla() throws IOException {
        String text = text("CU-20");
        assertThat(text).contains(
                "These are the decisions of our month-end run of 2027-01-05 on your service level claims, and on the"
                        + " periods your SLA has us measure ourselves without a claim.",
                "AUTO-K-I1- K-I1 2026-10 99.657 % 153 min 60 min Credit of 15 % €450.00 2026-10 guarantee 99.9 %"
                        + " credited on your next invoice",
                "We measured this month ourselves, as your SLA provides: no claim from you was needed. Measured"
                        + " availability of 99.657 % was below the guarantee of 99.9 %, with 153 minutes of recorded"
                        + " downtime: you receive a credit of 15 % of the monthly fee of €3,000.00.",
                "Decided under IoT Cloud Platform SLA 2022, Enterprise dashboard edition",
                "Decided under IoT Cloud Platform SLA 2022, Backend API edition",
                "EUR €3,291.94 €0.00 €3,291.94");
        assertThat(text).doesNotContain("AUTOMATIC", "SYSTEM", "TIER");
    }

    @Test
    void aClaimOnAnAutomaticPackIsNotNeeded() throws IOException {
        assertThat(text("CU-20")).contains("CL-07 K-I2 2026-10 — — — Not needed —",
                "This claim was not needed: under IoT Cloud Platform SLA 2022 we measure every month ourselves and"
                        + " apply any credit due without a claim. Contract K-I2 and the month 2026-10 are decided on a"
                        + " statement line of their own (AUTO-K-I2-2026-10).");
        assertThat(text("CU-30")).contains("CL-08 K-M1 2026-10 — — — Not needed —",
                "Contract K-M1 and the quarter 2026-Q4 are decided on a statement line of their own"
                        + " (AUTO-K-M1-2026-Q4).");
    }

    @Test
    void complianceIsMetOrMissedWithoutAnAmount() throws IOException {
        String text = text("CU-30");
        assertThat(text).contains(
                "AUTO-K-M1- K-M1 2026-Q4 99.990 % 13 min 45 min Commitment — 2026-Q4 guarantee 99.99 % met",
                "AUTO-K-V1- K-V1 2026-Q4 99.984 % 20 min 50 min Commitment — 2026-Q4 guarantee 99.99 % missed",
                "Measured availability of 99.984 % fell short of the commitment of 99.99 % for the quarter 2026-Q4."
                        + " Your SLA reports compliance with this commitment; it carries no credit, met or missed.",
                "Decided under CPaaS SLA 2024, Voice edition",
                "Decided under CPaaS SLA 2024, Business messaging edition",
                "USD $0.00 $0.00 $0.00");
        assertThat(text).doesNotContain("Rejected", "Credit of");
    }

    @Test
    void aVoiceGroupIsAvailableWhileOneTrunkIs() throws IOException {
        assertThat(text("CU-30")).contains("Your service runs on voice-trunk-1 and voice-trunk-2, which back each other"
                + " up: it counts as available while at least one of them was, and as down only while both were down.");
    }

    @Test
    void aStatementOfOnlyAutomaticPeriodsSaysSo() throws IOException {
        assertThat(text("CU-31")).contains("These are the decisions of our month-end run of 2027-01-05 on the periods"
                        + " your SLA has us measure ourselves, without a claim from you.",
                "AUTO-K-SC1- K-SC1 2026-Q4 99.818 % 120 min 120 min Commitment — 2026-Q4 guarantee 99.9 % missed",
                "Decided under CPaaS SLA 2024, Service cloud edition")
                .doesNotContain("your service level claims");
        assertThat(text("CU-41")).contains(
                "AUTO-K-P2- K-P2 2026-11 99.466 % 230 min 120 min Commitment — 2026-11 guarantee 99.45 % met",
                "Decided under PLM Platform SLA 2022, Platform edition");
    }

    @Test
    void aQuarterlyCreditShowsTheQuarterAndSpeaksOfTheQuarterlyFee() throws IOException {
        assertThat(text("CU-60")).contains(
                "CL-Q1 K-Q1 2026-Q4 99.773 % 300 min 0 min Credit of 10 % €1,000.00 guarantee 99.9 % credited on your"
                        + " next invoice",
                "you receive a credit of 10 % of the quarterly fee of €10,000.00.",
                "Decided under Harbour Quarterly SLA 2026, Business edition",
                "EUR €1,000.00 €0.00 €1,000.00");
    }

    @Test
    void aQuarterClaimedOnAMonthlyPackIsTheWrongPeriod() throws IOException {
        assertThat(text("CU-10")).contains("CL-02 K-S1 2026-Q4 — — — Rejected —",
                "Under Standard SLA 2024 availability is measured per month, and this claim named the quarter 2026-Q4,"
                        + " so it could not be assessed. A claim names one month.",
                "EUR €333.33 €0.00 €333.33");
    }

    @Test
    void aCreditOnAnEndedContractIsRefundedAndTotalledAsRefunded() throws IOException {
        assertThat(text("CU-12")).contains(
                "CL-05 K-E1 2026-12 99.865 % 60 min 0 min Credit of 10 % €400.00 guarantee 99.9 % you counted 60 refunded",
                "Contract K-E1 has ended, so no later invoice will carry this credit: it is refunded to you.",
                "EUR €0.00 €400.00 €400.00");
    }

    @Test
    void aSecondTerminationIsRefused() throws IOException {
        assertThat(text("CU-4")).contains(
                "CL-T2 K-C1 2026-11 95.833 % 600 min 0 min Credit of 30 % €3,000.00 guarantee 99.9 % Termination"
                        + " refused refunded",
                "Contract K-C1 was already terminated, effective at the end of 2026-11-10, and the time after that"
                        + " date was refunded then. A contract is terminated only once, so this termination is refused"
                        + " and nothing is refunded again.",
                "EUR €0.00 €3,000.00 €3,000.00");
    }

    @Test
    void aBreachUnderRemedyCreditIsCreditedAndTheTerminationRefused() throws IOException {
        assertThat(text("CU-51")).contains("Credit of 100 %", "€1,666.67", "Termination refused",
                "Under Northwind Hosting SLA a material breach is remedied by the credit above, not by termination,"
                        + " so the termination is refused and contract K-N2 continues.",
                "Decided under Northwind Hosting SLA, Business edition");
    }

    @Test
    void noStatementShowsAnotherCustomersLines() throws IOException {
        for (String customerId : CLAIMS_BY_CUSTOMER.keySet()) {
            String text = text(customerId);
            for (ClaimDecision decision : DECISIONS) {
                if (!decision.customerId().orElseThrow().equals(customerId)) {
                    assertThat(text).as("statement of %s", customerId)
                            .doesNotContain(decision.contract().orElseThrow().customerName())
                            .doesNotContain(decision.claim().contractId() + " ");
                }
            }
        }
    }
}
