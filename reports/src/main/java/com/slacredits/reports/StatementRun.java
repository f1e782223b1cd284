package com.slacredits.reports;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What every statement of one run shares.
 *
 * @param asOf the run's {@code --as-of}: the statement date
 * @param held whether the credit brake held the run's adjustments, so that nothing was posted
 */
public record StatementRun(String providerName, long runId, LocalDate asOf, boolean dryRun, boolean held) {

    public static final String DEFAULT_PROVIDER_NAME = "Northwind Cloud Services B.V.";

    public StatementRun(String providerName, long runId, LocalDate asOf, boolean dryRun) {
        this(providerName, runId, asOf, dryRun, false);
    }

    public StatementRun {
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(asOf, "asOf");
    }

    public StatementHeader headerFor(CustomerStatement statement) {
        return new StatementHeader(providerName, statement.customerId(), statement.customerName(), asOf,
                StatementNumber.of(runId, asOf, statement.customerId()), RunBanner.of(dryRun, held));
    }
}
