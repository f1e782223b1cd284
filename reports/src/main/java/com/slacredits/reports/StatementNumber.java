package com.slacredits.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The number printed on a statement: {@code ST-20261105-42-CU-1}.
 *
 * <p>Made only of the run and the customer, so a restarted run prints the same number on the
 * statements it still has to render as on those it rendered before the crash.
 */
public final class StatementNumber {

    private StatementNumber() {
    }

    public static String of(long runId, LocalDate asOf, String customerId) {
        return "ST-" + asOf.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + runId + "-" + customerId;
    }
}
