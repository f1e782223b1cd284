package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one month-end run did, for the finance summary and the run's last lines.
 *
 * @param decisions every claim decided in this run
 * @param pendingClaims claims stored and still waiting for their month to end
 * @param rejectedRowsPerFile input rows that could not be read, by file name
 * @param servicesWithoutData services with no monitoring data in a period a claim or an automatic pack
 *     needed; a filed claim on one waits for it (credit rules, section 7)
 * @param waitingForContract pending claims on contracts known only from rejected contracts.csv rows
 *     (credit rules, section 7), by claim id
 * @param hold why the credit brake held the run's adjustments, when it did and they are not released
 */
public record RunSummary(
        LocalDate asOf,
        boolean dryRun,
        List<ClaimDecision> decisions,
        long pendingClaims,
        SortedMap<String, Long> rejectedRowsPerFile,
        List<MonitoringGap> servicesWithoutData,
        List<Claim> waitingForContract,
        Optional<CreditHold> hold) {

    public RunSummary(LocalDate asOf, boolean dryRun, List<ClaimDecision> decisions, long pendingClaims,
            SortedMap<String, Long> rejectedRowsPerFile, List<MonitoringGap> servicesWithoutData) {
        this(asOf, dryRun, decisions, pendingClaims, rejectedRowsPerFile, servicesWithoutData, List.of());
    }

    public RunSummary(LocalDate asOf, boolean dryRun, List<ClaimDecision> decisions, long pendingClaims,
            SortedMap<String, Long> rejectedRowsPerFile, List<MonitoringGap> servicesWithoutData,
            List<Claim> waitingForContract) {
        this(asOf, dryRun, decisions, pendingClaims, rejectedRowsPerFile, servicesWithoutData, waitingForContract,
                Optional.empty());
    }

    /** The same run, held by the credit brake for {@code hold}. */
    public RunSummary heldFor(CreditHold hold) {
        return new RunSummary(asOf, dryRun, decisions, pendingClaims, rejectedRowsPerFile, servicesWithoutData,
                waitingForContract, Optional.of(hold));
    }

    /** One line of the totals: the sum of one kind of adjustment in one currency. */
    public record Total(String currency, AdjustmentKind kind, BigDecimal amount, long count) {
    }

    public RunSummary {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(hold, "hold");
        decisions = decisions.stream().sorted(Comparator.comparing(ClaimDecision::claimId)).toList();
        rejectedRowsPerFile = new TreeMap<>(rejectedRowsPerFile);
        servicesWithoutData = servicesWithoutData.stream()
                .sorted(Comparator.comparing(MonitoringGap::serviceId).thenComparing(MonitoringGap::period))
                .distinct()
                .toList();
        waitingForContract = waitingForContract.stream().sorted(Comparator.comparing(Claim::claimId)).toList();
    }

    /** Claims decided, keyed "OUTCOME REASON", in the order outcomes and reasons are declared. */
    public SortedMap<String, Long> decidedByOutcomeAndReason() {
        SortedMap<String, Long> counts = new TreeMap<>(Comparator
                .comparing((String key) -> Outcome.valueOf(key.substring(0, key.indexOf(' '))).ordinal())
                .thenComparing(key -> Reason.valueOf(key.substring(key.indexOf(' ') + 1)).ordinal()));
        for (ClaimDecision decision : decisions) {
            counts.merge(decision.outcome() + " " + decision.reason(), 1L, Long::sum);
        }
        return counts;
    }

    public long decidedCount() {
        return decisions.size();
    }

    public List<Adjustment> adjustments() {
        return decisions.stream().flatMap(decision -> decision.adjustment().stream()).toList();
    }

    /** Totals per currency and kind, currencies alphabetically. */
    public List<Total> totals() {
        Map<String, Map<AdjustmentKind, Total>> byCurrency = new TreeMap<>();
        for (Adjustment adjustment : adjustments()) {
            String currency = adjustment.amount().currency().getCurrencyCode();
            byCurrency.computeIfAbsent(currency, c -> new TreeMap<>())
                    .merge(adjustment.kind(), new Total(currency, adjustment.kind(), adjustment.amount().amount(), 1),
                            (a, b) -> new Total(currency, a.kind(), a.amount().add(b.amount()), a.count() + b.count()));
        }
        return byCurrency.values().stream().flatMap(kinds -> kinds.values().stream()).toList();
    }

    /** The largest adjustments, largest first (amounts compared within their own currency's digits). */
    public List<Adjustment> largestAdjustments(int limit) {
        return adjustments().stream()
                .sorted(Comparator.comparing((Adjustment a) -> a.amount().amount()).reversed()
                        .thenComparing(Adjustment::claimId))
                .limit(limit)
                .toList();
    }

    public long rejectedRows() {
        return rejectedRowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
