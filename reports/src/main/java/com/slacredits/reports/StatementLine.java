package com.slacredits.reports;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Availability;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.DailyDowntime;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.RejectionListing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a statement, every cell already in words: a line of the claims table, or a support
 * ticket of the support section that follows it ({@link #getSection()}).
 *
 * <p>A JavaBean with getters, not a record: {@code JRBeanCollectionDataSource} reads fields through
 * bean properties and sees nothing of a record's accessors. Text is prepared here, in Java, so that
 * the wording is unit-tested and the template only places it.
 */
public final class StatementLine {

    private static final String NONE = "—";

    /** The section of a claim's or a reversal's line. */
    static final String CLAIMS = "CLAIMS";
    /** The section of a measured support ticket's line, after the claims. */
    static final String SUPPORT = "SUPPORT";

    private final String section;
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
    private final String invoice;
    private final String priority;
    private final String reported;
    private final String responseResult;
    private final String responseTarget;
    private final String resolutionResult;
    private final String resolutionTarget;
    private final String calendar;
    private final String evidence;
    private final DayMarks dayMarks;
    private final String firstDay;
    private final String lastDay;
    private final String downtimeByDay;

    StatementLine(ClaimDecision decision, DecisionWording wording) {
        this(decision, Optional.empty(), wording, List.of(), Optional.empty());
    }

    StatementLine(ClaimDecision decision, Optional<String> invoiceId, DecisionWording wording) {
        this(decision, invoiceId, wording, List.of(), Optional.empty());
    }

    /**
     * The line of a decision whose posted adjustment corrects {@code invoiceId}: the claim's figures and, under
     * the settlement, the invoice the credit or refund goes against. A termination refund's line shows
     * {@code refunded}, its contract's invoices, with their days refunded. A verified decision shows the
     * evidence of its measurement below it, in the pack's zone (files.md, "The evidence").
     */
    StatementLine(ClaimDecision decision, Optional<String> invoiceId, DecisionWording wording, List<Invoice> refunded,
            Optional<DecisionEvidence> evidence) {
        Optional<Availability> measured = decision.availability();
        this.section = CLAIMS;
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
        this.explanation = wording.explanation(decision, refunded);
        this.amount = decision.amount().map(AmountFormat::of).orElse(NONE);
        this.settlement = decision.adjustment().map(a -> DecisionWording.settlement(a.settlement())).orElse("");
        this.invoice = decision.adjustment().isPresent() ? DecisionWording.creditedAgainst(invoiceId) : "";
        this.priority = "";
        this.reported = "";
        this.responseResult = "";
        this.responseTarget = "";
        this.resolutionResult = "";
        this.resolutionTarget = "";
        this.calendar = "";
        Optional<DecisionEvidence> shown = evidence.filter(any -> measured.isPresent());
        java.time.ZoneId zone = wording.zoneOf(decision);
        this.evidence = shown.map(any -> EvidenceWording.of(any, zone)).orElse("");
        Optional<DailyDowntime> daily = shown.map(any -> any.daily(decision.claim().period(), zone));
        this.dayMarks = daily.map(DayMarks::of).orElse(null);
        this.firstDay = daily.map(any -> DayMarks.day(decision.claim().period().firstDay())).orElse("");
        this.lastDay = daily.map(any -> DayMarks.day(decision.claim().period().lastDay())).orElse("");
        this.downtimeByDay = daily.map(DayMarks::wording).orElse("");
    }


    /**
     * The line of a reversal: the claim it was posted for, the amount taken back (negative), and in
     * words when and why. Nothing was measured for it, so the measurement columns show a dash.
     */
    StatementLine(AdjustmentReversal reversal, DecisionWording wording) {
        this.section = CLAIMS;
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
        this.invoice = DecisionWording.reversedAgainst(reversal.invoiceId());
        this.priority = "";
        this.reported = "";
        this.responseResult = "";
        this.responseTarget = "";
        this.resolutionResult = "";
        this.resolutionTarget = "";
        this.calendar = "";
        this.evidence = "";
        this.dayMarks = null;
        this.firstDay = "";
        this.lastDay = "";
        this.downtimeByDay = "";
    }

    /**
     * The line that stands for a group's rejections beyond those listed, after the group's last listed
     * claim: how many, in the claim column, and in words what they are and where each is.
     */
    StatementLine(RejectionListing.Unlisted unlisted) {
        this.section = CLAIMS;
        this.claimId = Figures.whole(unlisted.count()) + " more";
        this.contractId = unlisted.group().contractPeriod().contractId();
        this.edition = "";
        this.period = unlisted.group().contractPeriod().period().toString();
        this.sla = "";
        this.availability = NONE;
        this.guarantee = "";
        this.recordedDowntime = NONE;
        this.claimedDowntime = "";
        this.excused = NONE;
        this.decision = DecisionWording.rejected(unlisted.group().reason());
        this.terminationNote = "";
        this.explanation = DecisionWording.unlisted(unlisted);
        this.amount = NONE;
        this.settlement = "";
        this.invoice = "";
        this.priority = "";
        this.reported = "";
        this.responseResult = "";
        this.responseTarget = "";
        this.resolutionResult = "";
        this.resolutionTarget = "";
        this.calendar = "";
        this.evidence = "";
        this.dayMarks = null;
        this.firstDay = "";
        this.lastDay = "";
        this.downtimeByDay = "";
    }

    /**
     * The line of a support ticket measured in the run (support SLAs, section 5): its priority, when it
     * was reported, each clock met or missed under its target, and below, in sentences, the time each
     * took and the calendar it was counted on. The claim columns are empty: a missed target's credit is
     * a claims line of its own ({@code SUP-<ticket>}).
     *
     * @param asOf the run's date, whose start is the cut-off a clock without a stop was missed by
     */
    StatementLine(MeasuredTicket ticket, SupportWording wording, LocalDate asOf) {
        this.section = SUPPORT;
        this.claimId = ticket.ticketId();
        this.contractId = ticket.contractId();
        this.edition = editionName(ticket.edition());
        this.period = ticket.period();
        this.sla = wording.measuredUnder(ticket);
        this.availability = "";
        this.guarantee = "";
        this.recordedDowntime = "";
        this.claimedDowntime = "";
        this.excused = "";
        this.decision = "";
        this.terminationNote = "";
        this.explanation = wording.clocks(ticket, asOf);
        this.amount = "";
        this.settlement = "";
        this.invoice = "";
        this.priority = ticket.priority();
        this.reported = wording.reported(ticket);
        this.responseResult = SupportWording.result(ticket.response());
        this.responseTarget = SupportWording.target(ticket.response());
        this.resolutionResult = SupportWording.result(ticket.resolution());
        this.resolutionTarget = SupportWording.target(ticket.resolution());
        this.calendar = wording.calendars(ticket);
        this.evidence = "";
        this.dayMarks = null;
        this.firstDay = "";
        this.lastDay = "";
        this.downtimeByDay = "";
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

    /** {@link #CLAIMS} or {@link #SUPPORT}: which table of the statement the line belongs to. */
    public String getSection() {
        return section;
    }

    /** The claim id; on a support line, the ticket id. */
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

    /**
     * "credited against invoice", a line break and "INV-2026-10-A1": the invoice the line's adjustment corrects,
     * or empty.
     */
    public String getInvoice() {
        return invoice;
    }

    /** A support line's priority, as the pack names it ("P1"); empty on a claims line. */
    public String getPriority() {
        return priority;
    }

    /** "2026-10-21 22:10 UTC+02:00": when a support ticket was reported, in its pack's zone. */
    public String getReported() {
        return reported;
    }

    /** "Met", "Missed", or a dash for a priority without a response target. */
    public String getResponseResult() {
        return responseResult;
    }

    /** "target 30 min", or "no target". */
    public String getResponseTarget() {
        return responseTarget;
    }

    /** "Met", "Missed", or a dash for a priority without a resolution target. */
    public String getResolutionResult() {
        return resolutionResult;
    }

    /** "target 4 h", or "no target". */
    public String getResolutionTarget() {
        return resolutionTarget;
    }

    /** "Counted around the clock.": the calendars a support ticket's clocks counted on, in words. */
    public String getCalendar() {
        return calendar;
    }

    /** The evidence under a verified decision's line, in lines of text; empty for any other line. */
    public String getEvidence() {
        return evidence;
    }

    /** One mark per day of a verified decision's period, shaded by its counted downtime; null on any other line. */
    public net.sf.jasperreports.renderers.Renderable getDayMarks() {
        return dayMarks;
    }

    /** "1 Oct": the period's first day, under the first mark; empty without marks. */
    public String getFirstDay() {
        return firstDay;
    }

    /** "31 Dec": the period's last day, under the last mark; empty without marks. */
    public String getLastDay() {
        return lastDay;
    }

    /** The marks in words ({@link DayMarks#wording}); empty without marks. */
    public String getDowntimeByDay() {
        return downtimeByDay;
    }
}
