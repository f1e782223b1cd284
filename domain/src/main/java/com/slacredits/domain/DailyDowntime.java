package com.slacredits.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A period's counted downtime ({@code U}, the {@link EvidenceKind#OUTAGE} runs of its evidence) split by the
 * local day it fell on in the pack's zone: what the statement's mark for each day shows (files.md, "The
 * evidence").
 *
 * <p>A day owns the slots that start from its local midnight to the next, as a month owns its slots: the day
 * summer time ends has 1,500 minutes and the day it starts 1,380, and a run across midnight counts on both days.
 * Slots outside the period's days belong to no mark.
 */
public final class DailyDowntime {

    private final LocalDate firstDay;
    private final long[] minutes;

    private DailyDowntime(LocalDate firstDay, long[] minutes) {
        this.firstDay = firstDay;
        this.minutes = minutes;
    }

    /** The OUTAGE runs among {@code runs} by day of {@code period} in {@code zone}; other kinds count on no day. */
    public static DailyDowntime of(ServicePeriod period, ZoneId zone, Collection<EvidenceRun> runs) {
        return ofOutages(period, zone, runs.stream().filter(run -> run.kind() == EvidenceKind.OUTAGE)
                .map(EvidenceRun::slots).toList());
    }

    /** Counted downtime given as its runs of slots, by day of {@code period} in {@code zone}. */
    public static DailyDowntime ofOutages(ServicePeriod period, ZoneId zone, Collection<SlotRange> outages) {
        Objects.requireNonNull(zone, "zone");
        LocalDate first = period.firstDay();
        long[] minutes = new long[Math.toIntExact(ChronoUnit.DAYS.between(first, period.lastDay()) + 1)];
        for (SlotRange outage : outages) {
            long slot = outage.first();
            while (slot < outage.end()) {
                LocalDate day = SlotRange.startOf(slot).atZone(zone).toLocalDate();
                long dayEnd = SlotRange.startingWithin(day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()).end();
                long until = Math.min(outage.end(), dayEnd);
                long index = ChronoUnit.DAYS.between(first, day);
                if (index >= 0 && index < minutes.length) {
                    minutes[(int) index] += until - slot;
                }
                slot = until;
            }
        }
        return new DailyDowntime(first, minutes);
    }

    /** Every day of the period, in order: one mark each. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>(minutes.length);
        for (int i = 0; i < minutes.length; i++) {
            days.add(firstDay.plusDays(i));
        }
        return days;
    }

    /** Counted downtime minutes on {@code day}; none on a day outside the period. */
    public long minutesOn(LocalDate day) {
        long index = ChronoUnit.DAYS.between(firstDay, day);
        return index >= 0 && index < minutes.length ? minutes[(int) index] : 0;
    }

    /** The days with counted downtime, in order, with their minutes. */
    public Map<LocalDate, Long> daysWithDowntime() {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        for (int i = 0; i < minutes.length; i++) {
            if (minutes[i] > 0) {
                days.put(firstDay.plusDays(i), minutes[i]);
            }
        }
        return days;
    }

    public long totalMinutes() {
        long total = 0;
        for (long day : minutes) {
            total += day;
        }
        return total;
    }
}
