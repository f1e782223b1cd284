package com.slacredits.reports;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The head of one statement.
 *
 * @param statementDate the run's {@code --as-of}
 * @param banner printed across the top of every page: see {@link RunBanner}
 */
public record StatementHeader(
        String providerName,
        String customerId,
        String customerName,
        LocalDate statementDate,
        String statementNumber,
        Optional<String> banner) {

    public StatementHeader {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(statementNumber, "statementNumber");
        Objects.requireNonNull(banner, "banner");
    }
}
