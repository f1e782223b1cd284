package com.slacredits.domain;

import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A policy pack: every value the credit rules name {@code policy.x}, as data.
 *
 * @param zone where service months, contract dates and invoice periods are read
 * @param minOutageMinutes how many consecutive DOWN slots make an outage count
 * @param excuseRule which windows excuse time
 * @param claimWindow how long after a month's end a claim may still be received
 * @param schedules the credit schedule of every edition
 */
public record PolicyPack(
        String id,
        ZoneId zone,
        int minOutageMinutes,
        ExcuseRule excuseRule,
        Period claimWindow,
        Map<Edition, CreditSchedule> schedules) {

    public PolicyPack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(excuseRule, "excuseRule");
        Objects.requireNonNull(claimWindow, "claimWindow");
        EnumMap<Edition, CreditSchedule> copy = new EnumMap<>(Edition.class);
        copy.putAll(schedules);
        for (Edition edition : Edition.values()) {
            if (!copy.containsKey(edition)) {
                throw new IllegalArgumentException("policy " + id + " has no schedule for " + edition);
            }
        }
        schedules = Map.copyOf(copy);
    }

    public CreditSchedule scheduleFor(Edition edition) {
        return schedules.get(edition);
    }

    public OutageDetector outageDetector() {
        return new OutageDetector(minOutageMinutes);
    }

    /** The slots of a service month: from the 1st 00:00 local up to the next 1st 00:00 local. */
    public SlotRange serviceMonth(YearMonth month) {
        return SlotRange.startingWithin(monthStart(month), monthStart(month.plusMonths(1)));
    }

    /**
     * The first instant at which a claim for {@code month} is late: the month's end plus the claim
     * window, added to the local date-time (section 7, rule 3).
     */
    public Instant claimDeadline(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay().plus(claimWindow).atZone(zone).toInstant();
    }

    private Instant monthStart(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }
}
