package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Optional;

/** A contract for a test: ENTERPRISE on standard-2024 from 2024-01-01, 12,000.00 EUR a year, unless told. */
final class AContract {

    private final String id;
    private String customerId;
    private String edition = "ENTERPRISE";
    private String serviceId = "svc";
    private BigDecimal annualFee = new BigDecimal("12000.00");
    private Currency currency = Currency.getInstance("EUR");
    private LocalDate start = LocalDate.of(2024, 1, 1);
    private Optional<LocalDate> end = Optional.empty();
    private String policy = "";
    private Optional<BigDecimal> guarantee = Optional.empty();
    private Optional<LocalDate> terminatedOn = Optional.empty();
    private Optional<ZoneId> supportZone = Optional.empty();
    private Optional<String> supportCountry = Optional.empty();

    private AContract(String id) {
        this.id = id;
        this.customerId = "CU-" + id;
    }

    static AContract id(String id) {
        return new AContract(id);
    }

    AContract customer(String customerId) {
        this.customerId = customerId;
        return this;
    }

    AContract edition(String edition) {
        this.edition = edition;
        return this;
    }

    AContract on(String serviceId) {
        this.serviceId = serviceId;
        return this;
    }

    AContract fee(String annualFee) {
        this.annualFee = new BigDecimal(annualFee);
        return this;
    }

    AContract fee(String annualFee, String currency) {
        this.annualFee = new BigDecimal(annualFee);
        this.currency = Currency.getInstance(currency);
        return this;
    }

    AContract from(String startDate) {
        this.start = LocalDate.parse(startDate);
        return this;
    }

    AContract until(String endDate) {
        this.end = Optional.of(LocalDate.parse(endDate));
        return this;
    }

    AContract policy(String policy) {
        this.policy = policy;
        return this;
    }

    AContract guarantee(String guaranteePct) {
        this.guarantee = Optional.of(new BigDecimal(guaranteePct));
        return this;
    }

    AContract terminatedOn(String lastDay) {
        this.terminatedOn = Optional.of(LocalDate.parse(lastDay));
        return this;
    }

    /** The customer's own support hours: its zone and, when not null, the country whose holidays they skip. */
    AContract supportHours(String zone, String country) {
        this.supportZone = Optional.of(ZoneId.of(zone));
        this.supportCountry = Optional.ofNullable(country);
        return this;
    }

    Contract build() {
        return new Contract(id, customerId, "Customer " + id, id + "@example.com", edition, serviceId, annualFee,
                currency, start, end, policy, guarantee, terminatedOn, supportZone, supportCountry);
    }
}
