package com.slacredits.jobs.monthend.publish;

import com.slacredits.jobs.run.RunParameters;


import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Numerals;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.RunSummary;
import com.slacredits.domain.RunDecisions;
import com.slacredits.domain.RunDecisions.Total;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.ShortList;
import com.slacredits.domain.support.SupportTally;
import com.slacredits.readers.InputFolder;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The run's last lines: what finance and an operator need to know without opening a file. The summary
 * step keeps them in the job's execution context, where the command line finds them to print.
 */
public final class MonthEndSummary {

    /** The key of the last lines in the job's execution context. */
    public static final String LINES = "summary.lines";

    private final DecisionJournal journal;
    private final ClaimRegister register;
    private final RunRecord runRecord;
    private final HoldRegister holds;
    private final ReversalJournal reversals;
    private final SupportCounts support;

    MonthEndSummary(DecisionJournal journal, ClaimRegister register, RunRecord runRecord, HoldRegister holds,
            ReversalJournal reversals, SupportCounts support) {
        this.journal = journal;
        this.reversals = reversals;
        this.support = support;
        this.register = register;
        this.runRecord = runRecord;
        this.holds = holds;
    }

    RunSummary collect(RunParameters run) {
        long runId = run.runId();
        RunDecisions decided = new RunDecisions();
        journal.forEachOfRun(runId, decided::add);
        reversals.reportedInRun(runId).forEach(decided::addReversal);
        register.notePendingAtEndOf(runId);
        RunSummary summary = new RunSummary(run.asOf(), run.dryRun(), decided,
                register.pendingAtEndOf(runId), runRecord.rejectCountsOfRun(runId), runRecord.gapsOfRun(runId),
                register.waitingForContractAtEndOf(runId), Optional.empty(), support.of(runId));
        return holds.of(runId).filter(held -> !held.isReleased())
                .map(held -> summary.heldFor(held.hold()))
                .orElse(summary);
    }

    /**
     * The support tickets, when the run has any to speak of: those measured, per pack and priority with
     * each clock met and missed, then those left open or without targets.
     */
    private static void support(SupportTally tally, PolicyCatalog policies, StringBuilder text) {
        if (tally.isEmpty()) {
            return;
        }
        text.append(Numerals.format("Support tickets measured: %d (%s; %s)%n", tally.measuredCount(),
                clock("first response", tally.responseMet(), tally.responseMissed()),
                clock("resolution", tally.resolutionMet(), tally.resolutionMissed())));
        tally.measured().stream().sorted(SupportCounts.inPackOrder(policies)).forEach(row ->
                text.append(Numerals.format("  %-36s %6d  %s; %s%n", row.policyId() + " " + row.priority(), row.tickets(),
                        clock("response", row.responseMet(), row.responseMissed()),
                        clock("resolution", row.resolutionMet(), row.resolutionMissed()))));
        text.append(Numerals.format("Support tickets open (waiting to be measured): %d; without targets: %d%n",
                tally.openCount(), tally.withoutTargetsCount()));
    }

    /**
     * Credits and cash refunds apart, each by currency and kind; a currency of more than one kind ends
     * with its sum. A credit on a contract that has ended is paid out, and is listed with the refunds.
     */
    private static void totals(String title, List<Total> totals, StringBuilder text) {
        text.append(title).append(totals.isEmpty() ? ": none\n" : ":\n");
        Map<String, List<Total>> byCurrency = new TreeMap<>();
        totals.forEach(total -> byCurrency.computeIfAbsent(total.currency(), c -> new ArrayList<>()).add(total));
        byCurrency.forEach((currency, kinds) -> {
            for (Total total : kinds) {
                text.append(Numerals.format("  %s %-20s %16s  (%d)%n", currency, total.kind(),
                        total.amount().toPlainString(), total.count()));
            }
            if (kinds.size() > 1) {
                text.append(Numerals.format("  %s %-20s %16s  (%d)%n", currency, "all",
                        kinds.stream().map(Total::amount).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString(),
                        kinds.stream().mapToLong(Total::count).sum()));
            }
        });
    }

