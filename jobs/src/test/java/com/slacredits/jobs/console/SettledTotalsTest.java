package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettledTotalsTest {

    @Test
    void eachCurrencyIsWrittenWithItsOwnDigitsAndSymbol() {
        SettledTotals totals = new SettledTotals(Map.of("JPY", new BigDecimal("20833"), "EUR",
                new BigDecimal("1666.67"), "CHF", new BigDecimal("1250.00")), Map.of());
        assertThat(totals.credits()).isEqualTo("CHF 1,250.00, €1,666.67, ¥20,833");
        assertThat(totals.refunds()).isEmpty();
        assertThat(totals.words()).isEqualTo("credited CHF 1,250.00, €1,666.67, ¥20,833");
    }

    @Test
    void creditsAndCashRefundsAreShownApartAndNeverAddedUp() {
        SettledTotals totals = new SettledTotals(Map.of("EUR", new BigDecimal("800.00")),
                Map.of("EUR", new BigDecimal("16767.12")));
        assertThat(totals.words()).isEqualTo("credited €800.00; refunded in cash €16,767.12");
        assertThat(totals.words()).doesNotContain("17,567.12");
        assertThat(new SettledTotals(Map.of(), Map.of("USD", new BigDecimal("5.00"))).words())
                .isEqualTo("refunded in cash $5.00");
        assertThat(new SettledTotals(Map.of(), Map.of()).words()).isEqualTo("nothing");
    }

    @Test
    void aSingleAmountIsWrittenByTheSameRule() {
        ConsoleAmounts amounts = new ConsoleAmounts();
        assertThat(amounts.of(new BigDecimal("20833"), "JPY")).isEqualTo("¥20,833");
        assertThat(amounts.of(new BigDecimal("-300.00"), "EUR")).isEqualTo("-€300.00");
        assertThat(amounts.of(null, null)).isEmpty();
    }
}
