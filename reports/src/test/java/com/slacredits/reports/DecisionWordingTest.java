package com.slacredits.reports;

import static com.slacredits.reports.October2026.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.Reason;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionWordingTest {

    final DecisionWording wording = Packs.WORDING;

    @Test
    void unknownContract() {
        assertThat(wording.explanation(CL_09))
                .isEqualTo("We have no contract K-ZZ on record, so this claim could not be assessed.");
        assertThat(wording.decision(CL_09)).isEqualTo("Rejected");
    }

    @Test
    void notInWritingNamesTheWrittenChannels() {
        assertThat(wording.explanation(CL_07)).isEqualTo("Claims must be made in writing: by email, through the portal"
                + " or by letter. This claim reached us by phone, so it could not be accepted.");
    }

    @Test
    void lateNamesTheLastDayOfTheClaimWindow() {
        assertThat(wording.explanation(CL_08)).isEqualTo("Claims for 2026-10 must reach us by 2026-11-30, within 30"
                + " days of the end of the service month. This claim reached us on 2026-12-01, after the claim window"
                + " had closed.");
    }

    @Test
    void lateUnderAPolicyTheCatalogueDoesNotKnowStillExplains() {
        DecisionWording withoutPolicies = new DecisionWording(new PolicyCatalog(java.util.List.of()));
        assertThat(withoutPolicies.explanation(CL_08))
                .isEqualTo("This claim for 2026-10 reached us after the claim window had closed.");
    }

    @Test
    void notCoveredSaysWhenTheContractStarts() {
        assertThat(wording.explanation(CL_11))
                .isEqualTo("Contract K-D1 did not cover any day of 2026-10: it starts on 2026-11-01.");
    }

    @Test
    void notCoveredSaysWhenTheContractEnded() {
        ClaimDecision decision = rejected(claim("CL-20", "K-C1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false),
                endingOn(K_C1, java.time.LocalDate.of(2026, 9, 15)), Reason.NOT_COVERED);
        assertThat(wording.explanation(decision))
                .isEqualTo("Contract K-C1 did not cover any day of 2026-10: it ended on 2026-09-15.");
    }

    @Test
    void duplicate() {
        assertThat(wording.explanation(CL_06)).isEqualTo("We had already received a claim for contract K-A1 and"
                + " 2026-10. Each contract month is assessed once, on the first claim for it; that claim carries the"
                + " decision for the month.");
    }

    @Test
    void noCreditDueComparesMeasuredWithGuaranteed() {
        assertThat(wording.explanation(CL_02)).isEqualTo("Measured availability of 99.887 % met the guarantee of"
                + " 99.8 %, so no credit is due. 60 minutes fell in excused windows (such as maintenance announced in"
                + " time) and were left out of the measurement.");
        assertThat(wording.decision(CL_02)).isEqualTo("No credit due");
    }

    @Test
    void tierGivesThePercentageOfTheMonthlyFeeAndWhatWasCountedAgainstWhatWasRecorded() {
        assertThat(wording.explanation(CL_01)).isEqualTo("Measured availability of 99.887 % was below the guarantee"
                + " of 99.9 %: you receive a credit of 10 % of the monthly fee of €5,000.00. You counted 84 minutes of downtime;"
                + " our monitoring records show 50 minutes, and the decision follows the records. 60 minutes fell in"
                + " excused windows (such as maintenance announced in time) and were left out of the measurement.");
        assertThat(wording.decision(CL_01)).isEqualTo("Credit of 10 %");
        assertThat(wording.terminationNote(CL_01)).isEmpty();
    }

    @Test
    void theFeeBaseAPercentageAppliesToIsShownAtTheMinorUnitOfTheContractsCurrency() {
        var euros = contract("K-F1", "CU-1", "Acme", "ENTERPRISE", "svc-a", "40000.00", EUR, "2024-03-01");
        ClaimDecision fifteen = credit(claim("CL-31", "K-F1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false), euros,
                SVC_C, "99.9", "15", "500.00", Termination.NONE);
        assertThat(DecisionWording.feeBase(fifteen)).isEqualTo("monthly fee of €3,333.33");
        assertThat(wording.explanation(fifteen)).contains("you receive a credit of 15 % of the monthly fee of €3,333.33.");

        var yen = contract("K-F2", "CU-1", "Acme", "ENTERPRISE", "svc-a", "1000006", java.util.Currency.getInstance("JPY"),
                "2024-03-01");
        ClaimDecision inYen = credit(claim("CL-32", "K-F2", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false), yen,
                SVC_C, "99.9", "10", "8334", Termination.NONE);
        assertThat(DecisionWording.feeBase(inYen)).isEqualTo("monthly fee of ¥83,334");
        assertThat(DecisionWording.feeBase(CL_09)).as("no contract, no base").isEqualTo("monthly fee");
    }

    @Test
    void materialBreachCredit() {
        ClaimDecision decision = new ClaimDecision(claim("CL-21", "K-C1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false),
                Optional.of(K_C1), Outcome.CREDIT, Reason.MATERIAL_BREACH, Optional.of(SVC_C),
                Optional.of(new BigDecimal("99.9")), Optional.of(new BigDecimal("30")),
                Optional.of(new Money(new BigDecimal("3000.00"), EUR)), Optional.of(Settlement.NEXT_INVOICE),
                Termination.NONE, Optional.empty());
        assertThat(wording.explanation(decision)).isEqualTo("Measured availability of 96.644 % was so far below the"
                + " guarantee of 99.9 % that it counts as a material breach. You receive a credit of 30 % of the"
                + " monthly fee of €10,000.00, the highest credit tier.");
        assertThat(wording.decision(decision)).isEqualTo("Credit of 30 %");
    }

    @Test
    void grantedTerminationGivesTheDateItTookEffect() {
        assertThat(wording.explanation(CL_04)).isEqualTo("Measured availability of 96.644 % was so far below the"
                + " guarantee of 99.9 % that it counts as a material breach. As you asked, contract K-C1 is terminated,"
                + " effective at the end of 2026-11-10. We refund the part of your invoices that pays for the time"
                + " after that date. You counted 1,500 minutes of downtime; our monitoring records show the same.");
        assertThat(wording.decision(CL_04)).isEqualTo("Refund");
        assertThat(wording.terminationNote(CL_04)).isEqualTo("Termination granted");
    }

    @Test
    void terminationRefusedWithoutABreach() {
        assertThat(wording.explanation(CL_12)).endsWith("You asked to terminate the contract. Termination is possible"
                + " only after a material breach, and this month's availability was not one, so the termination is"
                + " refused and contract K-B2 continues.");
        assertThat(wording.terminationNote(CL_12)).isEqualTo("Termination refused");
    }

    @Test
    void terminationRefusedWithARejectedClaim() {
        ClaimDecision decision = rejected(claim("CL-22", "K-A2", "2026-11-02T09:00:00Z", Channel.CHAT, null, true),
                K_A2, Reason.NOT_IN_WRITING);
        assertThat(wording.explanation(decision)).isEqualTo("Claims must be made in writing: by email, through the"
                + " portal or by letter. This claim reached us through chat, so it could not be accepted. You asked to"
                + " terminate the contract. Because this claim was rejected, the termination is refused and contract"
                + " K-A2 continues.");
    }

    @Test
    void settlement() {
        assertThat(DecisionWording.settlement(Settlement.NEXT_INVOICE)).isEqualTo("credited on your next invoice");
        assertThat(DecisionWording.settlement(Settlement.REFUND)).isEqualTo("refunded");
    }

    @Test
    void noExplanationShowsAReasonCode() {
        Set<String> codes = new java.util.HashSet<>();
        EnumSet.allOf(Reason.class).forEach(reason -> codes.add(reason.name()));
        EnumSet.allOf(Outcome.class).forEach(outcome -> codes.add(outcome.name()));
        for (ClaimDecision decision : DECISIONS) {
            String words = wording.decision(decision) + " " + wording.terminationNote(decision) + " "
                    + wording.explanation(decision);
            assertThat(codes).allSatisfy(code -> assertThat(words).doesNotContain(code));
        }
    }
}
