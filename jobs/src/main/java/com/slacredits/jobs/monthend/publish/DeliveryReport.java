package com.slacredits.jobs.monthend.publish;

import com.slacredits.domain.Numerals;
import com.slacredits.reports.StatementDeliveryLines;
import com.slacredits.writers.jdbc.StatementDeliveries;
import com.slacredits.writers.jdbc.StatementDeliveries.Delivery;
import com.slacredits.writers.jdbc.StatementDeliveries.State;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the summary says of the statements sent by email, as the deliver step recorded them: how many
 * went, and each that did not, with why. Nothing for a run that sent none (delivery off, a dry run, a
 * held run), so that such a run's summary reads as it always did.
 */
final class DeliveryReport {

    private final StatementDeliveries deliveries;

    DeliveryReport(StatementDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    Optional<StatementDeliveryLines> of(long runId) {
        Map<State, Long> counts = deliveries.countsOfRun(runId);
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        List<StatementDeliveryLines.Undelivered> undelivered = deliveries.undeliveredOfRun(runId).stream()
                .map(delivery -> new StatementDeliveryLines.Undelivered(delivery.customerId(),
                        delivery.statementNumber(), delivery.address().orElse(""), delivery.why()))
                .toList();
        return Optional.of(new StatementDeliveryLines(counts.getOrDefault(State.SENT, 0L), undelivered));
    }

    /** The last lines' part: one line of counts, then one per statement not delivered. */
    String lines(long runId) {
        Map<State, Long> counts = deliveries.countsOfRun(runId);
        if (counts.isEmpty()) {
            return "";
        }
        List<Delivery> undelivered = deliveries.undeliveredOfRun(runId);
        StringBuilder text = new StringBuilder(Numerals.format("%nStatements emailed: %d; not delivered: %d",
                counts.getOrDefault(State.SENT, 0L), undelivered.size()));
        for (Delivery delivery : undelivered) {
            text.append(Numerals.format("%n  %s (%s): %s", delivery.customerId(), delivery.statementNumber(),
                    delivery.why()));
        }
        return text.toString();
    }
}
