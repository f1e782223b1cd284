package com.slacredits.reports;

import com.slacredits.domain.Availability;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import java.util.Locale;
import java.util.Optional;

/**
 * One row of a statement's claims table, every cell already in words.
 *
 * <p>A JavaBean with getters, not a record: {@code JRBeanCollectionDataSource} reads fields through
 * bean properties and sees nothing of a record's accessors. Text is prepared here, in Java, so that
 * the wording is unit-tested and the template only places it.
 */
public final class StatementLine {

    private static final String NONE = "—";

    private final String claimId;
    private final String contractId;
    private final String edition;
    private final String serviceMonth;
    private final String availability;
    private final String guarantee;
    private final String recordedDowntime;
    private final String claimedDowntime;
    private final String excused;
    private final String decision;
    private final String terminationNote;
    private final String explanation;
    private final String amount;
    private final String settlement;

    StatementLine(ClaimDecision decision, DecisionWording wording) {
        Optional<Availability> measured = decision.availability();
        this.claimId = decision.claimId();
        this.contractId = decision.claim().contractId();
        this.edition = decision.contract().map(Contract::edition).map(StatementLine::editionName).orElse("");
        this.serviceMonth = decision.claim().serviceMonth().toString();
        this.availability = measured.map(Figures::availability).orElse(NONE);
        this.guarantee = decision.guaranteePercent().map(percent -> "guarantee " + Figures.term(percent)).orElse("");
        this.recordedDowntime = measured.map(a -> Figures.whole(a.downtimeSlots()) + " min").orElse(NONE);
        this.claimedDowntime = decision.claim().claimedDowntimeMinutes().isPresent()
                ? "you counted " + Figures.whole(decision.claim().claimedDowntimeMinutes().getAsLong())
                : "";
        this.excused = measured.map(a -> Figures.whole(a.excusedSlots()) + " min").orElse(NONE);
        this.decision = wording.decision(decision);
        this.terminationNote = wording.terminationNote(decision);
        this.explanation = wording.explanation(decision);
        this.amount = decision.amount().map(AmountFormat::of).orElse(NONE);
        this.settlement = decision.adjustment().map(a -> DecisionWording.settlement(a.settlement())).orElse("");
    }

    private static String editionName(Enum<?> edition) {
        String name = edition.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    public String getClaimId() {
        return claimId;
    }

    public String getContractId() {
        return contractId;
    }

    /** "Enterprise". */
    public String getEdition() {
        return edition;
    }

    /** "2026-10". */
    public String getServiceMonth() {
        return serviceMonth;
    }

    /** "99.887 %", or a dash for a claim rejected before it was measured. */
    public String getAvailability() {
        return availability;
    }

    /** "guarantee 99.9 %", or empty. */
    public String getGuarantee() {
        return guarantee;
    }

    /** "50 min": downtime the records show, or a dash. */
    public String getRecordedDowntime() {
        return recordedDowntime;
    }

    /** "you counted 84", or empty when the customer counted none. */
    public String getClaimedDowntime() {
        return claimedDowntime;
    }

    /** "60 min", or a dash. */
    public String getExcused() {
        return excused;
    }

    public String getDecision() {
        return decision;
    }

    /** "Termination refused", "Termination granted" or empty. */
    public String getTerminationNote() {
        return terminationNote;
    }

    public String getExplanation() {
        return explanation;
    }

    /** "€500.00", or a dash for a rejected claim. */
    public String getAmount() {
        return amount;
    }

    /** "credited on your next invoice", "refunded" or empty. */
    public String getSettlement() {
        return settlement;
    }
}
