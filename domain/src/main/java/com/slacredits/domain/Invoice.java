package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Objects;

/** An invoice of a contract; its period is whole local dates, both ends included. */
public record Invoice(
        String invoiceId, String contractId, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
        Currency currency) {

    public Invoice {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("invoice " + invoiceId + " ends before it starts");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("invoice " + invoiceId + " has a negative amount");
        }
    }

    public long daysInPeriod() {
        return ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
    }

    /** Days of the period strictly after {@code date}. */
    public long daysAfter(LocalDate date) {
        LocalDate from = periodStart.isAfter(date) ? periodStart : date.plusDays(1);
        return from.isAfter(periodEnd) ? 0 : ChronoUnit.DAYS.between(from, periodEnd) + 1;
    }
}
