package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** sla-credits.controls.reversal-approval-above: which reversals wait for a second approver. */
class ReversalThresholdTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final ReversalThreshold THOUSAND = ReversalThreshold.above(new BigDecimal("1000"));

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), EUR);
    }

    @Test
    void anAmountExactlyAtTheThresholdIsPostedAtOnceAndOneCentAboveWaits() {
        assertThat(THOUSAND.waits(eur("1000.00"))).isFalse();
        assertThat(THOUSAND.waits(eur("1000.01"))).isTrue();
        assertThat(THOUSAND.waits(eur("999.99"))).isFalse();
    }

    @Test
    void theSignOfTheAmountDoesNotMatter() {
        assertThat(THOUSAND.waits(eur("-1000.01"))).isTrue();
        assertThat(THOUSAND.waits(eur("-1000.00"))).isFalse();
    }

    @Test
    void theThresholdIsInEachCurrencysMajorUnitsWithoutConversion() {
        assertThat(THOUSAND.waits(new Money(new BigDecimal("1000"), JPY))).isFalse();
        assertThat(THOUSAND.waits(new Money(new BigDecimal("1001"), JPY))).isTrue();
        // a threshold with cents, against a currency without them
        ReversalThreshold withCents = ReversalThreshold.above(new BigDecimal("1000.50"));
        assertThat(withCents.waits(new Money(new BigDecimal("1000"), JPY))).isFalse();
        assertThat(withCents.waits(new Money(new BigDecimal("1001"), JPY))).isTrue();
        assertThat(withCents.waits(eur("1000.50"))).isFalse();
        assertThat(withCents.waits(eur("1000.51"))).isTrue();
    }

    @Test
    void withNoThresholdNothingWaitsAndAZeroThresholdMakesEveryReversalWait() {
        assertThat(ReversalThreshold.NONE.waits(eur("16767.12"))).isFalse();
        ReversalThreshold zero = ReversalThreshold.above(BigDecimal.ZERO);
        assertThat(zero.waits(eur("0.01"))).isTrue();
        assertThat(zero.waits(eur("0.00"))).isFalse();
    }

    @Test
    void aNegativeThresholdIsRefused() {
        assertThatThrownBy(() -> ReversalThreshold.above(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
    }

    @Test
    void theUserWhoAskedCannotApproveTheirOwnRequestAndAnotherCan() {
        assertThatThrownBy(() -> ReversalThreshold.checkApprover("fiona", "fiona"))
                .isInstanceOf(ReversalRefusedException.class).hasMessage(ReversalThreshold.OWN_REQUEST);
        assertThatCode(() -> ReversalThreshold.checkApprover("fiona", "frank")).doesNotThrowAnyException();
    }
}
