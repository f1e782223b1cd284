package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Termination;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The October 2026 statements, read back from the PDFs with PDFBox. */
class StatementPdfTest {

    static final String BANNER = "DRY RUN — nothing posted";

    @TempDir
    static Path live;

    @TempDir
    static Path dry;

    @BeforeAll
    static void renderOctober() throws IOException {
        Statements.render(live, false, DECISIONS);
        Statements.render(dry, true, DECISIONS);
    }

    static String text(Path outputDir, String customerId) throws IOException {
        return PdfText.of(outputDir.resolve("statements").resolve(customerId + ".pdf")).flat();
    }

    @Test
    void oneStatementPerCustomerWithADecision() throws IOException {
        try (Stream<Path> files = Files.list(live.resolve("statements"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("CU-1.pdf", "CU-2.pdf", "CU-3.pdf", "CU-4.pdf", "CU-5.pdf", "CU-6.pdf");
        }
    }

    @Test
    void headerNamesProviderCustomerDateAndStatementNumber() throws IOException {
        String text = text(live, "CU-3");
        assertThat(text).contains("Northwind Cloud Services B.V.", "SLA credit statement", "Cobalt Health Inc.",
                "Customer id CU-3", "2026-11-05", "ST-20261105-42-CU-3");
    }

    @Test
    void eachStatementShowsItsOwnClaims() throws IOException {
        for (Map.Entry<String, List<String>> customer : CLAIMS_BY_CUSTOMER.entrySet()) {
            assertThat(text(live, customer.getKey())).contains(customer.getValue());
        }
    }

    @Test
    void noStatementShowsAnythingOfAnotherCustomer() throws IOException {
        for (String customerId : CLAIMS_BY_CUSTOMER.keySet()) {
            String text = text(live, customerId);
            for (ClaimDecision decision : DECISIONS) {
                boolean own = decision.customerId().filter(customerId::equals).isPresent();
                if (own) {
                    continue;
                }
                assertThat(text).as("statement of %s", customerId)
                        .doesNotContain(decision.claimId())
                        .doesNotContain(decision.claim().contractId());
            }
            for (Contract contract : CONTRACTS) {
                if (!contract.customerId().equals(customerId)) {
                    assertThat(text).as("statement of %s", customerId)
                            .doesNotContain(contract.customerName())
                            .doesNotContain(contract.customerId())
                            .doesNotContain(contract.contractId());
                }
            }
        }
    }

    @Test
    void acmeGetsItsTierCreditAndTheDuplicateExplained() throws IOException {
        String text = text(live, "CU-1");
        assertThat(text).contains(
                "CL-01", "K-A1", "Enterprise", "2026-10", "99.887 %", "guarantee 99.9 %", "50 min", "you counted 84",
                "60 min", "Credit of 10 %", "€500.00", "credited on your next invoice",
                "Measured availability of 99.887 % was below the guarantee of 99.9 %: you receive a credit of 10 % of the monthly fee of €5,000.00.",
                "You counted 84 minutes of downtime; our monitoring records show 50 minutes",
                "We had already received a claim for contract K-A1 and 2026-10.");
        assertThat(text).containsPattern("EUR €500.00 €0.00 €500.00");
    }

    @Test
    void brightsideIsToldNoCreditIsDueAndThatClaimsMustBeWritten() throws IOException {
        String text = text(live, "CU-2");
        assertThat(text).contains(
                "No credit due",
                "Measured availability of 99.887 % met the guarantee of 99.8 %, so no credit is due.",
                "Claims must be made in writing: by email, through the portal or by letter.",
                "This claim reached us by phone",
                "EUR €0.00 €0.00 €0.00");
        assertThat(text).doesNotContain("NOT_IN_WRITING", "NO_CREDIT_DUE");
    }

    @Test
    void cobaltSeesTwoCreditsALateClaimAndARefusedTermination() throws IOException {
        String text = text(live, "CU-3");
        assertThat(text).contains(
                "$200.00", "$150.00", "Growth", "99.642 %", "guarantee 99.85 %",
                "Claims for 2026-10 must reach us by 2026-11-30, within 30 days of the end of the service month.",
                "This claim reached us on 2026-12-01",
                "Termination refused",
                "Termination is possible only after a material breach",
                "contract K-B2 continues",
                "USD $350.00 $0.00 $350.00");
        assertThat(text).doesNotContain("LATE", "€");
    }

    @Test
    void deltaFoodsIsRefundedWithTheDateTheTerminationTookEffect() throws IOException {
        String text = text(live, "CU-4");
        assertThat(text).contains(
                "Refund", "Termination granted", "€16,767.12", "refunded", "96.644 %",
                "that it counts as a material breach",
                "contract K-C1 is terminated, effective at the end of 2026-11-10",
                "You counted 1,500 minutes of downtime; our monitoring records show the same.",
                "EUR €0.00 €16,767.12 €16,767.12");
    }

    @Test
    void evergreenGetsThirtyPercent() throws IOException {
        assertThat(text(live, "CU-5")).contains("Credit of 30 %", "€300.00", "a credit of 30 % of the monthly fee",
                "EUR €300.00 €0.00 €300.00");
    }

    @Test
    void fjordIsToldItsContractDidNotCoverOctober() throws IOException {
        assertThat(text(live, "CU-6")).contains(
                "Contract K-D1 did not cover any day of 2026-10: it starts on 2026-11-01.", "EUR €0.00 €0.00 €0.00");
    }

    @Test
    void aClaimWithoutAContractGetsNoStatement() throws IOException {
        for (String customerId : CLAIMS_BY_CUSTOMER.keySet()) {
            assertThat(text(live, customerId)).doesNotContain("CL-09", "K-ZZ");
        }
    }

    @Test
    void footerCountsPages() throws IOException {
        for (String customerId : CLAIMS_BY_CUSTOMER.keySet()) {
            assertThat(text(live, customerId)).contains("page 1 of 1");
        }
    }

    @Test
    void dryRunSaysSoOnEveryPageAndALiveRunNowhere() throws IOException {
        for (String customerId : CLAIMS_BY_CUSTOMER.keySet()) {
            PdfText dryText = PdfText.of(dry.resolve("statements").resolve(customerId + ".pdf"));
            assertThat(dryText.pages()).allSatisfy(page -> assertThat(page).contains(BANNER));
            assertThat(text(live, customerId)).doesNotContain("DRY RUN");
        }
    }

    @Test
    void longStatementRepeatsTheTableHeaderAndCountsPages(@TempDir Path out) throws IOException {
        List<ClaimDecision> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(credit(claim(String.format("CL-%03d", i), "K-A1", OCTOBER,
                            LocalDate.of(2026, 11, 2).atStartOfDay().toInstant(ZoneOffset.UTC), Channel.EMAIL, 84L, false),
                    K_A1, SVC_A, "99.9", "10", "500.00", Termination.NONE));
        }
        Statements.render(out, true, many);

        PdfText text = PdfText.of(out.resolve("statements/CU-1.pdf"));
        int pages = text.pageCount();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int page = 1; page <= pages; page++) {
            assertThat(text.page(page)).as("page %d", page)
                    .contains("Claim", "Contract", "Availability", "Decision", "Amount", "Acme Logistics B.V.", BANNER)
                    .contains("page " + page + " of " + pages);
        }
        assertThat(text.flat()).contains("CL-001", "CL-060", "EUR €30,000.00 €0.00 €30,000.00");
    }

