package com.slacredits.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount at its currency's minor unit (EUR and USD: cents; JPY: whole yen). */
public record Money(BigDecimal amount, Currency currency) {

    private static final BigDecimal TWELVE_HUNDRED = BigDecimal.valueOf(1200);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() != minorDigits(currency)) {
            amount = amount.setScale(minorDigits(currency), RoundingMode.UNNECESSARY);
        }
    }

    public static int minorDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /** Rounds an exact quotient {@code numerator / denominator} once, half up, to the minor unit. */
    public static Money roundedHalfUp(BigDecimal numerator, BigInteger denominator, Currency currency) {
        return new Money(numerator.divide(new BigDecimal(denominator), minorDigits(currency), RoundingMode.HALF_UP),
                currency);
    }

    /** A monthly credit: {@code annual_fee x percent / 100 / 12}, exact, then rounded once (section 6). */
    public static Money monthlyCredit(BigDecimal annualFee, BigDecimal percent, Currency currency) {
        return new Money(annualFee.multiply(percent).divide(TWELVE_HUNDRED, minorDigits(currency), RoundingMode.HALF_UP),
                currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The amount as the output files write it: plain, with exactly the minor digits. */
    public String plain() {
        return amount.toPlainString();
    }
}
