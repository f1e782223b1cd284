package com.slacredits.reports;

import static com.slacredits.reports.FivePacks2026.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** DecisionWording for what policy packs brought: automatic periods, compliance, quarters, groups, remedies. */
class PackWordingTest {

    final DecisionWording wording = Packs.WORDING;

    @Test
    void anAutomaticCreditSaysNoClaimWasNeededAndGivesTheDowntimeTheTableFollows() {
        assertThat(wording.explanation(AUTO_K_I1_OCT)).isEqualTo("We measured this month ourselves, as your SLA"
                + " provides: no claim from you was needed. Measured availability of 99.657 % was below the guarantee"
                + " of 99.9 %, with 153 minutes of recorded downtime: you receive a credit of 15 % of the monthly fee of €3,000.00."
                + " 60 minutes fell in excused windows (such as maintenance announced in time) and were left out of"
                + " the measurement.");
        assertThat(wording.decision(AUTO_K_I1_OCT)).isEqualTo("Credit of 15 %");
    }

    @Test
    void belowTheGuaranteeButTooLittleDowntimeForTheTableSaysWhy() {
        assertThat(wording.reason(AUTO_K_I3_DEC)).isEqualTo("Measured availability of 99.897 % was below the"
                + " guarantee of 99.9 %, but a credit needs more than 43 minutes of recorded downtime, and the records"
                + " show 43 minutes, so no credit is due.");
        assertThat(wording.decision(AUTO_K_I3_DEC)).isEqualTo("No credit due");
    }

    @Test
    void atTheGuaranteeAnAutomaticMonthEarnsNothing() {
        assertThat(wording.reason(AUTO_K_I1_DEC))
                .isEqualTo("Measured availability of 99.901 % met the guarantee of 99.9 %, so no credit is due.");
    }

    @Test
    void complianceMetNamesTheCommitmentAndNoAmount() {
        assertThat(wording.explanation(AUTO_K_M1_Q4)).isEqualTo("We measured this quarter ourselves, as your SLA"
                + " provides: no claim from you was needed. Measured availability of 99.990 % met the commitment of"
                + " 99.99 % for the quarter 2026-Q4. Your SLA reports compliance with this commitment; it carries no"
                + " credit, met or missed. 45 minutes fell in excused windows (such as maintenance announced in time)"
                + " and were left out of the measurement.");
        assertThat(wording.decision(AUTO_K_M1_Q4)).isEqualTo("Commitment met");
    }

    @Test
    void complianceMissedIsNotARejection() {
        assertThat(wording.reason(AUTO_K_SC1_Q4)).isEqualTo("Measured availability of 99.818 % fell short of the"
                + " commitment of 99.9 % for the quarter 2026-Q4. Your SLA reports compliance with this commitment;"
                + " it carries no credit, met or missed.");
        assertThat(wording.decision(AUTO_K_SC1_Q4)).isEqualTo("Commitment missed");
        for (ClaimDecision decision : List.of(AUTO_K_M1_Q4, AUTO_K_V1_Q4, AUTO_K_SC1_Q4, AUTO_K_P1_NOV)) {
            assertThat(wording.decision(decision) + " " + wording.explanation(decision)).as(decision.claimId())
                    .doesNotContainIgnoringCase("reject").doesNotContain("€", "$");
        }
    }

    @Test
    void aGuaranteeFromTheContractIsTheContractsOwn() {
        // The same November, MISSED at 99.5 and MET at 99.45 (plm-2022, guarantee: contract).
        assertThat(wording.reason(AUTO_K_P1_NOV)).startsWith("Measured availability of 99.466 % fell short of the"
                + " commitment of 99.5 % for the month 2026-11.");
        assertThat(wording.reason(AUTO_K_P2_NOV)).startsWith("Measured availability of 99.466 % met the commitment"
                + " of 99.45 % for the month 2026-11.");
    }

    @Test
    void aVoiceGroupIsAvailableWhileOneTrunkIs() {
        assertThat(wording.explanation(AUTO_K_V1_Q4)).isEqualTo("We measured this quarter ourselves, as your SLA"
                + " provides: no claim from you was needed. Measured availability of 99.984 % fell short of the"
                + " commitment of 99.99 % for the quarter 2026-Q4. Your SLA reports compliance with this commitment;"
                + " it carries no credit, met or missed. Your service runs on voice-trunk-1 and voice-trunk-2, which"
                + " back each other up: it counts as available while at least one of them was, and as down only while"
                + " both were down. 50 minutes fell in excused windows (such as maintenance announced in time) and were"
                + " left out of the measurement.");
        assertThat(wording.explanation(AUTO_K_M1_Q4)).doesNotContain("back each other up");
    }

