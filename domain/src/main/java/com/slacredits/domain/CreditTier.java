package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One row of a tier table: {@code creditPercent} when availability is at least {@code atLeastPercent}. */
public record CreditTier(BigDecimal atLeastPercent, BigDecimal creditPercent) {
    public CreditTier {
        Objects.requireNonNull(atLeastPercent, "atLeastPercent");
        Objects.requireNonNull(creditPercent, "creditPercent");
        if (creditPercent.signum() <= 0) {
            throw new IllegalArgumentException("a tier credits more than nothing");
        }
    }

    public static CreditTier of(String atLeastPercent, String creditPercent) {
        return new CreditTier(new BigDecimal(atLeastPercent), new BigDecimal(creditPercent));
    }
}
