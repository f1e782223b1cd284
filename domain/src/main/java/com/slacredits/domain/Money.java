package com.slacredits.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/** An amount at its currency's minor unit (EUR and USD: cents; JPY: whole yen). */
public record Money(BigDecimal amount, Currency currency) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

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

    /**
     * A credit on a period's fee base: {@code annual_fee x percent / 100 / periods a year} (a twelfth for
     * a month, a quarter for a quarter), exact, then rounded once (section 6; policy packs, section 2).
     */
    public static Money periodCredit(BigDecimal annualFee, BigDecimal percent, PeriodKind period, Currency currency) {
        BigDecimal divisor = HUNDRED.multiply(BigDecimal.valueOf(period.perYear()));
        return new Money(annualFee.multiply(percent).divide(divisor, minorDigits(currency), RoundingMode.HALF_UP),
                currency);
    }

    /**
     * A period's fee base, {@code annual_fee / periods a year} (policy packs, section 2), rounded half up to the
     * minor unit: what a statement shows a percentage applies to. Only shown: {@link #periodCredit} applies the
     * percentage to the exact base and rounds once.
     */
    public static Money feeBase(BigDecimal annualFee, PeriodKind period, Currency currency) {
        return new Money(annualFee.divide(BigDecimal.valueOf(period.perYear()), minorDigits(currency),
                RoundingMode.HALF_UP), currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The same amount with the other sign: exact, at the same minor unit. */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The amount as the output files write it: plain, with exactly the minor digits. */
    public String plain() {
        return amount.toPlainString();
    }
}
