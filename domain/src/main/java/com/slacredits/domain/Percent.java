package com.slacredits.domain;

import java.math.BigDecimal;

/** The one rule for every percentage and guarantee a pack or a contract gives: inside (0, 100]. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** The output files show percentages with three decimals: a term with more could not be shown as agreed. */
    public static final int MAX_DECIMALS = 3;

    public static boolean isValid(BigDecimal percent) {
        return percent.signum() > 0 && percent.compareTo(HUNDRED) <= 0
                && percent.stripTrailingZeros().scale() <= MAX_DECIMALS;
    }

    /** @throws PackDefinitionException naming {@code key} when outside (0, 100] */
    public static BigDecimal require(String key, BigDecimal percent) {
        if (percent == null) {
            throw new PackDefinitionException(key, "is missing");
        }
        if (!isValid(percent)) {
            throw new PackDefinitionException(key, percent.toPlainString() + " is not a percentage in (0, 100] with at most "
                    + MAX_DECIMALS + " decimals");
        }
        return percent;
    }
}
