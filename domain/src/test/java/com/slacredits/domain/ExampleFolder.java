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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A worked example of the spec (examples/...), read with the least CSV handling that reads it: no quoted
 * fields, a header naming the columns. The product's readers and writers live in other modules; this only
 * turns the example's rows into domain values and the domain's answers into rows to compare cell by cell.
 */
final class ExampleFolder {

    private final Path folder;
    int unreadableProbes;
    int unreadableClaims;
    /** The first probe of each service, as {@link #timelines()} read them. */
    final Map<String, Instant> firstProbe = new TreeMap<>();

    ExampleFolder(String folder) {
        this.folder = Path.of("../examples").resolve(folder);
    }

    Map<String, SlotTimeline> timelines() throws IOException {
        Map<String, SlotTimeline> timelines = new TreeMap<>();
        for (Map<String, String> row : read("input/probes.csv")) {
            Optional<Instant> checkedAt = instant(row.get("checked_at"));
            if (checkedAt.isEmpty()) {
                unreadableProbes++;
                continue;
            }
            timelines.computeIfAbsent(row.get("service_id"), SlotTimeline::new)
                    .observe(checkedAt.get(), ProbeStatus.valueOf(row.get("status")));
            firstProbe.merge(row.get("service_id"), checkedAt.get(), (a, b) -> a.isBefore(b) ? a : b);
        }
        return timelines;
    }

    List<ExcusedWindow> windows() throws IOException {
        List<ExcusedWindow> windows = new ArrayList<>();
        for (Map<String, String> row : read("input/windows.csv")) {
            windows.add(new ExcusedWindow(row.get("window_id"), row.get("service_id"),
                    WindowCause.valueOf(row.get("cause")), instant(row.get("starts_at")).orElseThrow(),
                    instant(row.get("ends_at")).orElseThrow(), instant(row.get("announced_at"))));
        }
        return windows;
    }

    List<Contract> contracts() throws IOException {
        List<Contract> contracts = new ArrayList<>();
        for (Map<String, String> row : read("input/contracts.csv")) {
            contracts.add(new Contract(row.get("contract_id"), row.get("customer_id"), row.get("customer_name"),
                    row.get("customer_email"), row.get("edition"), row.get("service_id"),
                    new BigDecimal(row.get("annual_fee")), Currency.getInstance(row.get("currency")),
                    LocalDate.parse(row.get("start_date")), optional(row.get("end_date")).map(LocalDate::parse),
                    optional(row.get("policy")).orElse(PolicyCatalog.DEFAULT_POLICY_ID),
                    optional(row.get("guarantee_pct")).map(BigDecimal::new), Optional.empty(),
                    optional(row.get("support_zone")).map(ZoneId::of), optional(row.get("support_country"))));
        }
        return contracts;
    }

    List<Invoice> invoices() throws IOException {
        List<Invoice> invoices = new ArrayList<>();
        for (Map<String, String> row : read("input/invoices.csv")) {
            invoices.add(new Invoice(row.get("invoice_id"), row.get("contract_id"),
                    LocalDate.parse(row.get("period_start")), LocalDate.parse(row.get("period_end")),
                    new BigDecimal(row.get("amount")), Currency.getInstance(row.get("currency"))));
        }
        return invoices;
    }

    /** A row names its period in {@code service_month} or {@code period}. */
    List<Claim> claims() throws IOException {
        List<Claim> claims = new ArrayList<>();
        for (Map<String, String> row : read("input/claims.csv")) {
            Optional<Instant> receivedAt = instant(row.get("received_at"));
            if (receivedAt.isEmpty()) {
                unreadableClaims++;
                continue;
            }
            ServicePeriod period = optional(row.get("service_month"))
                    .map(month -> ServicePeriod.month(YearMonth.parse(month)))
                    .orElseGet(() -> ServicePeriod.parse(row.get("period")));
            claims.add(new Claim(row.get("claim_id"), row.get("contract_id"), period,
                    receivedAt.get(), Channel.valueOf(row.get("channel")),
                    optional(row.get("claimed_downtime_minutes")).map(m -> OptionalLong.of(Long.parseLong(m)))
                            .orElse(OptionalLong.empty()),
                    optional(row.get("terminate")).map(Boolean::parseBoolean).orElse(false)));
        }
        return claims;
    }