    @Test
    void aQuarterlyCreditIsAShareOfTheQuarterlyFee() {
        assertThat(wording.explanation(CL_Q1)).isEqualTo("Measured availability of 99.773 % was below the guarantee of"
                + " 99.9 %: you receive a credit of 10 % of the quarterly fee of €10,000.00.");
    }

    @Test
    void aClaimOnAnAutomaticPackWasNotNeededAndPointsToTheRunsOwnLine() {
        assertThat(wording.explanation(CL_07)).isEqualTo("This claim was not needed: under IoT Cloud Platform SLA 2022"
                + " we measure every month ourselves and apply any credit due without a claim. Contract K-I2 and the"
                + " month 2026-10 are decided on a statement line of their own (AUTO-K-I2-2026-10).");
        assertThat(wording.decision(CL_07)).isEqualTo("Not needed");
    }

    @Test
    void aMonthClaimedOnAQuarterlyAutomaticPackPointsToItsQuarter() {
        assertThat(wording.explanation(CL_08)).isEqualTo("This claim was not needed: under CPaaS SLA 2024 we measure"
                + " every quarter ourselves and report on the commitment without a claim. Contract K-M1 and the quarter"
                + " 2026-Q4 are decided on a statement line of their own (AUTO-K-M1-2026-Q4).");
    }

    @Test
    void aQuarterClaimedOnAMonthlyPackNamesThePacksPeriod() {
        assertThat(wording.explanation(CL_02)).isEqualTo("Under Standard SLA 2024 availability is measured per month,"
                + " and this claim named the quarter 2026-Q4, so it could not be assessed. A claim names one month.");
        assertThat(wording.decision(CL_02)).isEqualTo("Rejected");
    }

    @Test
    void aCreditOnAnEndedContractIsRefunded() {
        assertThat(wording.explanation(CL_05)).isEqualTo("Measured availability of 99.865 % was below the guarantee of"
                + " 99.9 %: you receive a credit of 10 % of the monthly fee of €4,000.00. You counted 60 minutes of downtime; our"
                + " monitoring records show the same. Contract K-E1 has ended, so no later invoice will carry this"
                + " credit: it is refunded to you.");
        assertThat(wording.explanation(CL_01)).doesNotContain("refunded");
    }

    @Test
    void aSecondTerminationIsRefusedBecauseTheContractWasAlreadyTerminated() {
        assertThat(wording.explanation(CL_T2)).isEqualTo("Measured availability of 95.833 % was so far below the"
                + " guarantee of 99.9 % that it counts as a material breach. You receive a credit of 30 % of the"
                + " monthly fee of €10,000.00, the highest credit tier. You asked to terminate the contract. Contract K-C1 was"
                + " already terminated, effective at the end of 2026-11-10, and the time after that date was refunded"
                + " then. A contract is terminated only once, so this termination is refused and nothing is refunded"
                + " again. Contract K-C1 has ended, so no later invoice will carry this credit: it is refunded to you.");
        assertThat(wording.terminationNote(CL_T2)).isEqualTo("Termination refused");
        assertThat(wording.explanation(CL_T2)).doesNotContain("continues");
    }

    @Test
    void aRejectedTerminationOnATerminatedContractDoesNotSayItContinues() {
        ClaimDecision late = October2026.rejected(October2026.claim("CL-T3", "K-C1", DEC, "2027-01-02T09:00:00Z",
                com.slacredits.domain.Channel.EMAIL, null, true), K_C1_TERMINATED, Reason.NOT_COVERED);
        assertThat(wording.termination(late)).hasValue("You asked to terminate the contract. Contract K-C1 was already"
                + " terminated, effective at the end of 2026-11-10, and the time after that date was refunded then. A"
                + " contract is terminated only once, so this termination is refused and nothing is refunded again.");
    }

