package com.slacredits.writers.jdbc;

import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of a run's decisions a reviewer wants to see: every criterion is optional, and they combine.
 * {@code search} matches the start of a claim id or of a customer id, so that the primary key and the
 * (run, customer) index answer it even in a run of a million decisions, or any part of a customer's name
 * in any case ("acme" finds "Acme Logistics B.V."), which the contracts (a row per contract, not per
 * decision) answer first.
 */
public record DecisionQuery(Optional<Outcome> outcome, Optional<Reason> reason, Optional<String> customerId,
        Optional<String> currency, Optional<String> search, Optional<String> pack) {

    public static final DecisionQuery ALL = new DecisionQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public DecisionQuery {
        customerId = customerId.map(String::strip).filter(s -> !s.isEmpty());
        currency = currency.map(String::strip).filter(s -> !s.isEmpty());
        search = search.map(String::strip).filter(s -> !s.isEmpty());
        pack = pack.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The SQL condition after {@code WHERE d.run_id = ?}, and its arguments in order. */
    String condition(List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        outcome.ifPresent(o -> {
            sql.append(" AND d.outcome = ?");
            arguments.add(o.name());
        });
        reason.ifPresent(r -> {
            sql.append(" AND d.reason = ?");
            arguments.add(r.name());
        });
        customerId.ifPresent(c -> {
            sql.append(" AND d.customer_id = ?");
            arguments.add(c);
        });
        currency.ifPresent(c -> {
            sql.append(" AND d.currency = ?");
            arguments.add(c);
        });
        // The pack a decision was made under is its contract's: the decision keeps the contract only.
        pack.ifPresent(p -> {
            sql.append(" AND d.contract_id IN (SELECT k.contract_id FROM contract k WHERE k.policy_id = ?)");
            arguments.add(p);
        });
        search.ifPresent(s -> {
            sql.append(" AND (d.claim_id LIKE ? OR d.customer_id LIKE ? OR d.customer_id IN "
                    + "(SELECT k.customer_id FROM contract k WHERE LOWER(k.customer_name) LIKE ?))");
            String prefix = likePrefix(s);
            arguments.add(prefix);
            arguments.add(prefix);
            arguments.add(namePart(s));
        });
        return sql.toString();
    }

    /** A LIKE pattern for "starts with": the wildcards a user types are taken literally. */
    static String likePrefix(String text) {
        return literal(text) + "%";
    }

    /**
     * A LIKE pattern for "contains, in any case", against a lower-cased column: lower-cased by the root
     * locale's rules, whatever the JVM's language.
     */
    static String namePart(String text) {
        return "%" + literal(text.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static List<Object> arguments(long runId) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(runId);
        return arguments;
    }
}
