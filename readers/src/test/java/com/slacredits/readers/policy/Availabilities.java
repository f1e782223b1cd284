package com.slacredits.readers.policy;

import com.slacredits.domain.Availability;
import java.math.BigDecimal;

/** Availabilities that land exactly on a tier line, so that each boundary is tested as written. */
final class Availabilities {

    /** Measured slots behind {@link #at}: one slot is a thousandth of a percent. */
    static final long SLOTS = 100_000;

    private Availabilities() {
    }

    /** Exactly {@code percent} (at most three decimals) over {@link #SLOTS} slots, none excused. */
    static Availability at(String percent) {
        BigDecimal down = BigDecimal.valueOf(100).subtract(new BigDecimal(percent))
                .multiply(BigDecimal.valueOf(SLOTS / 100));
        return new Availability(SLOTS, 0, down.longValueExact());
    }
}
