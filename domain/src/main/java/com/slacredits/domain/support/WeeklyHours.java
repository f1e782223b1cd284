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
 * each, so that a ticket open for weeks costs as many steps as it has days, not minutes.
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
    /** The library is asked once per date: the walk asks about the same days for every ticket. */
    private final ConcurrentMap<Integer, boolean[]> holidaysOfYear = new ConcurrentHashMap<>();

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
        LocalDate last = dateOf(end);
        // From the day before: in a zone whose gap falls at midnight, a day's hours may end on the next date.
        for (LocalDate day = dateOf(start).minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (isOpen(day)) {
                long a = Math.max(opening(day), start);
                long b = Math.min(closing(day), end);
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
        LocalDate first = dateOf(start).minusDays(1);
        for (LocalDate day = first; day.isBefore(first.plusDays(MAX_DAYS)); day = day.plusDays(1)) {
            if (isOpen(day)) {
                long a = Math.max(opening(day), start);
                long b = closing(day);
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

    private long opening(LocalDate day) {
        return LocalDateTime.of(day, opens).atZone(zone).toEpochSecond();
    }

    private long closing(LocalDate day) {
        return LocalDateTime.of(day, closes).atZone(zone).toEpochSecond();
    }

    private boolean isOpen(LocalDate day) {
        return openOn[day.getDayOfWeek().ordinal()] && !closedDays.contains(day) && !isHoliday(day);
    }

    private boolean isHoliday(LocalDate day) {
        if (country.isEmpty()) {
            return false;
        }
        boolean[] ofYear = holidaysOfYear.computeIfAbsent(day.getYear(), this::holidaysOf);
        return ofYear[day.getDayOfYear() - 1];
    }

    private boolean[] holidaysOf(int year) {
        LocalDate first = LocalDate.ofYearDay(year, 1);
        boolean[] ofYear = new boolean[first.lengthOfYear()];
        for (int i = 0; i < ofYear.length; i++) {
            ofYear[i] = holidays.isHoliday(country.get(), first.plusDays(i));
        }
        return ofYear;
    }
}
