package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CreditBrakeTest {

    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    /** The default fee share, judged however few claims a run verified. */
    private static final CreditBrake FEE_SHARE = new CreditBrake(new BigDecimal("10"), new BigDecimal("100"), 0);
    private static List<ClaimDecision> october;

    @BeforeAll
    static void decideTheOctoberExample() throws IOException {
        october = new ExampleFolder("october-2026").decisions(LocalDate.of(2026, 11, 5));
    }

    @Test
    void theOctoberExampleIsNotHeld() {
        assertThat(CreditBrake.DEFAULT.check(october)).isEmpty();
    }

    @Test
    void creditsOfExactlyTheFeeShareAreNotHeldAndAnyMoreAre() {
        // October's USD credits are 350.00 on K-B1 and K-B2, 42,000.00 a year: exactly 10 % of a month
        // (EUR: 800.00 of 18,000.00 a month, 4.4 %)
        assertThat(new CreditBrake(new BigDecimal("10"), new BigDecimal("100"), 0).check(october)).isEmpty();

        Optional<CreditHold> held = new CreditBrake(new BigDecimal("9.999"), new BigDecimal("100"), 0).check(october);

        assertThat(held).map(CreditHold::limit).contains(CreditHold.FEE_SHARE);
        assertThat(held.orElseThrow().sentence()).isEqualTo("The run decided everything and posted nothing: its SLA"
                + " credits of 350.00 USD are more than 9.999 % of the fee base of the USD contracts and months"
                + " it decided (3500.00 USD).");
    }

    @Test
    void aTerminationRefundIsNotCountedAgainstTheFeeShare() {
        // CL-04's refund of 16,767.12 EUR alone is 93 % of the EUR contracts' month
        assertThat(october).anySatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.TERMINATION_REFUND));
        List<ClaimDecision> euros = october.stream()
                .filter(d -> d.contract().map(c -> c.currency().getCurrencyCode().equals("EUR")).orElse(false))
                .toList();
        assertThat(new CreditBrake(new BigDecimal("5"), new BigDecimal("100"), 0).check(euros)).isEmpty();
        assertThat(new CreditBrake(new BigDecimal("4"), new BigDecimal("100"), 0).check(euros))
                .map(CreditHold::limit).contains(CreditHold.FEE_SHARE);
    }

    @Test
    void everyContractDecidedCountsInTheFeeBaseRejectedOnesToo() {
        Contract small = AContract.id("K-1").fee("1200.00").build();
        ClaimDecision credit = credited("CL-1", small, "10.01");
        Contract other = AContract.id("K-2").fee("1200.00").build();

        assertThat(FEE_SHARE.check(List.of(credit))).map(CreditHold::limit).contains(CreditHold.FEE_SHARE);
        assertThat(FEE_SHARE.check(List.of(credit, ClaimDecision.rejected(claim("CL-2", "K-2"),
                Optional.of(other), Reason.LATE)))).isEmpty();
    }

    @Test
    void theFeeBaseHasAMonthsFeeForEveryMonthOfAContractDecided() {
        Contract contract = AContract.id("K-1").fee("1200.00").build();
        ClaimDecision october = credited("CL-1", contract, "15.00");
        ClaimDecision november = ClaimDecision.rejected(new Claim("CL-2", "K-1",
                ServicePeriod.month(YearMonth.of(2026, 11)), Instant.parse("2026-12-02T09:00:00Z"), Channel.EMAIL,
                OptionalLong.empty(), false), Optional.of(contract), Reason.LATE);
        ClaimDecision octoberAgain = ClaimDecision.rejected(claim("CL-3", "K-1"), Optional.of(contract),
                Reason.DUPLICATE);

        // 15.00 of one month's 100.00; of two months' 200.00; the same month twice is one month
        assertThat(FEE_SHARE.check(List.of(october))).isPresent();
        assertThat(FEE_SHARE.check(List.of(october, november))).isEmpty();
        assertThat(FEE_SHARE.check(List.of(october, octoberAgain))).isPresent();
    }

    @Test
    void aQuarterDecidedHasThreeMonthsFeesAsItsBase() {
        Contract contract = AContract.id("K-1").fee("1200.00").build();
        Claim quarter = new Claim("CL-1", "K-1", ServicePeriod.quarter(2026, 4), Instant.parse("2027-01-02T09:00:00Z"),
                Channel.EMAIL, OptionalLong.empty(), false);
        java.util.function.Function<String, ClaimDecision> credit = amount -> new ClaimDecision(quarter,
                Optional.of(contract), Outcome.CREDIT, Reason.TIER, Optional.of(new Availability(132_480, 0, 500)),
                Optional.of(new BigDecimal("99.900")), Optional.of(new BigDecimal("10.000")),
                Optional.of(new Money(new BigDecimal(amount), contract.currency())),
                Optional.of(Settlement.NEXT_INVOICE), Termination.refused(quarter), Optional.empty());

        assertThat(FEE_SHARE.check(List.of(credit.apply("30.00")))).isEmpty();
        assertThat(FEE_SHARE.check(List.of(credit.apply("30.01")))).isPresent();
    }

    @Test
    void moreThanHalfOfTwentyVerifiedClaimsCreditedIsHeld() {
        List<ClaimDecision> decisions = verified(20, 11);

        Optional<CreditHold> held = CreditBrake.DEFAULT.check(decisions);

        assertThat(held).map(CreditHold::limit).contains(CreditHold.CREDITED_SHARE);
        assertThat(held.orElseThrow().reason()).isEqualTo("11 of its 20 verified claims are credited, more than 50 %");
    }

    @Test
    void exactlyHalfCreditedIsNotHeld() {
        assertThat(CreditBrake.DEFAULT.check(verified(20, 10))).isEmpty();
    }

    @Test
    void belowTheMinimumOfVerifiedClaimsNeitherShareIsJudged() {
        Contract contract = AContract.id("K-1").fee("1200.00").build();
        assertThat(CreditBrake.DEFAULT.check(List.of(credited("CL-1", contract, "1000.00")))).isEmpty();
        assertThat(CreditBrake.DEFAULT.check(verified(19, 19))).isEmpty();
        assertThat(new CreditBrake(new BigDecimal("10"), new BigDecimal("50"), 19).check(verified(19, 10)))
                .map(CreditHold::limit).contains(CreditHold.CREDITED_SHARE);
    }

    @Test
    void claimsRejectedBeforeMeasuringAreNotVerifiedClaims() {
        List<ClaimDecision> decisions = new ArrayList<>(verified(20, 10));
        Contract contract = AContract.id("K-X").fee("1000000.00").build();
        for (int i = 0; i < 10; i++) {
            decisions.add(ClaimDecision.rejected(claim("CL-R" + i, "K-X"), Optional.of(contract), Reason.LATE));
        }

        assertThat(CreditBrake.DEFAULT.check(decisions)).isEmpty();
    }

    /** {@code count} verified claims on contracts large enough for the fee share, {@code credited} of them credited. */
    private static List<ClaimDecision> verified(int count, int credited) {
        List<ClaimDecision> decisions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Contract contract = AContract.id("K-" + i).fee("1200000.00").build();
            decisions.add(i < credited ? credited("CL-" + i, contract, "1.00") : measured("CL-" + i, contract));
        }
        return decisions;
    }

    private static ClaimDecision credited(String claimId, Contract contract, String amount) {
        Claim claim = claim(claimId, contract.contractId());
        return new ClaimDecision(claim, Optional.of(contract), Outcome.CREDIT, Reason.TIER,
                Optional.of(new Availability(44_640, 0, 100)), Optional.of(new BigDecimal("99.900")),
                Optional.of(new BigDecimal("10.000")), Optional.of(new Money(new BigDecimal(amount),
                        contract.currency())), Optional.of(Settlement.NEXT_INVOICE), Termination.refused(claim),
                Optional.empty());
    }

    private static ClaimDecision measured(String claimId, Contract contract) {
        Claim claim = claim(claimId, contract.contractId());
        return new ClaimDecision(claim, Optional.of(contract), Outcome.REJECTED, Reason.NO_CREDIT_DUE,
                Optional.of(new Availability(44_640, 0, 0)), Optional.of(new BigDecimal("99.900")), Optional.empty(),
                Optional.empty(), Optional.empty(), Termination.refused(claim), Optional.empty());
    }

    private static Claim claim(String claimId, String contractId) {
        return new Claim(claimId, contractId, OCTOBER, Instant.parse("2026-11-02T09:00:00Z"), Channel.EMAIL,
                OptionalLong.empty(), false);
    }
}
