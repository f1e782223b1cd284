package com.slacredits.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The head of one statement.
 *
 * @param statementDate the run's {@code --as-of}
 * @param dryRun prints "DRY RUN — nothing posted" on every page
 */
public record StatementHeader(
        String providerName,
        String customerId,
        String customerName,
        LocalDate statementDate,
        String statementNumber,
        boolean dryRun) {

    public StatementHeader {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(statementNumber, "statementNumber");
    }
}
