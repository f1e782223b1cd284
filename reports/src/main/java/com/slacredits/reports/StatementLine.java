package com.slacredits.reports;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Availability;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
    private final String period;
    private final String sla;
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
        this.period = decision.claim().period().toString();
        this.sla = sla(wording.slaName(decision), edition);
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

    /**
     * The line of a reversal: the claim it was posted for, the amount taken back (negative), and in
     * words when and why. Nothing was measured for it, so the measurement columns show a dash.
     */
    StatementLine(AdjustmentReversal reversal, DecisionWording wording) {
        this.claimId = reversal.claimId();
        this.contractId = reversal.contractId();
        this.edition = "";
        this.period = reversal.period().toString();
        this.sla = "";
        this.availability = NONE;
        this.guarantee = "";
        this.recordedDowntime = NONE;
        this.claimedDowntime = "";
        this.excused = NONE;
        this.decision = DecisionWording.REVERSED;
        this.terminationNote = "";
        this.explanation = wording.reversal(reversal);
        this.amount = AmountFormat.of(reversal.amount());
        this.settlement = DecisionWording.reversedSettlement(reversal.settlement());
    }

    /** "Decided under Standard SLA 2024, Enterprise edition"; what is known of it when the pack is not loaded. */
    private static String sla(Optional<String> name, String edition) {
        String ofEdition = edition.isEmpty() ? "" : edition + " edition";
        if (name.isEmpty()) {
            return ofEdition;
        }
        return "Decided under " + name.get() + (ofEdition.isEmpty() ? "" : ", " + ofEdition);
    }

    /** Words of an edition name that stay in capitals: "Backend API", not "Backend api". */
    private static final Set<String> ACRONYMS = Set.of("AI", "API", "CDN", "CRM", "DNS", "ERP", "PLM", "SMS", "SSO", "VPN");

    /** "Enterprise", "Business messaging", "Backend API": an edition as a person writes it. */
    static String editionName(String edition) {
        List<String> words = new ArrayList<>();
        for (String word : edition.split("_")) {
            if (word.isEmpty()) {
                continue;
            }
            String upper = word.toUpperCase(Locale.ROOT);
            words.add(ACRONYMS.contains(upper) ? upper : word.toLowerCase(Locale.ROOT));
        }
        String name = String.join(" ", words);
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String getClaimId() {
        return claimId;
    }

    public String getContractId() {
        return contractId;
    }

    /** "2026-10" or "2026-Q4": the period the claim named. */
    public String getPeriod() {
        return period;
    }

    /** "Decided under Standard SLA 2024, Enterprise edition": the contract's pack by its title, and its edition. */
    public String getSla() {
        return sla;
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
