package com.slacredits.reports;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Numerals;
import java.math.BigDecimal;

/** Percentages and minutes as the reports print them. */
final class Figures {

    private Figures() {
    }

    /** Three decimals, cut and never rounded, so a month just under its guarantee never prints as meeting it. */
    static String availability(Availability availability) {
        return availability.percentShown().toPlainString() + " %";
    }

    /** Guarantees and credit rates are contract terms, printed as written: 99.9 %, 10 %. */
    static String term(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + " %";
    }

    /** Minutes and counts, thousands grouped: 1,500. */
    static String whole(long number) {
        return Numerals.format("%,d", number);
    }
}