    private static String clock(String name, long met, long missed) {
        return met + missed == 0 ? "no " + name + " target" : name + " met " + met + ", missed " + missed;
    }

    static String lines(RunParameters run, RunSummary summary, PolicyCatalog policies) {
        StringBuilder text = new StringBuilder();
        text.append(Numerals.format("Month-end as of %s%s: run %d, results in %s%n", summary.asOf(),
                summary.dryRun() ? " (DRY RUN - nothing posted)" : "", run.runId(), run.output()));
        summary.hold().ifPresent(hold -> text.append(summary.dryRun() ? "A real run would be HELD: " : "HELD: ")
                .append(hold.sentence()).append('\n'));
        // An export of a run whose drop folder was purged since cannot tell, and says nothing.
        if (Files.isDirectory(run.input()) && new InputFolder(run.input()).claims().isEmpty()) {
            // files.md: a provider whose packs are all automatic files no claims; say so, so that a
            // missing export is not mistaken for a quiet month.
            boolean tickets = new InputFolder(run.input()).tickets().isPresent();
            text.append(Numerals.format("No claims.csv in the input: only automatic periods%s were decided.%n",
                    tickets ? " and support tickets" : ""));
        }
        text.append(Numerals.format("Claims decided: %d%n", summary.decidedCount()));
        if (summary.decidedCount() == 0) {
            text.append(Numerals.format("Nothing new to decide: no claim or automatic period was due and undecided as of %s.%n",
                    summary.asOf()));
        }
        for (Map.Entry<String, Long> count : summary.decidedByOutcomeAndReason().entrySet()) {
            text.append(Numerals.format("  %-36s %6d%n", count.getKey(), count.getValue()));
        }
        totals("Credits on the next invoice", summary.totals(Settlement.NEXT_INVOICE), text);
        totals("Cash refunds, paid out", summary.totals(Settlement.REFUND), text);
        if (!summary.reversals().isEmpty()) {
            text.append(Numerals.format("Reversals of adjustments posted earlier: %d%n", summary.reversals().size()));
            for (AdjustmentReversal reversal : summary.reversals()) {
                text.append(Numerals.format("  %s reverses %s (claim %s): %s %s, by %s at %s: %s%n",
                        reversal.adjustmentId(), reversal.reverses().orElseThrow(), reversal.claimId(),
                        reversal.amount().plain(), reversal.amount().currency().getCurrencyCode(),
                        reversal.reversedBy(), reversal.reversedAt(), reversal.reason()));
            }
        }
        text.append(Numerals.format("Claims still pending: %d%n", summary.pendingClaims()));
        support(summary.support(), policies, text);
        if (!summary.waitingForContract().isEmpty()) {
            text.append("Claims waiting for a good contracts.csv row of their contract: ")
                    .append(joined(summary.waitingForContract().stream()
                            .map(claim -> claim.claimId() + " (" + claim.contractId() + ")").toList())).append('\n');
        }
        text.append("Rows rejected: ").append(summary.rejectedRowsPerFile().isEmpty() ? "none"
                : joined(summary.rejectedRowsPerFile().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList())).append('\n');
        text.append("Services without monitoring data in a period to decide: ").append(summary.servicesWithoutData().isEmpty()
                ? "none" : joined(summary.servicesWithoutData().stream()
                        .map(gap -> gap.serviceId() + " " + gap.period()).toList()));
        return text.toString();
    }

    /** A list on one line, bounded: 5,000 probe files or every month to 9999 must not make a line of megabytes. */
    private static String joined(List<String> items) {
        ShortList<String> list = ShortList.of(items);
        return String.join(", ", list.shown()) + (list.more() == 0 ? "" : ", " + list.moreWords());
    }
}
