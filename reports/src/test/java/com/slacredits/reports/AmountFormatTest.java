package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountFormatTest {

    static String format(String amount, String currency) {
        return AmountFormat.of(new Money(new BigDecimal(amount), Currency.getInstance(currency)));
    }

    @Test
    void symbolAndMinorDigitsOfTheCurrency() {
        assertThat(format("500.00", "EUR")).isEqualTo("€500.00");
        assertThat(format("16767.12", "EUR")).isEqualTo("€16,767.12");
        assertThat(format("200", "USD")).isEqualTo("$200.00");
        assertThat(format("5000", "JPY")).isEqualTo("¥5,000");
        assertThat(format("0", "GBP")).isEqualTo("£0.00");
        assertThat(format("1250.5", "CHF")).isEqualTo("CHF 1,250.50");
        assertThat(format("1234567.891", "KWD")).isEqualTo("KWD 1,234,567.891");
        assertThat(format("999", "EUR")).isEqualTo("€999.00");
        assertThat(format("1000", "EUR")).isEqualTo("€1,000.00");
    }

    @Test
    void sameTextWhateverTheMachinesLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(format("16767.12", "EUR")).isEqualTo("€16,767.12");
            assertThat(Figures.whole(1500)).isEqualTo("1,500");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesAnAmountFinerThanTheMinorUnit() {
        assertThatThrownBy(() -> AmountFormat.of(new BigDecimal("1.005"), Currency.getInstance("EUR")))
                .isInstanceOf(ArithmeticException.class);
    }
}