    @Test
    void totalsArePerCurrency(@TempDir Path out) throws IOException {
        Currency jpy = Currency.getInstance("JPY");
        Currency chf = Currency.getInstance("CHF");
        Contract yen = contract("K-Y1", "CU-9", "Gamma KK", "GROWTH", "svc-a", "1200000", jpy, "2024-01-01");
        Contract euro = contract("K-Y2", "CU-9", "Gamma KK", "GROWTH", "svc-a", "24000.00", EUR, "2024-01-01");
        Contract franc = contract("K-Y3", "CU-9", "Gamma KK", "GROWTH", "svc-a", "24000.00", chf, "2024-01-01");
        List<ClaimDecision> decisions = List.of(
                credit(claim("CL-Y1", "K-Y1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false), yen, SVC_B, "99.85",
                        "10", "10000", Termination.NONE),
                credit(claim("CL-Y2", "K-Y2", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false), euro, SVC_B, "99.85",
                        "10", "200.00", Termination.NONE),
                rejected(claim("CL-Y3", "K-Y3", "2026-11-02T09:00:00Z", Channel.CHAT, null, true), franc,
                        com.slacredits.domain.Reason.NOT_IN_WRITING));
        Statements.render(out, false, decisions);

        String text = PdfText.of(out.resolve("statements/CU-9.pdf")).flat();
        assertThat(text).contains("¥10,000", "CHF CHF 0.00 CHF 0.00 CHF 0.00", "EUR €200.00 €0.00 €200.00",
                "JPY ¥10,000 ¥0 ¥10,000", "This claim reached us through chat",
                "Because this claim was rejected, the termination is refused and contract K-Y3 continues.");
    }

    @Test
    void aLongNameIsCutWithAnEllipsisAndALongIdIsShownWholeOnAOnePageStatement(@TempDir Path out) throws IOException {
        String name = "Consolidated Intercontinental Holdings ".repeat(8).strip();
        String customerId = "CU-" + "7".repeat(97);
        Contract contract = contract("K-L1", customerId, name, "GROWTH", "svc-a", "24000.00", EUR, "2024-01-01");
        Statements.render(out, false, List.of(credit(claim("CL-L1", "K-L1", "2026-11-02T09:00:00Z", Channel.EMAIL, null,
                false), contract, SVC_B, "99.85", "10", "200.00", Termination.NONE)));

        PdfText text = PdfText.of(out.resolve("statements").resolve(customerId + ".pdf"));

        assertThat(text.pageCount()).isEqualTo(1);
        String flat = text.flat().replaceAll("\\s", "");
        // the id wraps beside the statement number, which holds it too; whole, it is there three times: the id
        // line, the statement number in the header and in the closing sentence (the one-line footer cuts it)
        assertThat(flat).contains("CustomeridCU-7");
        assertThat(flat.chars().filter(c -> c == '7').count()).isEqualTo(3 * 97);
        // cut after three of its eight repeats, wherever the statement shows it
        assertThat(flat).contains("HoldingsCo…");
        assertThat(flat.split("Consolidated", -1).length - 1).isLessThan(8);
        assertThat(StatementRenderer.fitted(name, StatementRenderer.NAME_CHARACTERS)).hasSize(120).endsWith("…");
        assertThat(StatementRenderer.fitted("Acme", 4)).isEqualTo("Acme");
    }
}
