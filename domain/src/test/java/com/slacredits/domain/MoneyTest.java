package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * Credit rules, section 6, policy packs, section 2: annual_fee x pct / 100 / 12 for a month and / 4 for a quarter,
 * exact, rounded once half up to the minor unit.
 */
class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void the_october_credits() {
        assertThat(credit("60000.00", "10", EUR)).isEqualTo("500.00");
        assertThat(credit("24000.00", "10", USD)).isEqualTo("200.00");
        assertThat(credit("12000.00", "30", EUR)).isEqualTo("300.00");
        assertThat(credit("18000.00", "10", USD)).isEqualTo("150.00");
    }

    @Test
    void a_half_cent_rounds_up() {
        // 1,481.40 x 10 / 1,200 = 12.345 exactly. In binary floating point it is 12.34499..., which would give 12.34.
        assertThat(credit("1481.40", "10", EUR)).isEqualTo("12.35");
    }

    @Test
    void below_half_a_cent_rounds_down() {
        // 1,000.00 x 10 / 1,200 = 8.3333...
        assertThat(credit("1000.00", "10", EUR)).isEqualTo("8.33");
        // 1,000.00 x 20 / 1,200 = 16.6666...
        assertThat(credit("1000.00", "20", EUR)).isEqualTo("16.67");
    }

    @Test
    void the_credit_is_rounded_once_not_through_a_rounded_monthly_fee() {
        // 1,000.14 x 10 / 1,200 = 8.3345 -> 8.33. Rounding the monthly fee first (83.345 -> 83.35) would give 8.34.
        assertThat(credit("1000.14", "10", EUR)).isEqualTo("8.33");
    }

    @Test
    void yen_round_to_whole_yen() {
        // 1,000,000 x 10 / 1,200 = 8,333.33...
        assertThat(credit("1000000", "10", JPY)).isEqualTo("8333");
        // 1,000,100 x 10 / 1,200 = 8,334.16...
        assertThat(credit("1000100", "10", JPY)).isEqualTo("8334");
        // 1,000,020 x 30 / 1,200 = 25,000.5: half up, not half even.
        assertThat(credit("1000020", "30", JPY)).isEqualTo("25001");
        // 1,000,020 x 20 / 1,200 = 16,667 exactly.
        assertThat(credit("1000020", "20", JPY)).isEqualTo("16667");
    }

    @Test
    void amounts_carry_exactly_the_minor_digits() {
        assertThat(new Money(new BigDecimal("500"), EUR).plain()).isEqualTo("500.00");
        assertThat(new Money(new BigDecimal("123.4"), EUR).plain()).isEqualTo("123.40");
        assertThat(new Money(new BigDecimal("5000"), JPY).plain()).isEqualTo("5000");
        assertThat(new Money(new BigDecimal("5000.000"), JPY).plain()).isEqualTo("5000");
        assertThat(Money.zero(EUR).plain()).isEqualTo("0.00");
        assertThat(Money.minorDigits(JPY)).isZero();
        assertThat(Money.minorDigits(EUR)).isEqualTo(2);
    }

    @Test
    void an_amount_finer_than_the_minor_unit_is_refused_rather_than_rounded_silently() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1.005"), EUR)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("10.5"), JPY)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void an_exact_fraction_is_rounded_half_up() {
        // 100 / 3 = 33.333... -> 33.33; 1 / 8 = 0.125 -> 0.13; 5 / 2 = 2.5 yen -> 3.
        assertThat(Money.roundedHalfUp(new BigDecimal("100"), BigInteger.valueOf(3), EUR).plain()).isEqualTo("33.33");
        assertThat(Money.roundedHalfUp(BigDecimal.ONE, BigInteger.valueOf(8), EUR).plain()).isEqualTo("0.13");
        assertThat(Money.roundedHalfUp(new BigDecimal("5"), BigInteger.valueOf(2), JPY).plain()).isEqualTo("3");
    }

    @Test
    void money_adds_only_within_one_currency() {
        assertThat(new Money(new BigDecimal("0.10"), EUR).plus(new Money(new BigDecimal("0.20"), EUR)).plain())
                .isEqualTo("0.30");
        assertThatThrownBy(() -> Money.zero(EUR).plus(Money.zero(USD))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_quarter_s_fee_base_is_a_quarter_of_the_annual_fee() {
        // 10,000.00 / 4 = 2,500.00; 10 % of it is 250.00 (a month's would be 83.33).
        assertThat(quarterly("10000.00", "10", EUR)).isEqualTo("250.00");
        assertThat(credit("10000.00", "10", EUR)).isEqualTo("83.33");
        // 40,000.00 x 15 / 400 = 1,500.00.
        assertThat(quarterly("40000.00", "15", USD)).isEqualTo("1500.00");
    }

    @Test
    void a_quarterly_credit_is_rounded_once_half_up() {
        // 1,002.00 x 1 / 400 = 2.505 exactly: half up.
        assertThat(quarterly("1002.00", "1", EUR)).isEqualTo("2.51");
        // 1,000.02 x 10 / 400 = 25.0005 -> 25.00.
        assertThat(quarterly("1000.02", "10", EUR)).isEqualTo("25.00");
        // 12,345.67 x 12.5 / 400 = 385.8021875 -> 385.80.
        assertThat(quarterly("12345.67", "12.5", EUR)).isEqualTo("385.80");
        // 1,000.18 x 10 / 400 = 25.0045 -> 25.00. Rounding the quarter's fee first (250.045 -> 250.05) would give
        // 25.005 -> 25.01.
        assertThat(quarterly("1000.18", "10", EUR)).isEqualTo("25.00");
    }

    @Test
    void a_quarterly_yen_credit_rounds_to_whole_yen_half_up() {
        // 1,000,002 x 10 / 400 = 25,000.05 -> 25,000; 1,000,020 x 10 / 400 = 25,000.5 -> 25,001 (half up, not even).
        assertThat(quarterly("1000002", "10", JPY)).isEqualTo("25000");
        assertThat(quarterly("1000020", "10", JPY)).isEqualTo("25001");
        // 1,249,950 x 20 / 1,200 = 20,832.5 -> 20,833: the five-packs example, CL-04.
        assertThat(credit("1249950", "20", JPY)).isEqualTo("20833");
    }

    private static String quarterly(String annualFee, String percent, Currency currency) {
        Money credit = Money.periodCredit(new BigDecimal(annualFee), new BigDecimal(percent), PeriodKind.QUARTER,
                currency);
        assertThat(credit.currency()).isEqualTo(currency);
        return credit.plain();
    }

    @Test
    void aFeeBaseIsATwelfthOrAQuarterOfTheAnnualFeeRoundedHalfUpToTheMinorUnit() {
        assertThat(Money.feeBase(new BigDecimal("40000.00"), PeriodKind.MONTH, EUR).plain()).isEqualTo("3333.33");
        assertThat(Money.feeBase(new BigDecimal("40000.08"), PeriodKind.MONTH, EUR).plain()).isEqualTo("3333.34");
        // 40,000.02 / 12 is exactly 3,333.335: half up
        assertThat(Money.feeBase(new BigDecimal("40000.02"), PeriodKind.MONTH, EUR).plain()).isEqualTo("3333.34");
        assertThat(Money.feeBase(new BigDecimal("40000.01"), PeriodKind.MONTH, EUR).plain()).isEqualTo("3333.33");
        assertThat(Money.feeBase(new BigDecimal("10000.02"), PeriodKind.QUARTER, EUR).plain()).isEqualTo("2500.01");
        assertThat(Money.feeBase(new BigDecimal("10000.01"), PeriodKind.QUARTER, EUR).plain()).isEqualTo("2500.00");
        assertThat(Money.feeBase(new BigDecimal("1000006"), PeriodKind.MONTH, JPY).plain()).isEqualTo("83334");
        assertThat(Money.feeBase(new BigDecimal("1000001"), PeriodKind.MONTH, JPY).plain()).isEqualTo("83333");
    }

    private static String credit(String annualFee, String percent, Currency currency) {
        Money credit = Money.periodCredit(new BigDecimal(annualFee), new BigDecimal(percent), PeriodKind.MONTH,
                currency);
        assertThat(credit.currency()).isEqualTo(currency);
        return credit.plain();
    }
}
