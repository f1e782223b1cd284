package com.slacredits.jobs;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.RunSummary;
import com.slacredits.domain.RunDecisions;
import com.slacredits.domain.RunDecisions.Total;
import com.slacredits.readers.InputFolder;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunRecord;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The run's last lines: what finance and an operator need to know without opening a file. */
public final class MonthEndSummary {

    private final MonthEndArguments arguments;
    private final DecisionJournal journal;
    private final ClaimRegister register;
    private final RunRecord runRecord;
    private final HoldRegister holds;
    private final ReversalJournal reversals;
    private final CurrentRun run;
    private final PrintStream out;

    public MonthEndSummary(MonthEndArguments arguments, DecisionJournal journal, ClaimRegister register,
            RunRecord runRecord, HoldRegister holds, ReversalJournal reversals, CurrentRun run, PrintStream out) {
        this.arguments = arguments;
        this.journal = journal;
        this.reversals = reversals;
        this.register = register;
        this.runRecord = runRecord;
        this.holds = holds;
        this.run = run;
        this.out = out;
    }

    public RunSummary collect() {
        long runId = run.id();
        RunDecisions decided = new RunDecisions();
        journal.forEachOfRun(runId, decided::add);
        reversals.reportedInRun(runId).forEach(decided::addReversal);
        register.notePendingAtEndOf(runId);
        RunSummary summary = new RunSummary(arguments.asOf(), arguments.dryRun(), decided,
                register.pendingAtEndOf(runId), runRecord.rejectCountsOfRun(runId), runRecord.gapsOfRun(runId),
                register.waitingForContractAtEndOf(runId), Optional.empty());
        return holds.of(runId).filter(held -> !held.isReleased())
                .map(held -> summary.heldFor(held.hold()))
                .orElse(summary);
    }

    /** Prints the run's last lines. */
    public void print(RunSummary summary) {
        out.println(lines(summary));
    }

    String lines(RunSummary summary) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Month-end as of %s%s: run %d, results in %s%n", summary.asOf(),
                summary.dryRun() ? " (DRY RUN - nothing posted)" : "", run.id(), arguments.output()));
        summary.hold().ifPresent(hold -> text.append(summary.dryRun() ? "A real run would be HELD: " : "HELD: ")
                .append(hold.sentence()).append('\n'));
        if (new InputFolder(arguments.input()).claims().isEmpty()) {
            // files.md: a provider whose packs are all automatic files no claims; say so, so that a
            // missing export is not mistaken for a quiet month.
            text.append(String.format("No claims.csv in the input: only automatic periods were decided.%n"));
        }
        text.append(String.format("Claims decided: %d%n", summary.decidedCount()));
        if (summary.decidedCount() == 0) {
            text.append(String.format("Nothing new to decide: no claim or automatic period was due and undecided as of %s.%n",
                    summary.asOf()));
        }
        for (Map.Entry<String, Long> count : summary.decidedByOutcomeAndReason().entrySet()) {
            text.append(String.format("  %-36s %6d%n", count.getKey(), count.getValue()));
        }
        text.append(summary.totals().isEmpty() ? "Totals: none\n" : "Totals:\n");
        for (Total total : summary.totals()) {
            text.append(String.format("  %s %-20s %16s  (%d)%n", total.currency(), total.kind(),
                    total.amount().toPlainString(), total.count()));
        }
        if (!summary.reversals().isEmpty()) {
            text.append(String.format("Reversals of adjustments posted earlier: %d%n", summary.reversals().size()));
            for (AdjustmentReversal reversal : summary.reversals()) {
                text.append(String.format("  %s reverses %s (claim %s): %s %s, by %s at %s: %s%n",
                        reversal.adjustmentId(), reversal.reverses().orElseThrow(), reversal.claimId(),
                        reversal.amount().plain(), reversal.amount().currency().getCurrencyCode(),
                        reversal.reversedBy(), reversal.reversedAt(), reversal.reason()));
            }
        }
        text.append(String.format("Claims still pending: %d%n", summary.pendingClaims()));
        if (!summary.waitingForContract().isEmpty()) {
            text.append("Claims waiting for a good contracts.csv row of their contract: ")
                    .append(summary.waitingForContract().stream()
                            .map(claim -> claim.claimId() + " (" + claim.contractId() + ")")
                            .collect(Collectors.joining(", "))).append('\n');
        }
        text.append("Rows rejected: ").append(summary.rejectedRowsPerFile().isEmpty() ? "none"
                : summary.rejectedRowsPerFile().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))).append('\n');
        text.append("Services without monitoring data in a period to decide: ").append(summary.servicesWithoutData().isEmpty()
                ? "none" : summary.servicesWithoutData().stream()
                        .map(gap -> gap.serviceId() + " " + gap.period()).collect(Collectors.joining(", ")));
        return text.toString();
    }
}
