package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's contract on one monitored service, or on a group of services that back each other up.
 *
 * @param edition one of the editions of the contract's pack
 * @param serviceId one service, or several joined by {@code |} (see {@link ServiceGroup})
 * @param endDate the last day covered, included, as contracts.csv gives it; empty when open-ended
 * @param policyId the pack the contract is measured under
 * @param guaranteePercent the contract's own guarantee, for an edition whose pack says {@code guarantee: contract}
 * @param terminatedOn the last day covered after a granted termination (credit rules, section 8): a
 *     contract is terminated at most once
 * @param supportZone the zone of the customer's own support hours, for a calendar with {@code zone: customer}
 * @param supportCountry whose public holidays the customer's own support hours skip, upper case, for a calendar
 *     with {@code holidays: customer}; empty: none
 */
public record Contract(
        String contractId,
        String customerId,
        String customerName,
        String customerEmail,
        String edition,
        String serviceId,
        BigDecimal annualFee,
        Currency currency,
        LocalDate startDate,
        Optional<LocalDate> endDate,
        String policyId,
        Optional<BigDecimal> guaranteePercent,
        Optional<LocalDate> terminatedOn,
        Optional<ZoneId> supportZone,
        Optional<String> supportCountry) {

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
        Objects.requireNonNull(guaranteePercent, "guaranteePercent");
        Objects.requireNonNull(terminatedOn, "terminatedOn");
        Objects.requireNonNull(supportZone, "supportZone");
        Objects.requireNonNull(supportCountry, "supportCountry");
        // Countries compare as the holiday library lists them, whatever case contracts.csv used.
        supportCountry = supportCountry.map(country -> country.toUpperCase(Locale.ROOT));
        if (annualFee.signum() <= 0) {
            throw new IllegalArgumentException("annual fee of " + contractId + " must be above zero");
        }
        if (endDate.isPresent() && endDate.get().isBefore(startDate)) {
            throw new IllegalArgumentException("contract " + contractId + " ends before it starts");
        }
    }

    /**
     * A contract without the customer's own support hours, for callers that do not read support_zone and
     * support_country yet. Storing such a contract loses them: a caller that keeps contracts passes both.
     */
    public Contract(String contractId, String customerId, String customerName, String customerEmail, String edition,
            String serviceId, BigDecimal annualFee, Currency currency, LocalDate startDate, Optional<LocalDate> endDate,
            String policyId, Optional<BigDecimal> guaranteePercent, Optional<LocalDate> terminatedOn) {
        this(contractId, customerId, customerName, customerEmail, edition, serviceId, annualFee, currency, startDate,
                endDate, policyId, guaranteePercent, terminatedOn, Optional.empty(), Optional.empty());
    }

    public ServiceGroup services() {
        return ServiceGroup.of(serviceId);
    }

    /** The last day covered: the end date, or an earlier granted termination; empty when open. */
    public Optional<LocalDate> lastCoveredDay() {
        if (terminatedOn.isPresent() && endDate.isPresent()) {
            return Optional.of(terminatedOn.get().isBefore(endDate.get()) ? terminatedOn.get() : endDate.get());
        }
        return terminatedOn.or(() -> endDate);
    }

    /** Coverage as slots: from start_date 00:00 local up to the day after the last covered day 00:00 local. */
    public SlotRange coverage(ZoneId zone) {
        Instant from = startDate.atStartOfDay(zone).toInstant();
        Instant to = lastCoveredDay().map(last -> last.plusDays(1).atStartOfDay(zone).toInstant()).orElse(Instant.MAX);
        return SlotRange.startingWithin(from, to);
    }

    /** Whether the contract covers the day: from its start date up to its last covered day, both included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && lastCoveredDay().map(last -> !day.isAfter(last)).orElse(true);
    }

    /** Rule 4 of section 7: does the contract cover at least one day of the period. */
    public boolean coversAnyDayOf(ServicePeriod period) {
        boolean startsInTime = !startDate.isAfter(period.lastDay());
        boolean endsInTime = lastCoveredDay().map(end -> !end.isBefore(period.firstDay())).orElse(true);
        return startsInTime && endsInTime;
    }

    /** Whether coverage ended before {@code asOf}, so that no later invoice carries a credit (section 6). */
    public boolean coverageEndedBefore(LocalDate asOf) {
        return lastCoveredDay().map(last -> last.isBefore(asOf)).orElse(false);
    }

    public boolean isTerminated() {
        return terminatedOn.isPresent();
    }

    /** This contract terminated on {@code lastDay}. A contract is terminated once: a second time is a bug. */
    public Contract terminatedOn(LocalDate lastDay) {
        if (terminatedOn.isPresent()) {
            throw new IllegalStateException("contract " + contractId + " was already terminated on " + terminatedOn.get());
        }
        return new Contract(contractId, customerId, customerName, customerEmail, edition, serviceId, annualFee,
                currency, startDate, endDate, policyId, guaranteePercent, Optional.of(lastDay), supportZone, supportCountry);
    }
}
