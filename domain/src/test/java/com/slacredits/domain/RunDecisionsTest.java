package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RunDecisionsTest {

    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static List<ClaimDecision> october;

    @BeforeAll
    static void decideTheOctoberExample() throws IOException {
        october = new ExampleFolder("october-2026").decisions(LocalDate.of(2026, 11, 5));
    }

    @Test
    void theFiguresDoNotDependOnTheOrderDecisionsArriveIn() {
        List<ClaimDecision> shuffled = new ArrayList<>(october);
        Collections.shuffle(shuffled, new Random(7));

        RunDecisions inOrder = RunDecisions.of(october);
        RunDecisions streamed = new RunDecisions();
        shuffled.forEach(streamed::add);

        assertThat(streamed.decidedCount()).isEqualTo(october.size()).isEqualTo(inOrder.decidedCount());
        assertThat(streamed.decidedByOutcomeAndReason()).isEqualTo(inOrder.decidedByOutcomeAndReason());
        assertThat(streamed.adjustments()).isEqualTo(inOrder.adjustments());
        assertThat(streamed.totals()).isEqualTo(inOrder.totals());
        assertThat(streamed.annualFeeMonths()).isEqualTo(inOrder.annualFeeMonths());
        assertThat(streamed.claimsOn("svc-a", OCTOBER).first()).isEqualTo(inOrder.claimsOn("svc-a", OCTOBER).first());
    }

    @Test
    void aServicePeriodNamesItsLowestClaimIdsAndCountsTheRest() {
        Contract contract = AContract.id("K-1").build();
        RunDecisions run = new RunDecisions();
        for (String id : List.of("CL-9", "CL-3", "CL-7", "CL-1", "CL-5", "CL-2")) {
            run.add(ClaimDecision.rejected(claim(id, "K-1", OCTOBER), Optional.of(contract), Reason.DUPLICATE));
        }

        RunDecisions.ClaimsOn claims = run.claimsOn(contract.serviceId(), OCTOBER);

        assertThat(claims.count()).isEqualTo(6);
        assertThat(claims.first()).containsExactly("CL-1", "CL-2", "CL-3", "CL-5").hasSize(RunDecisions.NAMED_CLAIMS);
        assertThat(run.claimsOn(contract.serviceId(), ServicePeriod.month(YearMonth.of(2026, 9))).count()).isZero();
    }

    @Test
    void eachPackCountsItsOwnDecisionsAndABlankPolicyIsTheDefaultPack() {
        Contract standard = AContract.id("K-1").build();
        Contract blank = AContract.id("K-2").policy("").build();
        ClaimDecision unknown = ClaimDecision.rejected(claim("CL-3", "K-9", OCTOBER), Optional.empty(),
                Reason.UNKNOWN_CONTRACT);
        RunDecisions run = RunDecisions.of(List.of(
                ClaimDecision.rejected(claim("CL-1", "K-1", OCTOBER), Optional.of(standard), Reason.LATE),
                ClaimDecision.rejected(claim("CL-2", "K-2", OCTOBER), Optional.of(blank), Reason.LATE),
                unknown));

        assertThat(run.byPack().keySet()).containsExactly(Optional.of(PolicyCatalog.DEFAULT_POLICY_ID), Optional.empty());
        assertThat(run.byPack().get(Optional.of(PolicyCatalog.DEFAULT_POLICY_ID)).decidedCount()).isEqualTo(2);
        assertThat(run.byPack().get(Optional.empty()).decidedByOutcomeAndReason())
                .containsExactly(java.util.Map.entry("REJECTED UNKNOWN_CONTRACT", 1L));
        assertThat(run.decidedCount()).isEqualTo(3);
    }

    @Test
    void anAdjustmentKeepsTheNameOfItsCustomer() {
        RunDecisions run = RunDecisions.of(october);

        assertThat(run.adjustments()).isNotEmpty().allSatisfy(adjustment -> assertThat(run.customerNameOf(adjustment))
                .isEqualTo(october.stream().filter(d -> d.claimId().equals(adjustment.claimId())).findFirst()
                        .flatMap(ClaimDecision::contract).map(Contract::customerName).orElseThrow()));
    }

    @Test
    void verifiedClaimsLeaveOutRejectionsAndCountCreditsAndRefunds() {
        RunDecisions run = RunDecisions.of(october);

        long verified = october.stream().filter(d -> d.availability().isPresent()).count();
        long credited = october.stream().filter(d -> d.availability().isPresent() && d.outcome().carriesMoney()).count();
        assertThat(run.verifiedClaims()).isEqualTo(verified).isPositive();
        assertThat(run.creditedClaims()).isEqualTo(credited).isPositive().isLessThan(verified);
    }

    private static Claim claim(String id, String contractId, ServicePeriod period) {
        return new Claim(id, contractId, period, Instant.parse("2026-11-02T09:00:00Z"), Channel.EMAIL,
                OptionalLong.empty(), false);
    }
}
