package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The month worked by hand in the spec (examples/october-2026), fed to the domain alone: no Spring, no
 * database, no real readers or writers. The CSV handling here is the least that reads this example; the
 * product's readers and writers live in other modules.
 */
class OctoberExampleTest {

    private static final Path EXAMPLE = Path.of("../examples/october-2026");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 5);

    private static Adjudication adjudication;
    private static AvailabilityLedger ledger;
    private static int unreadableProbes;
    private static int unreadableClaims;

    @BeforeAll
    static void runTheMonth() throws IOException {
        Map<String, SlotTimeline> timelines = new TreeMap<>();
        for (Map<String, String> row : read("input/probes.csv")) {
            Optional<Instant> checkedAt = instant(row.get("checked_at"));
            if (checkedAt.isEmpty()) {
                unreadableProbes++;
                continue;
            }
            timelines.computeIfAbsent(row.get("service_id"), SlotTimeline::new)
                    .observe(checkedAt.get(), ProbeStatus.valueOf(row.get("status")));
        }

        List<ExcusedWindow> windows = new ArrayList<>();
        for (Map<String, String> row : read("input/windows.csv")) {
            windows.add(new ExcusedWindow(row.get("window_id"), row.get("service_id"),
                    WindowCause.valueOf(row.get("cause")), instant(row.get("starts_at")).orElseThrow(),
                    instant(row.get("ends_at")).orElseThrow(), instant(row.get("announced_at"))));
        }

        List<Contract> contracts = new ArrayList<>();
        for (Map<String, String> row : read("input/contracts.csv")) {
            contracts.add(new Contract(row.get("contract_id"), row.get("customer_id"), row.get("customer_name"),
                    row.get("customer_email"), Edition.valueOf(row.get("edition")), row.get("service_id"),
                    new BigDecimal(row.get("annual_fee")), Currency.getInstance(row.get("currency")),
                    LocalDate.parse(row.get("start_date")), optional(row.get("end_date")).map(LocalDate::parse),
                    optional(row.get("policy")).orElse(PolicyCatalog.DEFAULT_POLICY_ID)));
        }

        List<Invoice> invoices = new ArrayList<>();
        for (Map<String, String> row : read("input/invoices.csv")) {
            invoices.add(new Invoice(row.get("invoice_id"), row.get("contract_id"),
                    LocalDate.parse(row.get("period_start")), LocalDate.parse(row.get("period_end")),
                    new BigDecimal(row.get("amount")), Currency.getInstance(row.get("currency"))));
        }

        List<Claim> claims = new ArrayList<>();
        for (Map<String, String> row : read("input/claims.csv")) {
            Optional<Instant> receivedAt = instant(row.get("received_at"));
            if (receivedAt.isEmpty()) {
                unreadableClaims++;
                continue;
            }
            claims.add(new Claim(row.get("claim_id"), row.get("contract_id"), YearMonth.parse(row.get("service_month")),
                    receivedAt.get(), Channel.valueOf(row.get("channel")),
                    optional(row.get("claimed_downtime_minutes")).map(m -> OptionalLong.of(Long.parseLong(m)))
                            .orElse(OptionalLong.empty()),
                    optional(row.get("terminate")).map(Boolean::parseBoolean).orElse(false)));
        }

        ledger = new AvailabilityLedger(timelines.values(), windows);
        adjudication = new ClaimAdjudicator(PolicyCatalog.standard(), new ContractBook(contracts, invoices), ledger,
                Set.of()).decide(claims, AS_OF);
    }

    @Test
    void october_2026_has_44700_slots_and_march_44580() {
        PolicyPack standard = PolicyCatalog.standard().require(PolicyCatalog.DEFAULT_POLICY_ID);

        assertThat(standard.serviceMonth(YearMonth.of(2026, 10)).size()).isEqualTo(44_700);
        assertThat(standard.serviceMonth(YearMonth.of(2026, 3)).size()).isEqualTo(44_580);
    }

    @Test
    void the_rows_without_an_offset_are_not_read() {
        // One probe and one claim (CL-13) have no offset: they go to rejects.csv in the real run.
        assertThat(unreadableProbes).isEqualTo(1);
        assertThat(unreadableClaims).isEqualTo(1);
        assertThat(adjudication.decisions()).extracting(ClaimDecision::claimId).doesNotContain("CL-13");
    }

    @Test
    void the_november_claim_waits() {
        assertThat(adjudication.pending()).extracting(Claim::claimId).containsExactly("CL-10");
    }

    @Test
    void the_services_measure_as_worked_by_hand() {
        PolicyPack standard = PolicyCatalog.standard2024();
        YearMonth october = YearMonth.of(2026, 10);

        assertThat(ledger.availabilityOf(contractOn("svc-a"), standard, october))
                .isEqualTo(new Availability(44_700, 60, 50));
        assertThat(ledger.availabilityOf(contractOn("svc-b"), standard, october))
                .isEqualTo(new Availability(44_700, 0, 160));
        assertThat(ledger.availabilityOf(contractOn("svc-c"), standard, october))
                .isEqualTo(new Availability(44_700, 0, 1_500));
    }

    @Test
    void decisions_match_expected_decisions_csv() throws IOException {
        assertMatches(read("expected/decisions.csv"), adjudication.decisions(), ClaimDecision::claimId,
                OctoberExampleTest::decisionRow);
    }

    @Test
    void adjustments_match_expected_adjustments_csv() throws IOException {
        assertMatches(read("expected/adjustments.csv"), adjudication.adjustments(), Adjustment::claimId,
                OctoberExampleTest::adjustmentRow);
    }

    @Test
    void the_run_summary_adds_up_per_currency_and_kind() {
        RunSummary summary = new RunSummary(AS_OF, false, adjudication.decisions(), adjudication.pending().size(),
                new TreeMap<>(Map.of("probes.csv", 1L, "claims.csv", 1L)), List.of());

        // From expected/adjustments.csv: EUR credits 500.00 + 300.00, one EUR refund, USD credits 200.00 + 150.00.
        assertThat(summary.totals()).containsExactly(
                new RunSummary.Total("EUR", AdjustmentKind.SLA_CREDIT, new BigDecimal("800.00"), 2),
                new RunSummary.Total("EUR", AdjustmentKind.TERMINATION_REFUND, new BigDecimal("16767.12"), 1),
                new RunSummary.Total("USD", AdjustmentKind.SLA_CREDIT, new BigDecimal("350.00"), 2));
        assertThat(summary.decidedCount()).isEqualTo(11);
        assertThat(summary.pendingClaims()).isEqualTo(1);
        assertThat(summary.rejectedRows()).isEqualTo(2);
        assertThat(summary.decidedByOutcomeAndReason()).containsExactly(
                Map.entry("CREDIT TIER", 4L),
                Map.entry("TERMINATION_REFUND MATERIAL_BREACH", 1L),
                Map.entry("REJECTED UNKNOWN_CONTRACT", 1L),
                Map.entry("REJECTED NOT_IN_WRITING", 1L),
                Map.entry("REJECTED LATE", 1L),
                Map.entry("REJECTED NOT_COVERED", 1L),
                Map.entry("REJECTED DUPLICATE", 1L),
                Map.entry("REJECTED NO_CREDIT_DUE", 1L));
    }

    private static <T> void assertMatches(List<Map<String, String>> expected, List<T> actual,
            Function<T, String> claimId, Function<T, Map<String, String>> format) {
        assertThat(actual).extracting(claimId)
                .containsExactlyElementsOf(expected.stream().map(row -> row.get("claim_id")).toList());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> wanted = expected.get(i);
            Map<String, String> got = format.apply(actual.get(i));
            for (Map.Entry<String, String> cell : wanted.entrySet()) {
                assertThat(got.get(cell.getKey()))
                        .as("%s of %s", cell.getKey(), wanted.get("claim_id"))
                        .isEqualTo(cell.getValue());
            }
        }
    }

    /** One row as decisions.csv writes it (files.md): percentages with 3 decimals, amounts with minor digits. */
    private static Map<String, String> decisionRow(ClaimDecision decision) {
        Claim claim = decision.claim();
        boolean verified = decision.reason().isVerified();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("claim_id", claim.claimId());
        row.put("contract_id", claim.contractId());
        row.put("customer_id", decision.customerId().orElse(""));
        row.put("service_month", claim.serviceMonth().toString());
        row.put("outcome", decision.outcome().name());
        row.put("reason", decision.reason().name());
        row.put("availability_pct", decision.availability().map(a -> a.percentShown().toPlainString()).orElse(""));
        row.put("guarantee_pct", decision.guaranteePercent().map(OctoberExampleTest::percent).orElse(""));
        row.put("credit_pct", decision.creditPercent().map(OctoberExampleTest::percent).orElse(""));
        row.put("claimed_downtime_minutes", claim.claimedDowntimeMinutes().isPresent()
                ? Long.toString(claim.claimedDowntimeMinutes().getAsLong()) : "");
        row.put("verified_downtime_minutes",
                verified ? decision.availability().map(a -> Long.toString(a.downtimeSlots())).orElse("") : "");
        row.put("excused_minutes",
                verified ? decision.availability().map(a -> Long.toString(a.excusedSlots())).orElse("") : "");
        row.put("amount", decision.amount().map(Money::plain).orElse(""));
        row.put("currency", decision.amount().map(m -> m.currency().getCurrencyCode()).orElse(""));
        row.put("termination", decision.termination().name());
        return row;
    }

    private static Map<String, String> adjustmentRow(Adjustment adjustment) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("adjustment_id", adjustment.adjustmentId());
        row.put("claim_id", adjustment.claimId());
        row.put("contract_id", adjustment.contractId());
        row.put("customer_id", adjustment.customerId());
        row.put("service_month", adjustment.serviceMonth().toString());
        row.put("kind", adjustment.kind().name());
        row.put("amount", adjustment.amount().plain());
        row.put("currency", adjustment.amount().currency().getCurrencyCode());
        row.put("settlement", adjustment.settlement().name());
        return row;
    }

    private static String percent(BigDecimal value) {
        return value.setScale(3).toPlainString();
    }

    private static Contract contractOn(String serviceId) {
        return new Contract("probe-" + serviceId, "CU-0", "", "", Edition.ENTERPRISE, serviceId, BigDecimal.ONE,
                Currency.getInstance("EUR"), LocalDate.of(2020, 1, 1), Optional.empty(), PolicyCatalog.DEFAULT_POLICY_ID);
    }

    /** The rows of one CSV file, each a map from header name to cell; the example has no quoted fields. */
    private static List<Map<String, String>> read(String file) throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE.resolve(file), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** An instant must carry an offset; a timestamp without one cannot be read. */
    private static Optional<Instant> instant(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException noOffset) {
            return Optional.empty();
        }
    }

    private static Optional<String> optional(String cell) {
        return cell == null || cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }
}