    @Test
    void aBreachUnderRemedyCreditGivesTheBreachCreditAndRefusesTheTermination() {
        assertThat(wording.explanation(CL_10)).isEqualTo("Measured availability of 94.444 % was so far below the"
                + " guarantee of 99.5 % that it counts as a material breach. You receive a credit of 100 % of the"
                + " monthly fee of €1,666.67, the credit your SLA gives for a material breach. You counted 2,400 minutes of"
                + " downtime; our monitoring records show the same. You asked to terminate the contract. Under"
                + " Northwind Hosting SLA a material breach is remedied by the credit above, not by termination, so the"
                + " termination is refused and contract K-N2 continues.");
        assertThat(wording.decision(CL_10)).isEqualTo("Credit of 100 %");
    }

    @Test
    void aTerminationUnderADowntimeTableIsRefused() {
        ClaimDecision elected = October2026.credit(October2026.claim("CL-I9", "K-I1", OCT, "2026-11-02T09:00:00Z",
                        com.slacredits.domain.Channel.EMAIL, null, true), K_I1, Reason.TIER,
                AUTO_K_I1_OCT.availability().orElseThrow(), "99.9", "15", "450.00",
                com.slacredits.domain.Settlement.NEXT_INVOICE, com.slacredits.domain.Termination.DENIED);
        assertThat(wording.termination(elected)).hasValue("You asked to terminate the contract. Under IoT Cloud"
                + " Platform SLA 2022 a contract cannot be terminated for its availability, so the termination is"
                + " refused and contract K-I1 continues.");
    }

    @Test
    void theClaimWindowIsThePacksOwn() {
        assertThat(wording.explanation(CL_11)).isEqualTo("Claims for 2026-10 must reach us by 2026-12-30, within 60"
                + " days of the end of the service month. This claim reached us on 2026-12-31, after the claim window"
                + " had closed.");
    }

    @Test
    void eachDecisionNamesTheSlaItWasDecidedUnder() {
        assertThat(wording.slaName(CL_01)).hasValue("Standard SLA 2024");
        assertThat(wording.slaName(AUTO_K_I2_NOV)).hasValue("IoT Cloud Platform SLA 2022");
        assertThat(wording.slaName(AUTO_K_V1_Q4)).hasValue("CPaaS SLA 2024");
        assertThat(wording.slaName(AUTO_K_P1_OCT)).hasValue("PLM Platform SLA 2022");
        assertThat(wording.slaName(CL_12)).hasValue("Northwind Hosting SLA");
        assertThat(wording.slaName(October2026.CL_09)).isEmpty();
        assertThat(new DecisionWording(new PolicyCatalog(List.of())).slaName(CL_01)).isEmpty();
    }

    @Test
    void aPackTheCatalogueDoesNotHoldStillGetsWords() {
        DecisionWording bare = new DecisionWording(new PolicyCatalog(List.of()));
        // WRONG_PERIOD: the claim named a quarter, so the pack measures months.
        assertThat(bare.reason(CL_02)).isEqualTo("Under your SLA availability is measured per month, and this claim"
                + " named the quarter 2026-Q4, so it could not be assessed. A claim names one month.");
        assertThat(bare.explanation(CL_10)).contains("the credit your SLA gives for a material breach",
                "Under your SLA a material breach is remedied by the credit above, not by termination, so the"
                        + " termination is refused and contract K-N2 continues.");
        assertThat(bare.explanation(CL_11)).isEqualTo("This claim for 2026-10 reached us after the claim window had"
                + " closed.");
    }

    @Test
    void noExplanationShowsACode() {
        Set<String> codes = new HashSet<>();
        EnumSet.allOf(Reason.class).forEach(reason -> codes.add(reason.name()));
        EnumSet.allOf(Outcome.class).forEach(outcome -> codes.add(outcome.name()));
        codes.addAll(List.of("NEXT_INVOICE", "REFUND", "SYSTEM", "BUSINESS_MESSAGING", "ENTERPRISE_DASHBOARD"));
        List<ClaimDecision> all = new ArrayList<>(DECISIONS);
        all.addAll(List.of(CL_Q1, CL_T2));
        for (ClaimDecision decision : all) {
            String words = wording.decision(decision) + " " + wording.terminationNote(decision) + " "
                    + wording.explanation(decision);
            assertThat(codes).as(decision.claimId()).allSatisfy(code -> assertThat(words).doesNotContain(code));
        }
    }
}
