package com.slacredits.reports;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.Reason;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every decision in the words a customer reads on a statement: no reason codes, and for each
 * rejection what the rule is and how this claim failed it.
 *
 * <p>Thread-safe: holds only the immutable policy catalogue, which the claim-window wording needs
 * to name the deadline the claim missed.
 */
public final class DecisionWording {

    static final String IN_WRITING = "Claims must be made in writing: by email, through the portal or by letter.";

    private final PolicyCatalog policies;

    public DecisionWording(PolicyCatalog policies) {
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /** The wording for contracts on the policy packs the product ships with. */
    public static DecisionWording standard() {
        return new DecisionWording(PolicyCatalog.standard());
    }

    /** The decision column, short enough for one line: "Credit of 10 %", "Rejected", "Refund". */
    public String decision(ClaimDecision decision) {
        return switch (decision.outcome()) {
            case CREDIT -> "Credit of " + Figures.term(decision.creditPercent().orElseThrow());
            case TERMINATION_REFUND -> "Refund";
            case REJECTED -> decision.reason() == Reason.NO_CREDIT_DUE ? "No credit due" : "Rejected";
        };
    }

    /** Under the decision: what became of a termination the customer asked for; empty when none was. */
    public String terminationNote(ClaimDecision decision) {
        return switch (decision.termination()) {
            case NONE -> "";
            case GRANTED -> "Termination granted";
            case DENIED -> "Termination refused";
        };
    }

    public static String settlement(Settlement settlement) {
        return switch (settlement) {
            case NEXT_INVOICE -> "credited on your next invoice";
            case REFUND -> "refunded";
        };
    }

    /** The full explanation: why, what was counted against what was measured, and any termination. */
    public String explanation(ClaimDecision decision) {
        List<String> sentences = new ArrayList<>();
        sentences.add(reason(decision));
        downtime(decision).ifPresent(sentences::add);
        termination(decision).ifPresent(sentences::add);
        return String.join(" ", sentences);
    }

    /** The reason in plain words, one rule per code. */
    public String reason(ClaimDecision decision) {
        Claim claim = decision.claim();
        String month = claim.serviceMonth().toString();
        return switch (decision.reason()) {
            case UNKNOWN_CONTRACT -> "We have no contract " + claim.contractId()
                    + " on record, so this claim could not be assessed.";
            case NOT_IN_WRITING -> IN_WRITING + " This claim reached us " + channel(claim.channel())
                    + ", so it could not be accepted.";
            case LATE -> late(decision);
            case NOT_COVERED -> notCovered(decision);
            case DUPLICATE -> "We had already received a claim for contract " + claim.contractId() + " and " + month
                    + ". Each contract month is assessed once, on the first claim for it; that claim carries"
                    + " the decision for the month.";
            case NO_CREDIT_DUE -> "Measured availability of " + measured(decision) + " met the guarantee of "
                    + guarantee(decision) + ", so no credit is due.";
            case TIER -> "Measured availability of " + measured(decision) + " was below the guarantee of "
                    + guarantee(decision) + ": you receive a credit of "
                    + Figures.term(decision.creditPercent().orElseThrow()) + " of the monthly fee.";
            case MATERIAL_BREACH -> decision.outcome() == Outcome.TERMINATION_REFUND
                    ? breach(decision) + " As you asked, contract " + claim.contractId()
                            + " is terminated, effective at the end of "
                            + decision.terminationEffective().map(LocalDate::toString).orElse("the day we received the claim")
                            + ". We refund the part of your invoices that pays for the time after that date."
                    : breach(decision) + " You receive a credit of "
                            + Figures.term(decision.creditPercent().orElseThrow())
                            + " of the monthly fee, the highest credit tier.";
        };
    }

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
        String contract = decision.claim().contractId();
        if (decision.reason().isVerified()) {
            return Optional.of("You asked to terminate the contract. Termination is possible only after a material"
                    + " breach, and this month's availability was not one, so the termination is refused and"
                    + " contract " + contract + " continues.");
        }
        return Optional.of("You asked to terminate the contract. Because this claim was rejected, the termination is"
                + " refused and contract " + contract + " continues.");
    }

    private String late(ClaimDecision decision) {
        Claim claim = decision.claim();
        YearMonth month = claim.serviceMonth();
        Optional<PolicyPack> policy = decision.contract().flatMap(contract -> policies.find(contract.policyId()));
        if (policy.isEmpty()) {
            return "This claim for " + month + " reached us after the claim window had closed.";
        }
        PolicyPack pack = policy.get();
        // The deadline is the first late instant; the last day on time is the local day before it.
        LocalDate lastDay = pack.claimDeadline(month).minusNanos(1).atZone(pack.zone()).toLocalDate();
        LocalDate received = claim.receivedAt().atZone(pack.zone()).toLocalDate();
        return "Claims for " + month + " must reach us by " + lastDay + ", within " + period(pack.claimWindow())
                + " of the end of the service month. This claim reached us on " + received
                + ", after the claim window had closed.";
    }

    private static String notCovered(ClaimDecision decision) {
        Claim claim = decision.claim();
        YearMonth month = claim.serviceMonth();
        String prefix = "Contract " + claim.contractId() + " did not cover any day of " + month;
        Optional<Contract> contract = decision.contract();
        if (contract.isPresent() && contract.get().startDate().isAfter(month.atEndOfMonth())) {
            return prefix + ": it starts on " + contract.get().startDate() + ".";
        }
        Optional<LocalDate> end = contract.flatMap(Contract::endDate);
        if (end.isPresent() && end.get().isBefore(month.atDay(1))) {
            return prefix + ": it ended on " + end.get() + ".";
        }
        return prefix + ".";
    }

    private static String breach(ClaimDecision decision) {
        return "Measured availability of " + measured(decision) + " was so far below the guarantee of "
                + guarantee(decision) + " that it counts as a material breach.";
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
        };
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
