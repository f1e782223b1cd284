package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.MonitoringGap;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.RunSummary;
import com.slacredits.domain.ServicePeriod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryPdfTest {

    static final SummaryRenderer RENDERER = new SummaryRenderer(Statements.REPORTS, Packs.CATALOG);

    static PdfText render(Path dir, RunSummary summary, String database) throws IOException {
        return render(dir, new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, October2026.RUN_ID,
                Path.of("/data/in/2026-10"), dir, database), summary);
    }

    static PdfText render(Path dir, RunSummary summary, SignOff signOff) throws IOException {
        return render(dir, new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, October2026.RUN_ID,
                Path.of("/data/in/2026-10"), dir, "embedded", signOff), summary);
    }

    private static PdfText render(Path dir, SummaryParameters parameters, RunSummary summary) throws IOException {
        Path target = dir.resolve("summary.pdf");
        assertThat(RENDERER.render(summary, parameters, target)).isTrue();
        return PdfText.of(target);
    }

    @Test
    void octoberSummaryForFinance(@TempDir Path dir) throws IOException {
        PdfText pdf = render(dir, October2026.summary(false), "jdbc:mysql://db.internal:3306/sla");
        String text = pdf.flat();
        assertThat(text).contains(
                "Run id 42", "As of 2026-11-05", "Live: claims marked decided, adjustments posted",
                "Input folder /data/in/2026-10", "Output folder " + dir, "Database jdbc:mysql://db.internal:3306/sla",
                "Claims decided, by pack, outcome and reason", "standard-2024 · Standard SLA 2024 CREDIT TIER credit tier 4",
                "TERMINATION_REFUND MATERIAL_BREACH material breach 1",
                "No contract on record REJECTED UNKNOWN_CONTRACT no such contract 1",
                "REJECTED NOT_IN_WRITING not made in writing 1",
                "REJECTED LATE after the claim window 1",
                "REJECTED NOT_COVERED period not covered 1",
                "REJECTED DUPLICATE period already claimed 1",
                "REJECTED NO_CREDIT_DUE no credit due 1",
                "All packs All outcomes 11",
                "Credits on the next invoice, by pack, currency and kind",
                "standard-2024 · Standard SLA 2024 EUR SLA credit 2 €800.00",
                "USD SLA credit 2 $350.00",
                "Cash refunds, paid out, by pack, currency and kind",
                "EUR Termination refund 1 €16,767.12",
                "Largest adjustments, per currency",
                "claims.csv 1", "probes.csv 1", "All files (see rejects.csv) 2",
                "Period not ended yet 1",
                "Services without monitoring data in a period the run needed Service Period Needed for None",
                "page 1 of " + pdf.pageCount());
        assertThat(text).containsSubsequence("CL-04 · K-C1 · 2026-10 Delta Foods GmbH (CU-4) Termination refund €16,767.12",
                "CL-01 · K-A1 · 2026-10 Acme Logistics B.V. (CU-1) SLA credit €500.00",
                "CL-05", "CL-03", "CL-12");
        // Every October contract is on standard-2024; the claim without a contract has a block of its own.
        assertThat(text).contains("Claims decided, by pack, outcome and reason Outcome Reason Claims"
                + " standard-2024 · Standard SLA 2024"
                + " CREDIT TIER credit tier 4"
                + " TERMINATION_REFUND MATERIAL_BREACH material breach 1"
                + " REJECTED NOT_IN_WRITING not made in writing 1"
                + " REJECTED LATE after the claim window 1"
                + " REJECTED NOT_COVERED period not covered 1"
                + " REJECTED DUPLICATE period already claimed 1"
                + " REJECTED NO_CREDIT_DUE no credit due 1"
                + " All outcomes 10"
                + " No contract on record REJECTED UNKNOWN_CONTRACT no such contract 1 All outcomes 1"
                + " All packs All outcomes 11");
        // The termination refund is paid out: a cash refund, never among the credits (credit rules, section 6).
        assertThat(text).contains("Credits on the next invoice, by pack, currency and kind Currency Kind Adjustments"
                + " Amount standard-2024 · Standard SLA 2024"
                + " EUR SLA credit 2 €800.00 USD SLA credit 2 $350.00"
                + " All packs EUR SLA credit 2 €800.00 USD SLA credit 2 $350.00"
                + " Cash refunds, paid out, by pack, currency and kind Currency Kind Adjustments Amount"
                + " standard-2024 · Standard SLA 2024 EUR Termination refund 1 €16,767.12"
                + " All packs EUR Termination refund 1 €16,767.12");
        assertThat(text).doesNotContain("DRY RUN");
    }

    @Test
    void dryRunSaysSoOnEveryPage(@TempDir Path dir) throws IOException {
        PdfText pdf = render(dir, October2026.summary(true), "embedded database in ./data");
        assertThat(pdf.pages()).allSatisfy(page -> assertThat(page).contains(StatementPdfTest.BANNER));
        assertThat(pdf.flat()).contains("Dry run: no claim marked decided, no adjustment posted");
    }

    @Test
    void longSectionsRepeatTheirHeadingsOnTheNextPage(@TempDir Path dir) throws IOException {
        Map<String, Long> rejected = new TreeMap<>();
        for (int i = 1; i <= 80; i++) {
            rejected.put(String.format("probes-%03d.csv", i), (long) i);
        }
        List<MonitoringGap> gaps = List.of(new MonitoringGap("svc-x", ServicePeriod.month(YearMonth.of(2026, 10))));
        RunSummary summary = new RunSummary(October2026.AS_OF, true, October2026.DECISIONS, 0, new TreeMap<>(rejected), gaps);
        PdfText pdf = render(dir, summary, "embedded");
        assertThat(pdf.pageCount()).isGreaterThan(1);
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(pdf.page(page)).contains("page " + page + " of " + pdf.pageCount(), StatementPdfTest.BANNER);
        }
        String continued = pdf.page(2);
        assertThat(continued).contains("Input rows rejected, by file");
        assertThat(pdf.flat()).contains("svc-x 2026-10 Waiting for data", "All files (see rejects.csv) 3,240");
    }

    @Test
    void fivePacksAreCountedAndTotalledPackByPack(@TempDir Path dir) throws IOException {
        RunSummary summary = FivePacks2026.summary(List.of(
                new MonitoringGap("iot-edge", FivePacks2026.DEC),
                new MonitoringGap("svc-std-1", FivePacks2026.NOV)));
        String text = render(dir, summary, "embedded").flat();
        assertThat(text).contains("Claims decided, by pack, outcome and reason Outcome Reason Claims"
                + " cpaas-2024 · CPaaS SLA 2024"
                + " REJECTED AUTOMATIC pack decides without claims 1"
                + " COMPLIANCE MET commitment met 1"
                + " COMPLIANCE MISSED commitment missed 2"
                + " All outcomes 4"
                + " iot-cloud-2022 · IoT Cloud Platform SLA 2022"
                + " CREDIT TIER credit tier 6"
                + " REJECTED AUTOMATIC pack decides without claims 1"
                + " REJECTED NO_CREDIT_DUE no credit due 3"
                + " All outcomes 10"
                + " northwind-60d · Northwind Hosting SLA"
                + " CREDIT TIER credit tier 2"
                + " CREDIT MATERIAL_BREACH material breach 1"
                + " REJECTED LATE after the claim window 1"
                + " All outcomes 4"
                + " plm-2022 · PLM Platform SLA 2022"
                + " COMPLIANCE MET commitment met 4"
                + " COMPLIANCE MISSED commitment missed 1"
                + " All outcomes 5"
                + " standard-2024 · Standard SLA 2024"
                + " CREDIT TIER credit tier 3"
                + " CREDIT MATERIAL_BREACH material breach 1"
                + " REJECTED NOT_IN_WRITING not made in writing 1"
                + " REJECTED WRONG_PERIOD not the pack's period 1"
                + " REJECTED NO_CREDIT_DUE no credit due 1"
                + " All outcomes 7"
                + " All packs All outcomes 30");
        // The README's totals: 5,691.94 EUR, 875.00 USD and 20,833 JPY, all SLA credits; none for compliance.
        // CL-05's 400.00 EUR is paid out, K-E1 having ended: a cash refund, apart from the credits.
        assertThat(text).contains("Credits on the next invoice, by pack, currency and kind Currency Kind Adjustments"
                + " Amount cpaas-2024 · CPaaS SLA 2024 None"
                + " iot-cloud-2022 · IoT Cloud Platform SLA 2022 EUR SLA credit 6 €3,291.94"
                + " northwind-60d · Northwind Hosting SLA EUR SLA credit 1 €1,666.67 USD SLA credit 2 $875.00"
                + " plm-2022 · PLM Platform SLA 2022 None"
                + " standard-2024 · Standard SLA 2024 EUR SLA credit 2 €333.33 JPY SLA credit 1 ¥20,833"
                + " All packs EUR SLA credit 9 €5,291.94 JPY SLA credit 1 ¥20,833 USD SLA credit 2 $875.00"
                + " Cash refunds, paid out, by pack, currency and kind Currency Kind Adjustments Amount"
                + " standard-2024 · Standard SLA 2024 EUR SLA credit, paid out 1 €400.00"
                + " All packs EUR SLA credit, paid out 1 €400.00");
        assertThat(text).contains("Services without monitoring data in a period the run needed Service Period Needed for"
                + " iot-edge 2026-12 Waiting for data svc-std-1 2026-11 Claim CL-01");
    }

    @Test
    void aPackTheCatalogueDoesNotHoldIsNamedByItsId(@TempDir Path dir) throws IOException {
        SummaryRenderer bare = new SummaryRenderer(Statements.REPORTS, new PolicyCatalog(List.of()));
        Path target = dir.resolve("summary.pdf");
        bare.render(FivePacks2026.summary(List.of()), new SummaryParameters("x", 1, dir, dir, "embedded"), target);
        String text = PdfText.of(target).flat();
        assertThat(text).contains("All outcomes 4 iot-cloud-2022 CREDIT TIER credit tier 6",
                "plm-2022 None standard-2024 EUR SLA credit 2 €333.33").doesNotContain("CPaaS SLA 2024");
    }

    /**
     * The URL as the jobs module masks it (DatabaseSettings, the one rule) is printed whole: wrapped
     * within its column, never cut off, and never masked a second way.
     */
    @Test
    void aLongDatabaseUrlIsPrintedWholeAndAsGiven(@TempDir Path dir) throws IOException {
        String url = "jdbc:mysql://db-finance-primary.eu-west-1.internal.example.com:3306/sla_credits_production"
                + "?user=****&password=****&useSSL=true&requireSSL=true&verifyServerCertificate=true"
                + "&serverTimezone=UTC&rewriteBatchedStatements=true&connectTimeout=5000";
        PdfText pdf = render(dir, October2026.summary(false), url);
        assertThat(pdf.flat().replace(" ", "")).contains("Database" + url + "Claimsdecided");
    }

    /** ¥20,833 is about €120: by face value it would head one list, so each currency has its own. */
    @Test
    void theLargestAdjustmentsAreListedPerCurrency(@TempDir Path dir) throws IOException {
        String text = render(dir, FivePacks2026.summary(List.of()), "embedded").flat();
        String largest = text.substring(text.indexOf("Largest adjustments, per currency"));
        assertThat(largest).startsWith("Largest adjustments, per currency Claim · contract · period Customer Kind"
                + " Amount EUR CL-10 · K-N2 · 2026-11");
        assertThat(largest).containsSubsequence("EUR", "CL-10", "€1,666.67", "€400.00", "JPY",
                "CL-04 · K-G1 · 2026-12", "SLA credit ¥20,833", "USD", "CL-12", "$625.00", "CL-09", "$250.00",
                "Input rows rejected");
        // CL-05 is a credit paid out (K-E1 ended): the list says so
        assertThat(largest).contains("SLA credit, paid out €400.00");
        assertThat(largest.substring(0, largest.indexOf(" JPY "))).doesNotContain("¥");
    }

    /** Credits and cash refunds in sections of their own, each with a sum per currency of several kinds. */
    @Test
    void creditsAndCashRefundsHaveTotalsOfTheirOwn(@TempDir Path dir) throws IOException {
        List<com.slacredits.domain.ClaimDecision> decisions = new java.util.ArrayList<>(October2026.DECISIONS);
        // K-E1's paid-out credit: one more EUR cash refund next to CL-04's termination refund
        FivePacks2026.DECISIONS.stream().filter(decision -> decision.claimId().equals("CL-05")).forEach(decisions::add);
        com.slacredits.domain.RunDecisions decided = com.slacredits.domain.RunDecisions.of(decisions)
                .addReversal(ReversalReportTest.CL_05_REVERSED);
        RunSummary summary = new RunSummary(October2026.AS_OF, false, decided, 0, new TreeMap<>(), List.of(),
                List.of(), java.util.Optional.empty());

        String text = render(dir, summary, "embedded").flat();

        assertThat(text).contains("All packs EUR SLA credit 2 €800.00 EUR Reversal 1 -€300.00"
                + " EUR All credits 3 €500.00 USD SLA credit 2 $350.00 Cash refunds");
        assertThat(text).contains("All packs EUR SLA credit, paid out 1 €400.00 EUR Termination refund 1 €16,767.12"
                + " EUR All cash refunds 2 €17,167.12");
    }

    @Test
    void theSignOffNamesWhoPreparedAndWhoApprovedInTheConsole(@TempDir Path dir) throws IOException {
        SignOff signOff = new SignOff(
                java.util.Optional.of(new SignOff.Signer("alice", java.time.Instant.parse("2026-11-05T07:58:30Z"))),
                java.util.Optional.of(new SignOff.Signer("bob", java.time.Instant.parse("2026-11-05T09:14:02Z"))));
        String text = render(dir, October2026.summary(false), signOff).flat();
        assertThat(signOff(text)).isEqualTo("Sign-off Name Date Signature"
                + " Prepared by alice 2026-11-05 07:58 UTC Approved by bob 2026-11-05 09:14 UTC");
    }

    /** A run nobody approved in the console leaves the approver's name, date and signature to be written in. */
    @Test
    void withoutAConsoleApprovalTheApproverIsALineToSign(@TempDir Path dir) throws IOException {
        SignOff signOff = new SignOff(
                java.util.Optional.of(new SignOff.Signer("ops", java.time.Instant.parse("2026-11-05T06:00:00Z"))),
                java.util.Optional.empty());
        String text = render(dir, October2026.summary(false), signOff).flat();
        assertThat(signOff(text)).isEqualTo("Sign-off Name Date Signature Prepared by ops 2026-11-05 06:00 UTC"
                + " Approved by");
        assertThat(signOff(render(Files.createDirectories(dir.resolve("none")), October2026.summary(false),
                SignOff.NONE).flat()))
                .isEqualTo("Sign-off Name Date Signature Prepared by Approved by");
    }

    /** The sign-off block, which is the summary's last: from its title to the last page's footer. */
    private static String signOff(String text) {
        int start = text.lastIndexOf("Sign-off Name Date Signature");
        assertThat(start).as("the sign-off after every other section")
                .isGreaterThan(text.indexOf("Services without monitoring data in a period the run needed"));
        return text.substring(start, text.indexOf(" " + StatementRun.DEFAULT_PROVIDER_NAME + " ·", start));
    }

    @Test
    void anExistingSummaryIsNotRenderedAgain(@TempDir Path dir) throws IOException {
        render(dir, October2026.summary(false), "embedded");
        Path target = dir.resolve("summary.pdf");
        Object key = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        SummaryParameters parameters = new SummaryParameters("x", 1, dir, dir, "embedded");
        assertThat(RENDERER.render(October2026.summary(true), parameters, target)).isFalse();
        assertThat(Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(key);
    }
}
