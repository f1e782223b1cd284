package com.slacredits.domain;

import com.slacredits.domain.support.SupportTally;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one month-end run did, for the finance summary and the run's last lines.
 *
 * @param decided every claim decided in this run, gathered into the figures the summary shows
 * @param pendingClaims claims stored and still waiting for their month to end
 * @param rejectedRowsPerFile input rows that could not be read, by file name
 * @param servicesWithoutData services with no monitoring data in a period a claim or an automatic pack
 *     needed; a filed claim on one waits for it (credit rules, section 7)
 * @param waitingForContract pending claims on contracts known only from rejected contracts.csv rows
 *     (credit rules, section 7), by claim id
 * @param hold why the credit brake held the run's adjustments, when it did and they are not released
 * @param support the support tickets the run measured, and those left unmeasured at its end (support SLAs,
 *     section 5)
 */
public record RunSummary(
        LocalDate asOf,
        boolean dryRun,
        RunDecisions decided,
        long pendingClaims,
        SortedMap<String, Long> rejectedRowsPerFile,
        List<MonitoringGap> servicesWithoutData,
        List<Claim> waitingForContract,
        Optional<CreditHold> hold,
        SupportTally support) {

    /** A run without support tickets, as every run was before support SLAs. */
    public RunSummary(LocalDate asOf, boolean dryRun, RunDecisions decided, long pendingClaims,
            SortedMap<String, Long> rejectedRowsPerFile, List<MonitoringGap> servicesWithoutData,
            List<Claim> waitingForContract, Optional<CreditHold> hold) {
        this(asOf, dryRun, decided, pendingClaims, rejectedRowsPerFile, servicesWithoutData, waitingForContract, hold,
                SupportTally.NONE);
    }

    public RunSummary(LocalDate asOf, boolean dryRun, List<ClaimDecision> decisions, long pendingClaims,
            SortedMap<String, Long> rejectedRowsPerFile, List<MonitoringGap> servicesWithoutData) {
        this(asOf, dryRun, decisions, pendingClaims, rejectedRowsPerFile, servicesWithoutData, List.of());
    }

    public RunSummary(LocalDate asOf, boolean dryRun, List<ClaimDecision> decisions, long pendingClaims,
            SortedMap<String, Long> rejectedRowsPerFile, List<MonitoringGap> servicesWithoutData,
            List<Claim> waitingForContract) {
        this(asOf, dryRun, RunDecisions.of(decisions), pendingClaims, rejectedRowsPerFile, servicesWithoutData,
                waitingForContract, Optional.empty());
    }

    /** The same run, held by the credit brake for {@code hold}. */
    public RunSummary heldFor(CreditHold hold) {
        return new RunSummary(asOf, dryRun, decided, pendingClaims, rejectedRowsPerFile, servicesWithoutData,
                waitingForContract, Optional.of(hold), support);
    }

    /** The same run, with the support tickets it measured and left unmeasured. */
    public RunSummary withSupport(SupportTally tally) {
        return new RunSummary(asOf, dryRun, decided, pendingClaims, rejectedRowsPerFile, servicesWithoutData,
                waitingForContract, hold, tally);
    }

    public RunSummary {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(support, "support");
        rejectedRowsPerFile = new TreeMap<>(rejectedRowsPerFile);
        servicesWithoutData = servicesWithoutData.stream()
                .sorted(Comparator.comparing(MonitoringGap::serviceId).thenComparing(MonitoringGap::period))
                .distinct()
                .toList();
        waitingForContract = waitingForContract.stream().sorted(Comparator.comparing(Claim::claimId)).toList();
    }

    /** Claims decided, keyed "OUTCOME REASON", in the order outcomes and reasons are declared. */
    public SortedMap<String, Long> decidedByOutcomeAndReason() {
        return decided.decidedByOutcomeAndReason();
    }

    public long decidedCount() {
        return decided.decidedCount();
    }

    public List<Adjustment> adjustments() {
        return decided.adjustments();
    }

    /** The reversals of earlier adjustments this run reports, by claim id. */
    public List<AdjustmentReversal> reversals() {
        return decided.reversals();
    }

    /** Totals per settlement, currency and kind ({@link RunDecisions#totals()}), reversals included. */
    public List<RunDecisions.Total> totals() {
        return decided.totals();
    }

    /** The totals of what is settled one way: the credits on the next invoice, or the cash refunds. */
    public List<RunDecisions.Total> totals(Settlement settlement) {
        return decided.totals(settlement);
    }

    /** The largest adjustments of each currency, largest first, by currency code; never ranked across currencies. */
    public SortedMap<String, List<Adjustment>> largestAdjustments(int limitPerCurrency) {
        return decided.largestAdjustments(limitPerCurrency);
    }

    public long rejectedRows() {
        return rejectedRowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