    /** The example's claims decided under the built-in packs, with nothing decided before. */
    List<ClaimDecision> decisions(LocalDate asOf) throws IOException {
        return new ClaimAdjudicator(Packs.catalog(), new ContractBook(contracts(), invoices()),
                new AvailabilityLedger(timelines().values(), windows()), Set.of())
                .decide(claims(), asOf).decisions();
    }

    List<Map<String, String>> expected(String file) throws IOException {
        return read("expected/" + file);
    }

    /** Every expected row, in order, each expected cell equal to the one the domain's answer gives. */
    static <T> void assertMatches(List<Map<String, String>> expected, List<T> actual,
            Function<T, String> claimId, Function<T, Map<String, String>> format) {
        assertThat(actual).extracting(claimId)
                .containsExactlyElementsOf(expected.stream().map(row -> row.get("claim_id")).toList());
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> wanted = expected.get(i);
            Map<String, String> got = format.apply(actual.get(i));
            for (Map.Entry<String, String> cell : wanted.entrySet()) {
                assertThat(got).as("%s of %s is a column the test knows", cell.getKey(), wanted.get("claim_id"))
                        .containsKey(cell.getKey());
                assertThat(got.get(cell.getKey()))
                        .as("%s of %s", cell.getKey(), wanted.get("claim_id"))
                        .isEqualTo(cell.getValue());
            }
        }
    }

    /**
     * One row as decisions.csv writes it (files.md): percentages with 3 decimals, amounts with minor digits,
     * {@code service_month} as the domain gives it for the outputs.
     */
    static Map<String, String> decisionRow(ClaimDecision decision, PolicyCatalog policies) {
        Claim claim = decision.claim();
        boolean verified = decision.reason().isVerified();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("claim_id", claim.claimId());
        row.put("contract_id", claim.contractId());
        row.put("customer_id", decision.customerId().orElse(""));
        row.put("service_month", decision.serviceMonth(policies).map(YearMonth::toString).orElse(""));
        row.put("outcome", decision.outcome().name());
        row.put("reason", decision.reason().name());
        row.put("availability_pct", decision.availability().map(a -> a.percentShown().toPlainString()).orElse(""));
        row.put("guarantee_pct", decision.guaranteePercent().map(ExampleFolder::percent).orElse(""));
        row.put("credit_pct", decision.creditPercent().map(ExampleFolder::percent).orElse(""));
        row.put("claimed_downtime_minutes", claim.claimedDowntimeMinutes().isPresent()
                ? Long.toString(claim.claimedDowntimeMinutes().getAsLong()) : "");
        row.put("verified_downtime_minutes",
                verified ? decision.availability().map(a -> Long.toString(a.downtimeSlots())).orElse("") : "");
        row.put("excused_minutes",
                verified ? decision.availability().map(a -> Long.toString(a.excusedSlots())).orElse("") : "");
        row.put("amount", decision.amount().map(Money::plain).orElse(""));
        row.put("currency", decision.amount().map(m -> m.currency().getCurrencyCode()).orElse(""));
        row.put("termination", decision.termination().name());
        row.put("settlement", decision.settlement().map(Settlement::name).orElse(""));
        row.put("period", claim.period().toString());
        row.put("policy", decision.policyId().orElse(""));
        row.put("channel", claim.channel().name());
        return row;
    }

    static Map<String, String> adjustmentRow(Adjustment adjustment) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("adjustment_id", adjustment.adjustmentId());
        row.put("claim_id", adjustment.claimId());
        row.put("contract_id", adjustment.contractId());
        row.put("customer_id", adjustment.customerId());
        row.put("service_month", adjustment.period().month().map(YearMonth::toString).orElse(""));
        row.put("kind", adjustment.kind().name());
        row.put("amount", adjustment.amount().plain());
        row.put("currency", adjustment.amount().currency().getCurrencyCode());
        row.put("settlement", adjustment.settlement().name());
        row.put("period", adjustment.period().toString());
        row.put("invoice_id", adjustment.invoiceId().orElse(""));
        return row;
    }

    private static String percent(BigDecimal value) {
        return value.setScale(3).toPlainString();
    }

    /** The rows of one CSV file, each a map from header name to cell; the examples have no quoted fields. */
    private List<Map<String, String>> read(String file) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].trim(), i < cells.length ? cells[i].trim() : "");
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
