package com.slacredits.reports;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.MonitoringGap;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RunDecisions;
import com.slacredits.domain.RunSummary;
import com.slacredits.domain.ShortList;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.support.SupportTally;
import com.slacredits.domain.support.SupportTerms;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows of the finance summary, section by section, in the order finance reads them. The
 * decided claims and the adjustment totals come in one block per policy pack, in pack id order,
 * so finance sees what each SLA cost; the claims of no known contract come last, in a block of
 * their own.
 */
final class SummaryContent {

    /** How many of the largest adjustments of each currency the summary lists. */
    static final int LARGEST = 10;

    static final String RUN = "Run";
    static final String DECIDED = "Claims decided, by pack, outcome and reason";
    static final String CREDITS = "Credits on the next invoice, by pack, currency and kind";
    static final String REFUNDS = "Cash refunds, paid out, by pack, currency and kind";
    static final String LARGEST_ADJUSTMENTS = "Largest adjustments, per currency";
    static final String REVERSALS = "Reversals of adjustments posted earlier";
    static final String REJECTED_ROWS = "Input rows rejected, by file";
    static final String PENDING = "Claims waiting";
    static final String NO_DATA = "Services without monitoring data in a period the run needed";
    static final String SUPPORT_MEASURED = "Support tickets measured, by pack and priority";
    static final String SUPPORT_UNMEASURED = "Support tickets not measured, at the end of the run";
    static final String NO_CONTRACT = "No contract on record";
    static final String ALL_PACKS = "All packs";
    static final String SIGN_OFF = "Sign-off";
    static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** How many claim ids a monitoring gap names before it counts the rest. */
    static final int GAP_CLAIMS = RunDecisions.NAMED_CLAIMS;

    private static final String[] RUN_HEADINGS = {"Parameter", "Value", "", ""};
    private static final String[] DECIDED_HEADINGS = {"Outcome", "Reason", "", "Claims"};
    private static final String[] TOTALS_HEADINGS = {"Currency", "Kind", "Adjustments", "Amount"};
    private static final String[] LARGEST_HEADINGS = {"Claim · contract · period", "Customer", "Kind", "Amount"};
    private static final String[] REVERSAL_HEADINGS = {"Claim · contract · period", "Reversed by, at, why",
        "Reverses", "Amount"};
    private static final String[] REJECTED_HEADINGS = {"File", "", "", "Rows"};
    private static final String[] PENDING_HEADINGS = {"", "", "", "Claims"};
    private static final String[] NO_DATA_HEADINGS = {"Service", "Period", "Needed for", ""};
    private static final String[] SUPPORT_MEASURED_HEADINGS = {"Priority", "First response met · missed",
        "Resolution met · missed", "Tickets"};
    private static final String[] SIGN_OFF_HEADINGS = {"", "Name", "Date", "Signature"};
    private static final String[] SUPPORT_UNMEASURED_HEADINGS = {"Pack", "Open, waiting", "Without targets",
        "Tickets"};

    private SummaryContent() {
    }

    static List<SummaryLine> of(RunSummary summary, SummaryParameters parameters, PolicyCatalog policies) {
        List<SummaryLine> lines = new ArrayList<>();
        run(summary, parameters, lines);
        Map<Optional<String>, RunDecisions> byPack = summary.decided().byPack();
        decided(summary, byPack, policies, lines);
        totals(summary, byPack, policies, Settlement.NEXT_INVOICE, lines);
        totals(summary, byPack, policies, Settlement.REFUND, lines);
        largest(summary, lines);
        reversals(summary, lines);
        rejectedRows(summary, lines);
        lines.add(SummaryLine.row(PENDING, PENDING_HEADINGS,
                "Period not ended yet", "", "", count(summary.pendingClaims())));
        waitingForContract(summary, lines);
        supportMeasured(summary.support(), policies, lines);
        supportUnmeasured(summary.support(), policies, lines);
        noData(summary, lines);
        // Last: what is signed is everything above it. A section added later goes before this.
        signOff(parameters.signOff(), lines);
        return lines;
    }

