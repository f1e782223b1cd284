package com.slacredits.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Availability of a contract in a service month (credit rules, section 4).
 *
 * <p>Kept as the three slot counts, so that every comparison against a tier boundary is exact:
 * {@code (T - E - U) / (T - E) >= p / 100} is decided as {@code (T - E - U) * 100 >= p * (T - E)}.
 *
 * @param totalSlots {@code T}: slots of the month inside the contract's coverage
 * @param excusedSlots {@code E}: slots of {@code T} covered by an excused window
 * @param downtimeSlots {@code U}: slots of {@code T}, not in {@code E}, in a counting outage
 */
public record Availability(long totalSlots, long excusedSlots, long downtimeSlots) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Availability {
        if (totalSlots < 0 || excusedSlots < 0 || downtimeSlots < 0 || excusedSlots + downtimeSlots > totalSlots) {
            throw new IllegalArgumentException(
                    "impossible availability: T=" + totalSlots + " E=" + excusedSlots + " U=" + downtimeSlots);
        }
    }

    public long measuredSlots() {
        return totalSlots - excusedSlots;
    }

    public long availableSlots() {
        return measuredSlots() - downtimeSlots;
    }

    /** Exact test of availability &gt;= {@code percent}. With nothing measured, availability is 100. */
    public boolean isAtLeast(BigDecimal percent) {
        if (measuredSlots() == 0) {
            return HUNDRED.compareTo(percent) >= 0;
        }
        BigDecimal left = BigDecimal.valueOf(availableSlots()).multiply(HUNDRED);
        BigDecimal right = percent.multiply(BigDecimal.valueOf(measuredSlots()));
        return left.compareTo(right) >= 0;
    }

    /** The percentage as shown: cut, never rounded, to three decimals (99.89977... is 99.899). */
    public BigDecimal percentShown() {
        if (measuredSlots() == 0) {
            return HUNDRED.setScale(3);
        }
        return BigDecimal.valueOf(availableSlots())
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(measuredSlots()), 3, RoundingMode.DOWN);
    }
}
