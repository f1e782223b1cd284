package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A row of a downtime table: {@code creditPercent} when the counted downtime is more than
 * {@code aboveMinutes} and at most {@code upToMinutes} (no upper end on the last row).
 */
public record DowntimeTier(long aboveMinutes, OptionalLong upToMinutes, BigDecimal creditPercent) {

    public DowntimeTier {
        Objects.requireNonNull(upToMinutes, "upToMinutes");
        if (aboveMinutes < 0) {
            throw new PackDefinitionException("above", aboveMinutes + " is negative");
        }
        if (upToMinutes.isPresent() && upToMinutes.getAsLong() <= aboveMinutes) {
            throw new PackDefinitionException("upTo", upToMinutes.getAsLong() + " is not above " + aboveMinutes);
        }
        Percent.require("credit", creditPercent);
    }

    public boolean holds(long downtimeMinutes) {
        return downtimeMinutes > aboveMinutes
                && (upToMinutes.isEmpty() || downtimeMinutes <= upToMinutes.getAsLong());
    }
}
