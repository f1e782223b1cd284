package com.slacredits.domain;

/** How a pack cuts time into the periods it measures and credits (policy packs, section 2). */
public enum PeriodKind {
    MONTH(12),
    /** Quarters start in January, April, July and October. */
    QUARTER(4);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    /** How many periods a year has: the fee base of a period is the annual fee divided by this. */
    public int perYear() {
        return perYear;
    }

    public int months() {
        return 12 / perYear;
    }
}