    private static void run(RunSummary summary, SummaryParameters parameters, List<SummaryLine> lines) {
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Run id", Long.toString(parameters.runId())));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "As of", summary.asOf().toString()));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Mode", mode(summary)));
        summary.hold().ifPresent(hold -> lines.add(SummaryLine.wide(RUN, RUN_HEADINGS,
                summary.dryRun() ? "A real run would be held" : "Held, nothing posted", hold.sentence()
                        + " Review this summary, decisions.csv and the statements, then run the same command with"
                        + " --release-held to post exactly what was held.")));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Input folder", parameters.inputDir().toString()));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Output folder", parameters.outputDir().toString()));
        lines.add(SummaryLine.wide(RUN, RUN_HEADINGS, "Database", parameters.database()));
    }

    private static String mode(RunSummary summary) {
        if (summary.dryRun()) {
            return "Dry run: no claim marked decided, no adjustment posted";
        }
        return summary.hold().isPresent() ? "Held for review: claims marked decided, no adjustment posted"
                : "Live: claims marked decided, adjustments posted";
    }

    /** "standard-2024 · Standard SLA 2024"; the id alone for a pack the catalogue does not hold. */
    static String packTitle(Optional<String> policyId, PolicyCatalog policies) {
        if (policyId.isEmpty()) {
            return NO_CONTRACT;
        }
        String id = policyId.get();
        return policies.find(id).filter(pack -> pack.id().equals(id))
                .map(pack -> id + " · " + pack.name()).orElse(id);
    }

    private static void decided(RunSummary summary, Map<Optional<String>, RunDecisions> byPack, PolicyCatalog policies,
            List<SummaryLine> lines) {
        byPack.forEach((id, pack) -> {
            String block = packTitle(id, policies);
            pack.decidedByOutcomeAndReason().forEach((key, count) -> {
                int space = key.indexOf(' ');
                Outcome outcome = Outcome.valueOf(key.substring(0, space));
                Reason reason = Reason.valueOf(key.substring(space + 1));
                lines.add(SummaryLine.row(DECIDED, block, DECIDED_HEADINGS, outcome.name(), reason.name(),
                        meaning(reason), count(count)));
            });
            lines.add(SummaryLine.row(DECIDED, block, DECIDED_HEADINGS, "All outcomes", "", "",
                    count(pack.decidedCount())));
        });
        lines.add(SummaryLine.row(DECIDED, ALL_PACKS, DECIDED_HEADINGS, "All outcomes", "", "",
                count(summary.decidedCount())));
    }

    /**
     * The credits on the next invoice, or the cash refunds paid out (a termination refund, or a credit on
     * a contract that has ended: credit rules, section 6), each with totals of their own. Every pack has
     * a block of credits, "None" when its decisions granted none; only the packs that refunded have a
     * block of refunds. A claim without a contract never carries money: no block for it.
     */
    private static void totals(RunSummary summary, Map<Optional<String>, RunDecisions> byPack, PolicyCatalog policies,
            Settlement settlement, List<SummaryLine> lines) {
        String section = settlement == Settlement.NEXT_INVOICE ? CREDITS : REFUNDS;
        byPack.forEach((id, pack) -> id.ifPresent(present -> {
            List<RunDecisions.Total> totals = pack.totals(settlement);
            if (settlement == Settlement.NEXT_INVOICE || !totals.isEmpty()) {
                totals(section, settlement, totals, packTitle(id, policies), lines);
            }
        }));
        totals(section, settlement, summary.totals(settlement), ALL_PACKS, lines);
    }

    /** A block's rows by currency and kind; a currency with more than one kind ends with its sum. */
    private static void totals(String section, Settlement settlement, List<RunDecisions.Total> totals, String block,
            List<SummaryLine> lines) {
        Map<String, List<RunDecisions.Total>> byCurrency = new TreeMap<>();
        totals.forEach(total -> byCurrency.computeIfAbsent(total.currency(), c -> new ArrayList<>()).add(total));
        byCurrency.forEach((code, kinds) -> {
            Currency currency = Currency.getInstance(code);
            for (RunDecisions.Total total : kinds) {
                lines.add(SummaryLine.row(section, block, TOTALS_HEADINGS, code, kind(total.kind(), settlement),
                        count(total.count()), AmountFormat.of(total.amount(), currency)));
            }
            if (kinds.size() > 1) {
                lines.add(SummaryLine.row(section, block, TOTALS_HEADINGS, code,
                        settlement == Settlement.NEXT_INVOICE ? "All credits" : "All cash refunds",
                        count(kinds.stream().mapToLong(RunDecisions.Total::count).sum()),
                        AmountFormat.of(kinds.stream().map(RunDecisions.Total::amount)
                                .reduce(BigDecimal.ZERO, BigDecimal::add), currency)));
            }
        });
        if (totals.isEmpty()) {
            lines.add(SummaryLine.row(section, block, TOTALS_HEADINGS, "None", "", "", ""));
        }
    }

    /** A block per currency: amounts in different currencies are never ranked against each other. */
    private static void largest(RunSummary summary, List<SummaryLine> lines) {
        Map<String, List<Adjustment>> largest = summary.largestAdjustments(LARGEST);
        largest.forEach((currency, adjustments) -> {
            for (Adjustment adjustment : adjustments) {
                String customer = summary.decided().customerNameOf(adjustment) + " (" + adjustment.customerId() + ")";
                lines.add(SummaryLine.row(LARGEST_ADJUSTMENTS, currency, LARGEST_HEADINGS,
                        adjustment.claimId() + " · " + adjustment.contractId() + " · " + adjustment.period(),
                        customer, kind(adjustment.kind(), adjustment.settlement()), AmountFormat.of(adjustment.amount())));
            }
        });
        if (largest.isEmpty()) {
            lines.add(SummaryLine.row(LARGEST_ADJUSTMENTS, LARGEST_HEADINGS, "None", "", "", ""));
        }
    }

    /**
     * Who prepared the run and who approved it, as on record, with a line for each signature; a name
     * or date not on record is a line to write it on, so that a run nobody approved in the console
     * is approved on paper.
     */
    private static void signOff(SignOff signOff, List<SummaryLine> lines) {
        lines.add(SummaryLine.signature(SIGN_OFF, SIGN_OFF_HEADINGS, "Prepared by",
                signOff.prepared().map(SignOff.Signer::name).orElse(""),
                signOff.prepared().map(signer -> SIGNED_AT.format(signer.at())).orElse("")));
        lines.add(SummaryLine.signature(SIGN_OFF, SIGN_OFF_HEADINGS, "Approved by",
                signOff.approved().map(SignOff.Signer::name).orElse(""),
                signOff.approved().map(signer -> SIGNED_AT.format(signer.at())).orElse("")));
    }

    /**
     * Every reversal the run reports, with who, when and why: finance's own record of what was taken
     * back. Only when there is one, so that a month without reversals reads as it always did.
     */
    private static void reversals(RunSummary summary, List<SummaryLine> lines) {
        for (AdjustmentReversal reversal : summary.reversals()) {
            lines.add(SummaryLine.row(REVERSALS, REVERSAL_HEADINGS,
                    reversal.claimId() + " · " + reversal.contractId() + " · " + reversal.period(),
                    reversal.reversedBy() + ", " + reversal.reversedAt() + ": " + reversal.reason(),
                    reversal.reverses().orElseThrow(), AmountFormat.of(reversal.amount())));
        }
    }

    private static void rejectedRows(RunSummary summary, List<SummaryLine> lines) {
        summary.rejectedRowsPerFile().forEach((file, rows) ->
                lines.add(SummaryLine.row(REJECTED_ROWS, REJECTED_HEADINGS, file, "", "", count(rows))));
        lines.add(SummaryLine.row(REJECTED_ROWS, REJECTED_HEADINGS, "All files (see rejects.csv)", "", "",
                count(summary.rejectedRows())));
    }

    /** Claims on a contract whose contracts.csv row was rejected wait for a good row (credit rules, section 7). */
    private static void waitingForContract(RunSummary summary, List<SummaryLine> lines) {
        List<String> claims = summary.waitingForContract().stream()
                .map(claim -> claim.claimId() + " (" + claim.contractId() + ")").toList();
        if (!claims.isEmpty()) {
            lines.add(SummaryLine.row(PENDING, PENDING_HEADINGS, "Waiting for a good contract row",
                    String.join(", ", claims.subList(0, Math.min(GAP_CLAIMS, claims.size())))
                            + (claims.size() > GAP_CLAIMS ? " and " + (claims.size() - GAP_CLAIMS) + " more" : ""),
                    "", count(claims.size())));
        }
    }

    /**
     * A service with no probe in a period the run needed: a verified claim's period, named by the
     * claims of this run on it, or an automatic pack's period, which waits for data undecided.
     */
    private static void noData(RunSummary summary, List<SummaryLine> lines) {
        ShortList<MonitoringGap> gaps = ShortList.of(summary.servicesWithoutData());
        for (MonitoringGap gap : gaps.shown()) {
            RunDecisions.ClaimsOn claims = summary.decided().claimsOn(gap.serviceId(), gap.period());
            String neededFor = claims.count() == 0 ? "Waiting for data"
                    : "Claim" + (claims.count() == 1 ? " " : "s ") + String.join(", ", claims.first())
                            + (claims.count() > GAP_CLAIMS ? " and " + (claims.count() - GAP_CLAIMS) + " more" : "");
            lines.add(SummaryLine.row(NO_DATA, NO_DATA_HEADINGS, gap.serviceId(), gap.period().toString(), neededFor,
                    ""));
        }
        if (gaps.more() > 0) {
            lines.add(SummaryLine.row(NO_DATA, NO_DATA_HEADINGS, gaps.moreWords(), "", "", ""));
        }
        if (summary.servicesWithoutData().isEmpty()) {
            lines.add(SummaryLine.row(NO_DATA, NO_DATA_HEADINGS, "None", "", "", ""));
        }
    }

    /**
     * The tickets the run measured (support SLAs, section 5): a block per pack, its priorities in the
     * pack's order, each clock met and missed. Only when the run has support tickets to speak of, so
     * that a run without reads as it always did.
     */
    private static void supportMeasured(SupportTally tally, PolicyCatalog policies, List<SummaryLine> lines) {
        if (tally.isEmpty()) {
            return;
        }
        Map<String, List<SupportTally.Measured>> byPack = new TreeMap<>();
        tally.measured().forEach(row -> byPack.computeIfAbsent(row.policyId(), id -> new ArrayList<>()).add(row));
        byPack.forEach((id, rows) -> {
            String block = packTitle(Optional.of(id), policies);
            List<String> order = policies.find(id).flatMap(PolicyPack::support).map(SupportTerms::priorities)
                    .orElse(List.of());
            rows.stream()
                    .sorted(Comparator.comparing((SupportTally.Measured row) -> order.contains(row.priority())
                            ? order.indexOf(row.priority()) : order.size()).thenComparing(SupportTally.Measured::priority))
                    .forEach(row -> lines.add(SummaryLine.row(SUPPORT_MEASURED, block, SUPPORT_MEASURED_HEADINGS,
                            row.priority(), clocks(row.responseMet(), row.responseMissed()),
                            clocks(row.resolutionMet(), row.resolutionMissed()), count(row.tickets()))));
            SupportTally pack = new SupportTally(rows, List.of());
            lines.add(SummaryLine.row(SUPPORT_MEASURED, block, SUPPORT_MEASURED_HEADINGS, "All priorities",
                    clocks(pack.responseMet(), pack.responseMissed()),
                    clocks(pack.resolutionMet(), pack.resolutionMissed()), count(pack.measuredCount())));
        });
        lines.add(SummaryLine.row(SUPPORT_MEASURED, ALL_PACKS, SUPPORT_MEASURED_HEADINGS,
                byPack.isEmpty() ? "None" : "All priorities", clocks(tally.responseMet(), tally.responseMissed()),
                clocks(tally.resolutionMet(), tally.resolutionMissed()), count(tally.measuredCount())));
    }

    /**
     * The tickets left unmeasured when the run ended, per pack: open ones wait for a later run; those
     * without targets are counted by the run that stored them, and never measured. What the two words
     * mean follows the counts.
     */
    private static void supportUnmeasured(SupportTally tally, PolicyCatalog policies, List<SummaryLine> lines) {
        if (tally.isEmpty()) {
            return;
        }
        for (SupportTally.Unmeasured pack : tally.unmeasured()) {
            if (pack.open() > 0 || pack.withoutTargets() > 0) {
                lines.add(SummaryLine.row(SUPPORT_UNMEASURED, SUPPORT_UNMEASURED_HEADINGS,
                        packTitle(Optional.of(pack.policyId()), policies), count(pack.open()),
                        count(pack.withoutTargets()), count(pack.open() + pack.withoutTargets())));
            }
        }
        lines.add(SummaryLine.row(SUPPORT_UNMEASURED, SUPPORT_UNMEASURED_HEADINGS, ALL_PACKS,
                count(tally.openCount()), count(tally.withoutTargetsCount()),
                count(tally.openCount() + tally.withoutTargetsCount())));
        lines.add(SummaryLine.wide(SUPPORT_UNMEASURED, SUPPORT_UNMEASURED_HEADINGS, "Open, waiting",
                "Stored and not yet measured, with a target: waiting for their period to end or for every clock"
                        + " to be final. Counted as the run ended; a later run measures them."));
        lines.add(SummaryLine.wide(SUPPORT_UNMEASURED, SUPPORT_UNMEASURED_HEADINGS, "Without targets",
                "Stored by this run, new or changed, with a priority the contract's edition sets no target for, or"
                        + " on a pack without support: never measured."));
    }

    /** "3 · 1": a clock met and missed; a dash for a clock no ticket had a target for. */
    private static String clocks(long met, long missed) {
        return met + missed == 0 ? "—" : count(met) + " · " + count(missed);
    }

    /** Finance reads the codes of decisions.csv; the meaning saves looking them up. */
    static String meaning(Reason reason) {
        return switch (reason) {
            case UNKNOWN_CONTRACT -> "no such contract";
            case AUTOMATIC -> "pack decides without claims";
            case WRONG_PERIOD -> "not the pack's period";
            case NOT_IN_WRITING -> "not made in writing";
            case LATE -> "after the claim window";
            case NOT_COVERED -> "period not covered";
            case DUPLICATE -> "period already claimed";
            // The guarantee met, or under a downtime table too little downtime for its first row.
            case NO_CREDIT_DUE -> "no credit due";
            case TIER -> "credit tier";
            case MATERIAL_BREACH -> "material breach";
            case MET -> "commitment met";
            case MISSED -> "commitment missed";
            case SUPPORT_MISSED -> "support target missed";
            case CAP_REACHED -> "support credit cap reached";
        };
    }

    /** A credit paid out says so: it is a cash refund, not a deduction from an invoice. */
    static String kind(AdjustmentKind kind, Settlement settlement) {
        String paidOut = settlement == Settlement.REFUND ? ", paid out" : "";
        return switch (kind) {
            case SLA_CREDIT -> "SLA credit" + paidOut;
            case TERMINATION_REFUND -> "Termination refund";
            case SUPPORT_CREDIT -> "Support credit" + paidOut;
            case REVERSAL -> "Reversal";
        };
    }

    private static String count(long count) {
        return Figures.whole(count);
    }
}
