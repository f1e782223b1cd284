package com.slacredits.domain;

import static com.slacredits.domain.Generators.integersBetween;
import static com.slacredits.domain.Generators.longsBetween;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Credit rules, section 6: a credit is computed exactly and rounded once, half up, to the minor unit. */
class MoneyProperties {

    /** Fixed, so that a failure shows up again on the next run; QuickTheories prints it with the failing values. */
    private static final long SEED = 20_261_031L;

    @Test
    void a_period_credit_equals_the_exact_fraction_rounded_half_up() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(currencies(), longsBetween(1, 100_000_000_000L), integersBetween(1, 1000),
                        Generate.enumValues(PeriodKind.class))
                .checkAssert((currency, feeInMinorUnits, tenthsOfAPercent, kind) -> {
                    int digits = Math.max(0, currency.getDefaultFractionDigits());
                    BigDecimal annualFee = BigDecimal.valueOf(feeInMinorUnits, digits);
                    BigDecimal percent = BigDecimal.valueOf(tenthsOfAPercent, 1);

                    Money credit = Money.periodCredit(annualFee, percent, kind, currency);

                    // In minor units: fee x (tenths / 10) / 100 / n = fee x tenths / (1,000 n), rounded half up on
                    // integers; n = 12 for a month, 4 for a quarter.
                    long periodsAYear = kind == PeriodKind.MONTH ? 12 : 4;
                    BigInteger numerator = BigInteger.valueOf(feeInMinorUnits).multiply(BigInteger.valueOf(tenthsOfAPercent));
                    BigInteger expected = halfUp(numerator, BigInteger.valueOf(1_000 * periodsAYear));
                    assertThat(credit.amount().scale()).isEqualTo(digits);
                    assertThat(credit.amount().unscaledValue()).isEqualTo(expected);
                    assertThat(credit.currency()).isEqualTo(currency);
                });
    }

    @Test
    void rounding_an_exact_fraction_equals_integer_half_up() {
        qt().withFixedSeed(SEED).withExamples(1000)
                .forAll(currencies(), longsBetween(0, 1_000_000_000_000L), longsBetween(1, 1_000_000L))
                .checkAssert((currency, numeratorInMinorUnits, denominator) -> {
                    int digits = Math.max(0, currency.getDefaultFractionDigits());

                    Money rounded = Money.roundedHalfUp(BigDecimal.valueOf(numeratorInMinorUnits, digits),
                            BigInteger.valueOf(denominator), currency);

                    assertThat(rounded.amount().unscaledValue())
                            .isEqualTo(halfUp(BigInteger.valueOf(numeratorInMinorUnits), BigInteger.valueOf(denominator)));
                });
    }

    /** floor((2n + d) / 2d): n / d rounded half up, for n >= 0. */
    private static BigInteger halfUp(BigInteger numerator, BigInteger denominator) {
        return numerator.shiftLeft(1).add(denominator).divide(denominator.shiftLeft(1));
    }

    private static Gen<Currency> currencies() {
        // Two, zero and three minor digits.
        return Generate.pick(List.of("EUR", "USD", "JPY", "BHD")).map(Currency::getInstance);
    }
}
