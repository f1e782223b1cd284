package com.slacredits.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The brake on runaway credits: before a run posts, what it is about to post is compared with two
 * limits, and a run over either is held for a person to review (files.md, exit 4).
 *
 * <p>A broken monitoring export can make every service look down; deciding is then correct for the
 * data and wrong for the world, and no rule of the SLA can tell. These limits can:
 * <ul>
 *   <li>the run's SLA credits in a currency are more than {@code feeSharePercent} of the fee base of
 *       what it decided in that currency: a month's fee (annual fee / 12) for every contract and month
 *       it decided a claim or an automatic period of, three for a quarter. With one month per contract,
 *       as in an ordinary month-end, that is the monthly fee base of the contracts decided; a run that
 *       decides several months of a contract, or a quarter, has their fees as its base. Termination
 *       refunds are not counted: one refund pays back most of a year, so it would pass any share of a
 *       month;
 *   <li>more than {@code creditedSharePercent} of the run's verified claims are credited (a credit or
 *       a termination refund).
 * </ul>
 * Both are judged only from {@code minimumVerifiedClaims} verified claims on. A broken export makes
 * many services look down at once; in a run of a handful of claims, which customers file mostly when
 * they were hurt, a majority credited, or one contract's 30 % tier in a currency with one contract,
 * is a bad month for a customer, not a broken export. The October and five-packs examples are such runs.
 * Both comparisons are exact: shares are compared as cross-multiplied integers and decimals.
 */
public record CreditBrake(BigDecimal feeSharePercent, BigDecimal creditedSharePercent, int minimumVerifiedClaims) {

    public static final CreditBrake DEFAULT = new CreditBrake(new BigDecimal("10"), new BigDecimal("50"), 20);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    public CreditBrake {
        Objects.requireNonNull(feeSharePercent, "feeSharePercent");
        Objects.requireNonNull(creditedSharePercent, "creditedSharePercent");
        if (feeSharePercent.signum() < 0 || creditedSharePercent.signum() < 0 || minimumVerifiedClaims < 0) {
            throw new IllegalArgumentException("the brake's limits are shares and counts of at least zero");
        }
    }

    /** The first limit the run's decisions pass, or empty when they may be posted. */
    public Optional<CreditHold> check(List<ClaimDecision> decisions) {
        return check(RunDecisions.of(decisions));
    }

    /** The first limit the run's decisions, gathered as they were read, pass, or empty when they may be posted. */
    public Optional<CreditHold> check(RunDecisions decisions) {
        if (decisions.verifiedClaims() < minimumVerifiedClaims) {
            return Optional.empty();
        }
        return overFeeShare(decisions).or(() -> overCreditedShare(decisions));
    }

    private Optional<CreditHold> overFeeShare(RunDecisions decisions) {
        // a year's fee for each month decided: the base is this sum / 12
        Map<Currency, BigDecimal> feeMonths = decisions.annualFeeMonths();
        for (Map.Entry<Currency, BigDecimal> credit : decisions.slaCredits().entrySet()) {
            BigDecimal annual = feeMonths.getOrDefault(credit.getKey(), BigDecimal.ZERO);
            // credits > annual x months / 12 x share / 100, without dividing
            if (credit.getValue().multiply(MONTHS).multiply(HUNDRED).compareTo(annual.multiply(feeSharePercent)) > 0) {
                Money base = Money.roundedHalfUp(annual, BigInteger.valueOf(12), credit.getKey());
                return Optional.of(new CreditHold(CreditHold.FEE_SHARE, "its SLA credits of "
                        + new Money(credit.getValue(), credit.getKey()).plain() + " " + credit.getKey()
                        + " are more than " + feeSharePercent.stripTrailingZeros().toPlainString()
                        + " % of the fee base of the " + credit.getKey() + " contracts and months it decided ("
                        + base.plain() + " " + credit.getKey() + ")"));
            }
        }
        return Optional.empty();
    }

    private Optional<CreditHold> overCreditedShare(RunDecisions decisions) {
        long verified = decisions.verifiedClaims();
        long credited = decisions.creditedClaims();
        if (verified == 0) {
            return Optional.empty();
        }
        if (BigDecimal.valueOf(credited).multiply(HUNDRED).compareTo(BigDecimal.valueOf(verified)
                .multiply(creditedSharePercent)) > 0) {
            return Optional.of(new CreditHold(CreditHold.CREDITED_SHARE, credited + " of its " + verified
                    + " verified claims are credited, more than " + creditedSharePercent.stripTrailingZeros()
                    .toPlainString() + " %"));
        }
        return Optional.empty();
    }
}
