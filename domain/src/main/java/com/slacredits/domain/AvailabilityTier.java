package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A row of an availability table: {@code creditPercent} from {@code atLeastPercent} up to the row above. */
public record AvailabilityTier(BigDecimal atLeastPercent, BigDecimal creditPercent) {

    public AvailabilityTier {
        Objects.requireNonNull(atLeastPercent, "atLeastPercent");
        Objects.requireNonNull(creditPercent, "creditPercent");
        Percent.require("atLeast", atLeastPercent);
        Percent.require("credit", creditPercent);
    }

    public static AvailabilityTier of(String atLeastPercent, String creditPercent) {
        return new AvailabilityTier(new BigDecimal(atLeastPercent), new BigDecimal(creditPercent));
    }
}
