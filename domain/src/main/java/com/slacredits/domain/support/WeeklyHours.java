package com.slacredits.domain.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link WeeklyCalendar} in one zone with one country's holidays. Walks local dates, one open interval
 * each, so that a ticket open for weeks costs as many steps as it has days, not minutes; each year's
 * intervals are worked out once, holidays and summer time included, the first time a clock needs them.
 *
 * <p>A local time in a change of summer time resolves as {@code java.time} resolves it: in a gap, later
 * by the gap's length; in an overlap, the earlier offset.
 */
final class WeeklyHours implements OpenHours {

    /** A calendar that does not open within ten years of a clock's start is a broken pack, not a due date. */
    private static final int MAX_DAYS = 3_660;

    private final ZoneId zone;
    private final boolean[] openOn = new boolean[DayOfWeek.values().length];
    private final LocalTime opens;
    private final LocalTime closes;
    private final Optional<String> country;
    private final PublicHolidays holidays;
    private final Set<LocalDate> closedDays;
    /** By year: the opening and closing epoch seconds of each day of the year, equal on a closed day. */
    private final ConcurrentMap<Integer, long[]> intervalsOfYear = new ConcurrentHashMap<>();

    WeeklyHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, Optional<String> country,
            PublicHolidays holidays, Set<LocalDate> closedDays) {
        this.zone = zone;
        days.forEach(day -> openOn[day.ordinal()] = true);
        this.opens = opens;
        this.closes = closes;
        this.country = country;
        this.holidays = holidays;
        this.closedDays = closedDays;
    }

    @Override
    public long openSeconds(Instant from, Instant to) {
        long start = from.getEpochSecond();
        long end = to.getEpochSecond();
        if (end <= start) {
            return 0;
        }
        long total = 0;
        long lastDay = dateOf(end).toEpochDay();
        // From the day before: in a zone whose gap falls at midnight, a day's hours may end on the next date.
        long day = dateOf(start).toEpochDay() - 1;
        while (day <= lastDay) {
            LocalDate date = LocalDate.ofEpochDay(day);
            long[] intervals = intervalsOf(date.getYear());
            for (int i = date.getDayOfYear() - 1; i < intervals.length / 2 && day <= lastDay; i++, day++) {
                long a = Math.max(intervals[2 * i], start);
                long b = Math.min(intervals[2 * i + 1], end);
                if (b > a) {
                    total += b - a;
                }
            }
        }
        return total;
    }

    @Override
    public Instant reach(Instant from, long seconds) {
        long start = from.getEpochSecond();
        if (seconds <= 0) {
            return Instant.ofEpochSecond(start);
        }
        long remaining = seconds;
        long day = dateOf(start).toEpochDay() - 1;
        long lastDay = day + MAX_DAYS;
        while (day <= lastDay) {
            LocalDate date = LocalDate.ofEpochDay(day);
            long[] intervals = intervalsOf(date.getYear());
            for (int i = date.getDayOfYear() - 1; i < intervals.length / 2 && day <= lastDay; i++, day++) {
                long a = Math.max(intervals[2 * i], start);
                long b = intervals[2 * i + 1];
                if (b > a) {
                    if (b - a >= remaining) {
                        return Instant.ofEpochSecond(a + remaining);
                    }
                    remaining -= b - a;
                }
            }
        }
        throw new IllegalStateException("a calendar in " + zone + " does not open for " + seconds
                + " seconds within ten years of " + from);
    }

    private LocalDate dateOf(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }

    private long[] intervalsOf(int year) {
        return intervalsOfYear.computeIfAbsent(year, this::workOutIntervals);
    }

    private long[] workOutIntervals(int year) {
        LocalDate first = LocalDate.ofYearDay(year, 1);
        long[] intervals = new long[2 * first.lengthOfYear()];
        for (int i = 0; i < first.lengthOfYear(); i++) {
            LocalDate day = first.plusDays(i);
            if (isOpen(day)) {
                long opening = LocalDateTime.of(day, opens).atZone(zone).toEpochSecond();
                long closing = LocalDateTime.of(day, closes).atZone(zone).toEpochSecond();
                intervals[2 * i] = opening;
                // A gap may move the opening past the closing: such a day is closed.
                intervals[2 * i + 1] = Math.max(opening, closing);
            }
        }
        return intervals;
    }

    private boolean isOpen(LocalDate day) {
        return openOn[day.getDayOfWeek().ordinal()] && !closedDays.contains(day)
                && !country.map(code -> holidays.isHoliday(code, day)).orElse(false);
    }
}
