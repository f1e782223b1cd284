package com.slacredits.reports;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RunSummary;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rows of the finance summary, section by section, in the order finance reads them. */
final class SummaryContent {

    static final int LARGEST = 10;

    static final String RUN = "Run";
    static final String DECIDED = "Claims decided, by outcome and reason";
    static final String TOTALS = "Adjustments, by currency and kind";
    static final String LARGEST_ADJUSTMENTS = "Largest adjustments";
    static final String REJECTED_ROWS = "Input rows rejected, by file";
    static final String PENDING = "Claims waiting";
    static final String NO_DATA = "Services with claims but no monitoring data";

    private static final String[] RUN_HEADINGS = {"Parameter", "Value", "", ""};
    private static final String[] DECIDED_HEADINGS = {"Outcome", "Reason", "", "Claims"};
    private static final String[] TOTALS_HEADINGS = {"Currency", "Kind", "Adjustments", "Amount"};
    private static final String[] LARGEST_HEADINGS = {"Claim · contract · month", "Customer", "Kind", "Amount"};
    private static final String[] REJECTED_HEADINGS = {"File", "", "", "Rows"};
    private static final String[] PENDING_HEADINGS = {"", "", "", "Claims"};
    private static final String[] NO_DATA_HEADINGS = {"Service", "Month", "", ""};

    private SummaryContent() {
    }

    static List<SummaryLine> of(RunSummary summary, SummaryParameters parameters) {
        List<SummaryLine> lines = new ArrayList<>();
        run(summary, parameters, lines);
        decided(summary, lines);
        totals(summary, lines);
        largest(summary, lines);
        rejectedRows(summary, lines);
        lines.add(SummaryLine.row(PENDING, PENDING_HEADINGS,
                "Service month not ended yet", "", "", count(summary.pendingClaims())));
        noData(summary, lines);
        return lines;
    }

    private static void run(RunSummary summary, SummaryParameters parameters, List<SummaryLine> lines) {
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Run id", Long.toString(parameters.runId())));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "As of", summary.asOf().toString()));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Mode", summary.dryRun()
                ? "Dry run: no claim marked decided, no adjustment posted"
                : "Live: claims marked decided, adjustments posted"));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Input folder", parameters.inputDir().toString()));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Output folder", parameters.outputDir().toString()));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Database", parameters.database()));
    }

    private static void decided(RunSummary summary, List<SummaryLine> lines) {
        summary.decidedByOutcomeAndReason().forEach((key, count) -> {
            int space = key.indexOf(' ');
            Outcome outcome = Outcome.valueOf(key.substring(0, space));
            Reason reason = Reason.valueOf(key.substring(space + 1));
            lines.add(SummaryLine.row(DECIDED, DECIDED_HEADINGS, outcome.name(), reason.name(), meaning(reason),
                    count(count)));
        });
        lines.add(SummaryLine.row(DECIDED, DECIDED_HEADINGS, "All outcomes", "", "", count(summary.decidedCount())));
    }

    private static void totals(RunSummary summary, List<SummaryLine> lines) {
        for (RunSummary.Total total : summary.totals()) {
            Currency currency = Currency.getInstance(total.currency());
            lines.add(SummaryLine.row(TOTALS, TOTALS_HEADINGS, total.currency(), kind(total.kind()),
                    count(total.count()), AmountFormat.of(total.amount(), currency)));
        }
        if (summary.totals().isEmpty()) {
            lines.add(SummaryLine.row(TOTALS, TOTALS_HEADINGS, "None", "", "", ""));
        }
    }

    private static void largest(RunSummary summary, List<SummaryLine> lines) {
        Map<String, ClaimDecision> byClaim = summary.decisions().stream()
                .collect(Collectors.toMap(ClaimDecision::claimId, Function.identity(), (a, b) -> a));
        List<Adjustment> largest = summary.largestAdjustments(LARGEST);
        for (Adjustment adjustment : largest) {
            String customer = byClaim.get(adjustment.claimId()).contract().map(Contract::customerName).orElse("")
                    + " (" + adjustment.customerId() + ")";
            lines.add(SummaryLine.row(LARGEST_ADJUSTMENTS, LARGEST_HEADINGS,
                    adjustment.claimId() + " · " + adjustment.contractId() + " · " + adjustment.serviceMonth(),
                    customer, kind(adjustment.kind()), AmountFormat.of(adjustment.amount())));
        }
        if (largest.isEmpty()) {
            lines.add(SummaryLine.row(LARGEST_ADJUSTMENTS, LARGEST_HEADINGS, "None", "", "", ""));
        }
    }

    private static void rejectedRows(RunSummary summary, List<SummaryLine> lines) {
        summary.rejectedRowsPerFile().forEach((file, rows) ->
                lines.add(SummaryLine.row(REJECTED_ROWS, REJECTED_HEADINGS, file, "", "", count(rows))));
        lines.add(SummaryLine.row(REJECTED_ROWS, REJECTED_HEADINGS, "All files (see rejects.csv)", "", "",
                count(summary.rejectedRows())));
    }

    private static void noData(RunSummary summary, List<SummaryLine> lines) {
        for (RunSummary.MonitoringGap gap : summary.servicesWithoutData()) {
            lines.add(SummaryLine.row(NO_DATA, NO_DATA_HEADINGS, gap.serviceId(), gap.serviceMonth().toString(), "", ""));
        }
        if (summary.servicesWithoutData().isEmpty()) {
            lines.add(SummaryLine.row(NO_DATA, NO_DATA_HEADINGS, "None", "", "", ""));
        }
    }

    /** Finance reads the codes of decisions.csv; the meaning saves looking them up. */
    static String meaning(Reason reason) {
        return switch (reason) {
            case UNKNOWN_CONTRACT -> "no such contract";
            case NOT_IN_WRITING -> "not made in writing";
            case LATE -> "after the claim window";
            case NOT_COVERED -> "month not covered";
            case DUPLICATE -> "month already claimed";
            case NO_CREDIT_DUE -> "guarantee met";
            case TIER -> "credit tier";
            case MATERIAL_BREACH -> "material breach";
        };
    }

    static String kind(AdjustmentKind kind) {
        return switch (kind) {
            case SLA_CREDIT -> "SLA credit";
            case TERMINATION_REFUND -> "Termination refund";
        };
    }

    private static String count(long count) {
        return Figures.whole(count);
    }
}
