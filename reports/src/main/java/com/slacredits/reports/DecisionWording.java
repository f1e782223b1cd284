package com.slacredits.reports;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Availability;
import com.slacredits.domain.AvailabilityTier;
import com.slacredits.domain.AvailabilityTierSchedule;
import com.slacredits.domain.BreachRemedy;
import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.ComplianceSchedule;
import com.slacredits.domain.Contract;
import com.slacredits.domain.CreditSchedule;
import com.slacredits.domain.DowntimeTierSchedule;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.TerminationRefund;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.support.SupportCredit;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RejectionListing;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every decision in the words a customer reads on a statement: no reason codes, and for each
 * rejection what the rule is and how this claim failed it.
 *
 * <p>Thread-safe: holds only the immutable policy catalogue, which the wording needs to name the
 * SLA a decision was made under, its claim window, its period and its schedule.
 */
public final class DecisionWording {

    static final String IN_WRITING = "Claims must be made in writing: by email, through the portal or by letter.";

    private final PolicyCatalog policies;

    public DecisionWording(PolicyCatalog policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** The catalogue the wording names packs from: support tickets are worded from the same one. */
    PolicyCatalog policies() {
        return policies;
    }

    /** The decision column, short enough for one line: "Credit of 10 %", "Rejected", "Refund". */
    public String decision(ClaimDecision decision) {
        return switch (decision.outcome()) {
            case CREDIT -> "Credit of " + Figures.term(decision.creditPercent().orElseThrow());
            case TERMINATION_REFUND -> "Refund";
            case REJECTED -> rejected(decision.reason());
            case COMPLIANCE -> decision.reason() == Reason.MET ? "Commitment met" : "Commitment missed";
        };
    }

    /** The decision column of a rejection, and of the line that sums up more of them. */
    static String rejected(Reason reason) {
        return switch (reason) {
            case NO_CREDIT_DUE -> "No credit due";
            case AUTOMATIC -> "Not needed";
            case CAP_REACHED -> "Cap reached";
            default -> "Rejected";
        };
    }

    /**
     * The line that stands for a group's rejections beyond those listed (files.md, "Many rejections"):
     * "and 149,990 more claims for K-A1, 2026-10, rejected as duplicates; each is in decisions.csv."
     */
    public static String unlisted(RejectionListing.Unlisted unlisted) {
        RejectionListing.Group group = unlisted.group();
        boolean one = unlisted.count() == 1;
        ServicePeriod period = group.contractPeriod().period();
        String claims = one ? "claim" : "claims";
        String why = switch (group.reason()) {
            case UNKNOWN_CONTRACT -> "rejected because we have no such contract on record";
            case AUTOMATIC -> "not needed, as your SLA has us measure that " + periodNoun(period) + " ourselves";
            case NOT_IN_WRITING -> "rejected as not made in writing";
            case WRONG_PERIOD -> "rejected for naming " + (period.kind() == PeriodKind.QUARTER
                    ? "a quarter where your SLA measures months" : "a month where your SLA measures quarters");
            case LATE -> "rejected as late";
            case NOT_COVERED -> "rejected because the contract did not cover that " + periodNoun(period);
            case DUPLICATE -> one ? "rejected as a duplicate" : "rejected as duplicates";
            case NO_CREDIT_DUE -> "with no credit due";
            case CAP_REACHED -> {
                claims = one ? "missed support ticket" : "missed support tickets";
                yield "past the cap on support credits";
            }
            case TIER, MATERIAL_BREACH, MET, MISSED, SUPPORT_MISSED -> throw new IllegalArgumentException(
                    group.reason() + " is not a rejection: its lines are listed one by one");
        };
        return "and " + Figures.whole(unlisted.count()) + " more " + claims + " for " + group.contractPeriod().contractId()
                + ", " + period + ", " + why + "; " + (one ? "it is" : "each is") + " in decisions.csv.";
    }

    /** Under the decision: what became of a termination the customer asked for; empty when none was. */
    public String terminationNote(ClaimDecision decision) {
        return switch (decision.termination()) {
            case NONE -> "";
            case GRANTED -> "Termination granted";
            case DENIED -> "Termination refused";
        };
    }

    /** The decision column of a reversal's line. */
    public static final String REVERSED = "Reversed";

    /**
     * Why a statement has a reversal line: what was taken back, when and why, in the words finance gave.
     * The finance user's name is not the customer's business and is left out; the console shows it.
     */
    public String reversal(AdjustmentReversal reversal) {
        String what = switch (reversal.reversed().kind()) {
            case SLA_CREDIT -> "credit";
            case TERMINATION_REFUND -> "termination refund";
            case SUPPORT_CREDIT -> "support credit";
            case REVERSAL -> throw new IllegalArgumentException("a reversal cannot be reversed");
        };
        String reason = reversal.reason();
        return "On " + reversal.reversedAt().atZone(ZoneOffset.UTC).toLocalDate() + " we reversed the " + what + " of "
                + AmountFormat.of(reversal.reversed().amount()) + " posted for this claim (" + reversal.reverses().orElseThrow()
                + "). The claim's decision stands; this line takes the amount back. Reason: " + reason
                + (reason.endsWith(".") || reason.endsWith("!") || reason.endsWith("?") ? "" : ".");
    }

    /** Under a reversal's amount: what becomes of what the reversed adjustment settled. */
    public static String reversedSettlement(Settlement settlement) {
        return switch (settlement) {
            case NEXT_INVOICE -> "no longer credited on your next invoice";
            case REFUND -> "no longer refunded";
        };
    }

    /**
     * Under the settlement: the invoice the adjustment corrects ("credited against invoice INV-2026-10-A1"),
     * so that the customer can match the credit note to their books; empty when it names none. The id is on
     * a line of its own: in the statement's narrow amount column a line break would otherwise fall after one
     * of its hyphens, and "INV-" / "2026-10-A1" is not an id anyone can look up.
     */
    public static String creditedAgainst(Optional<String> invoiceId) {
        return invoiceId.map(id -> "credited against invoice\n" + id).orElse("");
    }

    /** Under a reversal's settlement: the invoice the reversed adjustment was credited against, worded alike. */
    public static String reversedAgainst(Optional<String> invoiceId) {
        return invoiceId.map(id -> "reversed against invoice\n" + id).orElse("");
    }

    public static String settlement(Settlement settlement) {
        return switch (settlement) {
            case NEXT_INVOICE -> "credited on your next invoice";
            case REFUND -> "refunded";
        };
    }

    /** The title of the SLA the decision was made under; empty for a contract we do not have or a pack not loaded. */
    /** The zone a decision's period was read in: its pack's; UTC when the pack is unknown. */
    java.time.ZoneId zoneOf(ClaimDecision decision) {
        return decision.policyId().flatMap(policies::find).map(com.slacredits.domain.PolicyPack::zone)
                .orElse(java.time.ZoneOffset.UTC);
    }

    /**
     * A verified decision's evidence in the lines its statement shows under it, in the pack's zone, with the marks
     * for the days in words last (files.md, "The evidence").
     */
    public List<String> evidence(ClaimDecision decision, DecisionEvidence evidence) {
        java.time.ZoneId zone = zoneOf(decision);
        List<String> lines = new ArrayList<>(List.of(EvidenceWording.of(evidence, zone).split("\n")));
        lines.add(DayMarks.wording(evidence.daily(decision.claim().period(), zone)));
        return lines;
    }

    /** One mark per day of a verified decision's period, shaded by that day's counted downtime in the pack's zone. */
    public List<DayMarks.Day> dayMarks(ClaimDecision decision, DecisionEvidence evidence) {
        return DayMarks.days(evidence.daily(decision.claim().period(), zoneOf(decision)));
    }

    public Optional<String> slaName(ClaimDecision decision) {
        return pack(decision).map(PolicyPack::name);
    }

    /**
     * The full explanation: that no claim was needed, why, how a group of services is measured,
     * what was counted against what was measured, any termination, and a refund of a credit.
     */
    public String explanation(ClaimDecision decision) {
        return explanation(decision, List.of());
    }

    /**
     * The explanation of a statement's line: {@link #explanation(ClaimDecision)}, and for a termination refund,
     * after its reason, the contract's {@code invoices} with the days refunded of each.
     */
    public String explanation(ClaimDecision decision, List<Invoice> invoices) {
        List<String> sentences = new ArrayList<>();
        if (decision.claim().isAutomatic() && !isSupport(decision)) {
            sentences.add("We measured this " + periodNoun(decision.claim().period())
                    + " ourselves, as your SLA provides: no claim from you was needed.");
        }
        sentences.add(reason(decision));
        refundedDays(decision, invoices).ifPresent(sentences::add);
        group(decision).ifPresent(sentences::add);
        downtime(decision).ifPresent(sentences::add);
        termination(decision).ifPresent(sentences::add);
        refundedCredit(decision).ifPresent(sentences::add);
        return String.join(" ", sentences);
    }

    /**
     * "The refund, invoice by invoice: invoice INV-C1-2026 of €120,000.00 for 2026-01-01 to 2026-12-31, 51 of its
     * 365 days." Only when the invoices give the refund decided: invoices loaded after the decision (a later
     * {@code export}) would show days that do not add up to the amount, and then none are shown.
     */
    static Optional<String> refundedDays(ClaimDecision decision, List<Invoice> invoices) {
        if (decision.outcome() != Outcome.TERMINATION_REFUND || decision.terminationEffective().isEmpty()
                || decision.amount().isEmpty()) {
            return Optional.empty();
        }
        LocalDate effective = decision.terminationEffective().get();
        Money refund = decision.amount().get();
        if (invoices.stream().anyMatch(invoice -> !invoice.currency().equals(refund.currency()))
                || !TerminationRefund.of(invoices, effective, refund.currency()).equals(refund)) {
            return Optional.empty();
        }
        List<String> parts = TerminationRefund.days(invoices, effective).stream()
                .map(days -> "invoice " + days.invoice().invoiceId() + " of "
                        + AmountFormat.of(days.invoice().amount(), days.invoice().currency()) + " for "
                        + days.invoice().periodStart() + " to " + days.invoice().periodEnd() + ", "
                        + Figures.whole(days.refunded()) + " of its " + Figures.whole(days.invoice().daysInPeriod())
                        + (days.invoice().daysInPeriod() == 1 ? " day" : " days"))
                .toList();
        return parts.isEmpty() ? Optional.empty()
                : Optional.of("The refund, invoice by invoice: " + String.join("; ", parts) + ".");
    }

    /** The reason in plain words, one rule per code. */
    public String reason(ClaimDecision decision) {
        Claim claim = decision.claim();
        String period = claim.period().toString();
        return switch (decision.reason()) {
            case UNKNOWN_CONTRACT -> "We have no contract " + claim.contractId()
                    + " on record, so this claim could not be assessed.";
            case AUTOMATIC -> automatic(decision);
            case NOT_IN_WRITING -> IN_WRITING + " This claim reached us " + channel(claim.channel())
                    + ", so it could not be accepted.";
            case WRONG_PERIOD -> "Under " + slaNameOrYours(decision) + " availability is measured per "
                    + packPeriodNoun(decision) + ", and this claim named " + describe(claim.period())
                    + ", so it could not be assessed. A claim names one " + packPeriodNoun(decision) + ".";
            case LATE -> late(decision);
            case NOT_COVERED -> notCovered(decision);
            case DUPLICATE -> "We had already received a claim for contract " + claim.contractId() + " and " + period
                    + ". Each contract " + periodNoun(claim.period()) + " is assessed once, on the first claim for it;"
                    + " that claim carries the decision for the " + periodNoun(claim.period()) + ".";
            case NO_CREDIT_DUE -> noCreditDue(decision);
            case TIER -> "Measured availability of " + measured(decision) + " was below the guarantee of "
                    + guarantee(decision) + downtimeNote(decision) + ": you receive a credit of "
                    + Figures.term(decision.creditPercent().orElseThrow()) + " of the " + feeBase(decision) + ".";
            case MATERIAL_BREACH -> decision.outcome() == Outcome.TERMINATION_REFUND
                    ? breach(decision) + " As you asked, contract " + claim.contractId()
                            + " is terminated, effective at the end of "
                            + decision.terminationEffective().map(LocalDate::toString).orElse("the day we received the claim")
                            + ". We refund the part of your invoices that pays for the time after that date."
                    : breach(decision) + " You receive a credit of "
                            + Figures.term(decision.creditPercent().orElseThrow())
                            + " of the " + feeBase(decision) + ", " + breachCreditNote(decision) + ".";
            case MET -> "Measured availability of " + measured(decision) + " met the commitment of "
                    + guarantee(decision) + " for " + describe(claim.period()) + ". " + COMPLIANCE_ONLY;
            case MISSED -> "Measured availability of " + measured(decision) + " fell short of the commitment of "
                    + guarantee(decision) + " for " + describe(claim.period()) + ". " + COMPLIANCE_ONLY;
            case SUPPORT_MISSED -> "Support ticket " + ticketOf(claim) + " missed a target of " + slaNameOrYours(decision)
                    + ": you receive a credit of " + Figures.term(decision.creditPercent().orElseThrow()) + " of the "
                    + feeBase(decision) + ". No claim from you was needed.";
            case CAP_REACHED -> "Support ticket " + ticketOf(claim) + " missed a target of " + slaNameOrYours(decision)
                    + ", but the support credits for " + describe(claim.period())
                    + " have reached the cap your SLA sets, so no further credit is due.";
        };
    }

    private static boolean isSupport(ClaimDecision decision) {
        return decision.reason() == Reason.SUPPORT_MISSED || decision.reason() == Reason.CAP_REACHED;
    }

    /** The ticket a support decision is about: its claim id without the prefix. */
    private static String ticketOf(Claim claim) {
        return claim.claimId().substring(SupportCredit.CLAIM_ID_PREFIX.length());
    }

    private static final String COMPLIANCE_ONLY = "Your SLA reports compliance with this commitment; it carries no"
            + " credit, met or missed.";

    /** What the customer counted against what the records show, for claims that were measured. */
    Optional<String> downtime(ClaimDecision decision) {
        Optional<Availability> measured = decision.availability();
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        Availability availability = measured.get();
        StringBuilder text = new StringBuilder();
        if (decision.claim().claimedDowntimeMinutes().isPresent()) {
            long claimed = decision.claim().claimedDowntimeMinutes().getAsLong();
            long recorded = availability.downtimeSlots();
            text.append("You counted ").append(minutes(claimed)).append(" of downtime; ");
            text.append(claimed == recorded
                    ? "our monitoring records show the same."
                    : "our monitoring records show " + minutes(recorded) + ", and the decision follows the records.");
        }
        if (availability.excusedSlots() > 0) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(minutes(availability.excusedSlots()))
                    .append(" fell in excused windows (such as maintenance announced in time) and were left out"
                            + " of the measurement.");
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    /** A refused termination; a granted one is part of the reason sentence. */
    Optional<String> termination(ClaimDecision decision) {
        if (decision.termination() != Termination.DENIED) {
            return Optional.empty();
        }
        String asked = "You asked to terminate the contract.";
        String contract = decision.claim().contractId();
        Optional<LocalDate> terminatedOn = decision.contract().flatMap(Contract::terminatedOn);
        if (terminatedOn.isPresent()) {
            // Credit rules, section 8: a contract is terminated once, and its days after that are refunded once.
            return Optional.of(asked + " Contract " + contract + " was already terminated, effective at the end of "
                    + terminatedOn.get() + ", and the time after that date was refunded then. A contract is terminated"
                    + " only once, so this termination is refused and nothing is refunded again.");
        }
        String continues = "the termination is refused and contract " + contract + " continues.";
        if (!decision.reason().isVerified()) {
            return Optional.of(asked + (decision.reason() == Reason.AUTOMATIC
                    ? " Because this claim was not needed, it was not assessed, so " + continues
                    : " Because this claim was rejected, " + continues));
        }
        if (decision.reason() == Reason.MATERIAL_BREACH) {
            // A breach that does not end a contract not yet terminated: the pack's remedy is a credit.
            return Optional.of(asked + " Under " + slaNameOrYours(decision) + " a material breach is remedied by the"
                    + " credit above, not by termination, so " + continues);
        }
        Optional<CreditSchedule> schedule = terms(decision).map(EditionTerms::schedule);
        if (schedule.isPresent() && !terminable(schedule.get())) {
            return Optional.of(asked + " Under " + slaNameOrYours(decision) + " a contract cannot be terminated for"
                    + " its availability, so " + continues);
        }
        return Optional.of(asked + " Termination is possible only after a material breach, and this "
                + periodNoun(decision.claim().period()) + "'s availability was not one, so " + continues);
    }

    /** A credit that no later invoice can carry, because the contract has ended (credit rules, section 6). */
    private static Optional<String> refundedCredit(ClaimDecision decision) {
        if (decision.outcome() != Outcome.CREDIT || decision.settlement().orElse(null) != Settlement.REFUND) {
            return Optional.empty();
        }
        return Optional.of("Contract " + decision.claim().contractId() + " has ended, so no later invoice will carry"
                + " this credit: it is refunded to you.");
    }

    private String automatic(ClaimDecision decision) {
        Claim claim = decision.claim();
        Optional<PolicyPack> pack = pack(decision);
        PeriodKind kind = pack.map(PolicyPack::period).orElse(claim.period().kind());
        ServicePeriod own = ServicePeriod.containing(kind, claim.period().first());
        boolean compliance = terms(decision).map(terms -> terms.schedule() instanceof ComplianceSchedule).orElse(false);
        return "This claim was not needed: under " + slaNameOrYours(decision) + " we measure every " + noun(kind)
                + " ourselves and " + (compliance ? "report on the commitment" : "apply any credit due")
                + " without a claim. Contract " + claim.contractId() + " and " + describe(own)
                + " are decided on a statement line of their own (" + Claim.automaticId(claim.contractId(), own) + ").";
    }

    private String noCreditDue(ClaimDecision decision) {
        Availability availability = decision.availability().orElseThrow();
        if (availability.isAtLeast(decision.guaranteePercent().orElseThrow())) {
            return "Measured availability of " + measured(decision) + " met the guarantee of " + guarantee(decision)
                    + ", so no credit is due.";
        }
        // Below the guarantee: only a downtime table leaves that without a credit, when U reaches no row.
        String below = "Measured availability of " + measured(decision) + " was below the guarantee of "
                + guarantee(decision);
        Optional<DowntimeTierSchedule> table = terms(decision).map(EditionTerms::schedule)
                .filter(DowntimeTierSchedule.class::isInstance).map(DowntimeTierSchedule.class::cast);
        if (table.isEmpty()) {
            return below + ", but no credit tier applies, so no credit is due.";
        }
        return below + ", but a credit needs more than " + minutes(table.get().tiers().get(0).aboveMinutes())
                + " of recorded downtime, and the records show " + minutes(availability.downtimeSlots())
                + ", so no credit is due.";
    }

    private String late(ClaimDecision decision) {
        Claim claim = decision.claim();
        ServicePeriod period = claim.period();
        Optional<PolicyPack> policy = pack(decision).filter(pack -> pack.claimWindow().isPresent());
        if (policy.isEmpty()) {
            return "This claim for " + period + " reached us after the claim window had closed.";
        }
        PolicyPack pack = policy.get();
        // The deadline is the first late instant; the last day on time is the local day before it.
        LocalDate lastDay = pack.claimDeadline(period).minusNanos(1).atZone(pack.zone()).toLocalDate();
        LocalDate received = claim.receivedAt().atZone(pack.zone()).toLocalDate();
        return "Claims for " + period + " must reach us by " + lastDay + ", within "
                + period(pack.claimWindow().get()) + " of the end of the "
                + (period.kind() == PeriodKind.QUARTER ? "quarter" : "service month") + ". This claim reached us on "
                + received + ", after the claim window had closed.";
    }

    private static String notCovered(ClaimDecision decision) {
        Claim claim = decision.claim();
        ServicePeriod period = claim.period();
        String prefix = "Contract " + claim.contractId() + " did not cover any day of " + period;
        Optional<Contract> contract = decision.contract();
        if (contract.isPresent() && contract.get().startDate().isAfter(period.lastDay())) {
            return prefix + ": it starts on " + contract.get().startDate() + ".";
        }
        Optional<LocalDate> end = contract.flatMap(Contract::lastCoveredDay);
        if (end.isPresent() && end.get().isBefore(period.firstDay())) {
            return prefix + ": it ended on " + end.get() + ".";
        }
        return prefix + ".";
    }

    private static String breach(ClaimDecision decision) {
        return "Measured availability of " + measured(decision) + " was so far below the guarantee of "
                + guarantee(decision) + " that it counts as a material breach.";
    }

    /** "the highest credit tier" where the breach credit is the top tier's, as in standard-2024. */
    private String breachCreditNote(ClaimDecision decision) {
        Optional<AvailabilityTierSchedule> tiers = terms(decision).map(EditionTerms::schedule)
                .filter(AvailabilityTierSchedule.class::isInstance).map(AvailabilityTierSchedule.class::cast);
        boolean highestTier = tiers.map(schedule -> schedule.tiers().stream().map(AvailabilityTier::creditPercent)
                        .allMatch(tier -> tier.compareTo(schedule.breachCreditPercent()) <= 0)
                        && schedule.tiers().stream().anyMatch(tier ->
                                tier.creditPercent().compareTo(schedule.breachCreditPercent()) == 0))
                .orElse(false);
        return highestTier ? "the highest credit tier" : "the credit your SLA gives for a material breach";
    }

    /** Only a table of availability tiers with {@code remedy: TERMINATION_REFUND} can end a contract. */
    private static boolean terminable(CreditSchedule schedule) {
        return schedule instanceof AvailabilityTierSchedule tiers && tiers.remedy() == BreachRemedy.TERMINATION_REFUND;
    }

    private static String measured(ClaimDecision decision) {
        return Figures.availability(decision.availability().orElseThrow());
    }

    private static String guarantee(ClaimDecision decision) {
        return decision.guaranteePercent().map(Figures::term).orElseThrow();
    }

    private static String channel(Channel channel) {
        return switch (channel) {
            case PHONE -> "by phone";
            case CHAT -> "through chat";
            case EMAIL -> "by email";
            case PORTAL -> "through the portal";
            case LETTER -> "by letter";
            case SYSTEM -> "from our own monitoring";
        };
    }

    /** For a contract on services that back each other up (policy packs, section 5), how they are measured. */
    private static Optional<String> group(ClaimDecision decision) {
        if (decision.availability().isEmpty() || decision.contract().isEmpty()
                || !decision.contract().get().services().isGroup()) {
            return Optional.empty();
        }
        List<String> members = decision.contract().get().services().members();
        String listed = String.join(", ", members.subList(0, members.size() - 1)) + " and "
                + members.get(members.size() - 1);
        return Optional.of("Your service runs on " + listed + ", which back each other up: it counts as available"
                + " while at least one of them was, and as down only while " + (members.size() == 2 ? "both" : "all")
                + " were down.");
    }

    /** Under a downtime table the credit follows the recorded downtime, so the sentence gives it. */
    private String downtimeNote(ClaimDecision decision) {
        boolean downtimeTable = terms(decision).map(terms -> terms.schedule() instanceof DowntimeTierSchedule)
                .orElse(false);
        return downtimeTable ? ", with " + minutes(decision.availability().orElseThrow().downtimeSlots())
                + " of recorded downtime" : "";
    }

    private Optional<PolicyPack> pack(ClaimDecision decision) {
        return decision.contract().flatMap(contract -> policies.find(contract.policyId()));
    }

    private Optional<EditionTerms> terms(ClaimDecision decision) {
        return decision.contract().flatMap(contract -> policies.find(contract.policyId())
                .flatMap(pack -> pack.edition(contract.edition())));
    }

    private String slaNameOrYours(ClaimDecision decision) {
        return slaName(decision).orElse("your SLA");
    }

    /**
     * The kind of period the contract's pack measures, for a claim that named the other kind: when the
     * pack is not loaded, that other kind is the pack's.
     */
    private String packPeriodNoun(ClaimDecision decision) {
        PeriodKind named = decision.claim().period().kind();
        return noun(pack(decision).map(PolicyPack::period)
                .orElse(named == PeriodKind.MONTH ? PeriodKind.QUARTER : PeriodKind.MONTH));
    }

    private static String periodNoun(ServicePeriod period) {
        return noun(period.kind());
    }

    private static String noun(PeriodKind kind) {
        return kind == PeriodKind.QUARTER ? "quarter" : "month";
    }

    /**
     * "monthly fee of €5,000.00": the fee base the credit's percentage applies to, so that a customer can
     * check the amount; the noun alone for a contract we do not have.
     */
    static String feeBase(ClaimDecision decision) {
        ServicePeriod period = decision.claim().period();
        return feeNoun(period) + decision.contract()
                .map(contract -> " of " + AmountFormat.of(Money.feeBase(contract.annualFee(), period.kind(),
                        contract.currency())))
                .orElse("");
    }

    private static String feeNoun(ServicePeriod period) {
        return period.kind() == PeriodKind.QUARTER ? "quarterly fee" : "monthly fee";
    }

    /** "the month 2026-10", "the quarter 2026-Q4". */
    static String describe(ServicePeriod period) {
        return "the " + periodNoun(period) + " " + period;
    }

    private static String minutes(long minutes) {
        return Figures.whole(minutes) + (minutes == 1 ? " minute" : " minutes");
    }

    private static String period(Period period) {
        List<String> parts = new ArrayList<>();
        long months = period.toTotalMonths();
        if (months > 0) {
            parts.add(months + (months == 1 ? " month" : " months"));
        }
        if (period.getDays() > 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
        }
        return String.join(" and ", parts);
    }
}
