package com.slacredits.writers.jdbc;

import java.util.List;
import java.util.Optional;

/**
 * Which of a run's measured tickets a reviewer wants to see (support SLAs, section 5): every criterion
 * is optional, and they combine. {@code search} matches the start of a ticket id or of a customer id.
 *
 * @param targets {@code MET}: tickets that met every target they have; {@code MISSED}: tickets with a
 *                missed clock; empty: every ticket
 */
public record MeasurementQuery(Optional<Targets> targets, Optional<String> priority, Optional<String> search) {

    public static final MeasurementQuery ALL = new MeasurementQuery(Optional.empty(), Optional.empty(),
            Optional.empty());

    /** A ticket as a whole: met when each of its clocks is, missed when any one is. */
    public enum Targets {
        MET, MISSED
    }

    public MeasurementQuery {
        priority = priority.map(String::strip).filter(s -> !s.isEmpty());
        search = search.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The SQL condition after {@code WHERE m.run_id = ?}, and its arguments in order. */
    String condition(List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        // a column is NULL where the priority has no such target; a stored ticket has at least one
        targets.ifPresent(t -> sql.append(switch (t) {
            case MET -> " AND (m.response IS NULL OR m.response = 'MET')"
                    + " AND (m.resolution IS NULL OR m.resolution = 'MET')";
            case MISSED -> " AND (m.response = 'MISSED' OR m.resolution = 'MISSED')";
        }));
        priority.ifPresent(p -> {
            sql.append(" AND m.priority = ?");
            arguments.add(p);
        });
        search.ifPresent(s -> {
            sql.append(" AND (m.ticket_id LIKE ? OR m.customer_id LIKE ?)");
            String prefix = DecisionQuery.likePrefix(s);
            arguments.add(prefix);
            arguments.add(prefix);
        });
        return sql.toString();
    }
}
