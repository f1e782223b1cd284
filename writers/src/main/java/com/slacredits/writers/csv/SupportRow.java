package com.slacredits.writers.csv;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** One row of {@code support.csv} (support SLAs, section 5): a ticket measured in the run. */
public final class SupportRow implements OutputFormat<SupportLine> {

    public static final String FILE_NAME = "support.csv";

    public static final List<String> HEADER = List.of("ticket_id", "contract_id", "customer_id", "period", "priority",
            "response_calendar", "resolution_calendar", "reported_at", "responded_at", "resolved_at",
            "response_target_minutes", "response_due", "response_minutes", "response",
            "resolution_target_minutes", "resolution_due", "resolution_minutes", "paused_minutes", "resolution");

    @Override
    public String fileName() {
        return FILE_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public String[] cells(SupportLine line) {
        Optional<SupportLine.Clock> response = line.response();
        Optional<SupportLine.Clock> resolution = line.resolution();
        return new String[] {line.ticketId(), line.contractId(), line.customerId(), line.period(), line.priority(),
            response.map(SupportLine.Clock::calendar).orElse(""),
            resolution.map(SupportLine.Clock::calendar).orElse(""),
            Cells.instant(Optional.of(line.reportedAt())), Cells.instant(line.respondedAt()),
            Cells.instant(line.resolvedAt()),
            response.map(clock -> Long.toString(clock.targetMinutes())).orElse(""),
            Cells.instant(response.map(SupportLine.Clock::due)),
            response.map(clock -> minutes(clock.minutes())).orElse(""),
            response.map(SupportRow::outcome).orElse(""),
            resolution.map(clock -> Long.toString(clock.targetMinutes())).orElse(""),
            Cells.instant(resolution.map(SupportLine.Clock::due)),
            resolution.map(clock -> minutes(clock.minutes())).orElse(""),
            resolution.map(clock -> Long.toString(clock.pausedMinutes())).orElse(""),
            resolution.map(SupportRow::outcome).orElse("")};
    }


    private static String minutes(OptionalLong minutes) {
        return minutes.isPresent() ? Long.toString(minutes.getAsLong()) : "";
    }

    private static String outcome(SupportLine.Clock clock) {
        return clock.met() ? "MET" : "MISSED";
    }
}
