package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's contract on one monitored service.
 *
 * @param endDate the last day covered, included; empty when open-ended. A granted termination
 *     shortens it (credit rules, section 8).
 */
public record Contract(
        String contractId,
        String customerId,
        String customerName,
        String customerEmail,
        Edition edition,
        String serviceId,
        BigDecimal annualFee,
        Currency currency,
        LocalDate startDate,
        Optional<LocalDate> endDate,
        String policyId) {

    public Contract {
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(annualFee, "annualFee");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(policyId, "policyId");
        if (annualFee.signum() <= 0) {
            throw new IllegalArgumentException("annual fee of " + contractId + " must be above zero");
        }
        if (endDate.isPresent() && endDate.get().isBefore(startDate)) {
            throw new IllegalArgumentException("contract " + contractId + " ends before it starts");
        }
    }

    /** Coverage as slots: from start_date 00:00 local up to the day after end_date 00:00 local. */
    public SlotRange coverage(ZoneId zone) {
        Instant from = startDate.atStartOfDay(zone).toInstant();
        Instant to = endDate.map(last -> last.plusDays(1).atStartOfDay(zone).toInstant()).orElse(Instant.MAX);
        return SlotRange.startingWithin(from, to);
    }

    /** Rule 4 of section 7: does the contract cover at least one day of the month. */
    public boolean coversAnyDayOf(YearMonth month) {
        boolean startsInTime = !startDate.isAfter(month.atEndOfMonth());
        boolean endsInTime = endDate.map(end -> !end.isBefore(month.atDay(1))).orElse(true);
        return startsInTime && endsInTime;
    }

    /** This contract, ended on {@code lastDay} unless it already ends earlier. */
    public Contract endingOn(LocalDate lastDay) {
        LocalDate end = endDate.filter(existing -> existing.isBefore(lastDay)).orElse(lastDay);
        return new Contract(contractId, customerId, customerName, customerEmail, edition, serviceId,
                annualFee, currency, startDate, Optional.of(end), policyId);
    }
}
