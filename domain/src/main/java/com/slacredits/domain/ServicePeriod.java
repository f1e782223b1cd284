package com.slacredits.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service month or quarter: what a claim names, what a pack measures and credits, and what one
 * contract is decided on once (policy packs, section 6). Calendar-only: its slots depend on the
 * pack's zone, given when asked.
 *
 * @param first the first calendar month of the period
 */
public record ServicePeriod(PeriodKind kind, YearMonth first) implements Comparable<ServicePeriod> {

    private static final Comparator<ServicePeriod> ORDER =
            Comparator.comparing(ServicePeriod::first).thenComparing(ServicePeriod::kind);

    public ServicePeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(first, "first");
        if ((first.getMonthValue() - 1) % kind.months() != 0) {
            throw new IllegalArgumentException(first + " does not start a " + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    public static ServicePeriod month(YearMonth month) {
        return new ServicePeriod(PeriodKind.MONTH, month);
    }

    public static ServicePeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a year has quarters 1 to 4, not " + quarter);
        }
        return new ServicePeriod(PeriodKind.QUARTER, YearMonth.of(year, quarter * 3 - 2));
    }

    /** The period of that kind that holds {@code month}. */
    public static ServicePeriod containing(PeriodKind kind, YearMonth month) {
        int offset = (month.getMonthValue() - 1) % kind.months();
        return new ServicePeriod(kind, month.minusMonths(offset));
    }

    /** {@code YYYY-MM} or {@code YYYY-Qn}. */
    public static ServicePeriod parse(String text) {
        if (text.length() == 7 && text.charAt(4) == '-' && text.charAt(5) == 'Q') {
            char quarter = text.charAt(6);
            if (isDigits(text, 0, 4) && quarter >= '1' && quarter <= '4') {
                return quarter(Integer.parseInt(text.substring(0, 4)), quarter - '0');
            }
        } else if (text.length() == 7 && isDigits(text, 0, 4)) {
            try {
                return month(YearMonth.parse(text));
            } catch (DateTimeParseException e) {
                // falls through
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a period (YYYY-MM or YYYY-Qn)");
    }

    public YearMonth last() {
        return first.plusMonths(kind.months() - 1L);
    }

    /** The calendar months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(kind.months());
        for (int i = 0; i < kind.months(); i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }

    /** The month, for a monthly period. */
    public Optional<YearMonth> month() {
        return kind == PeriodKind.MONTH ? Optional.of(first) : Optional.empty();
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last().atEndOfMonth();
    }

    /** A period is closed, and its claims can be decided, once its last day is before the run's date. */
    public boolean hasEndedBefore(LocalDate asOf) {
        return lastDay().isBefore(asOf);
    }

    public ServicePeriod next() {
        return new ServicePeriod(kind, first.plusMonths(kind.months()));
    }

    /** The slots of the period in {@code zone}: from its first day 00:00 local up to the next period's. */
    public SlotRange slots(ZoneId zone) {
        return SlotRange.startingWithin(firstDay().atStartOfDay(zone).toInstant(),
                next().firstDay().atStartOfDay(zone).toInstant());
    }

    @Override
    public int compareTo(ServicePeriod other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind == PeriodKind.MONTH ? first.toString()
                : first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
