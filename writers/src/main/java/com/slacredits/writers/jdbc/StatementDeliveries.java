package com.slacredits.writers.jdbc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The record of a run's statements sent by email (docs/delivery.md): a row per run and customer whose
 * state only moves forward, each move a single conditional UPDATE, so that two processes can never
 * both hold one statement, and a statement the server accepted is never offered again.
 */
public final class StatementDeliveries {

    /** Where one statement's delivery stands; the comments of V19 say what each means. */
    public enum State {
        PENDING, SENDING, HANDED_OVER, SENT, REFUSED, NO_ADDRESS, UNCERTAIN;

        /** Not delivered, and nothing the run will do about it: what the summary and the console list. */
        public boolean isUndelivered() {
            return this == REFUSED || this == NO_ADDRESS || this == UNCERTAIN;
        }
    }

    /** One customer's statement and how far it got. */
    public record Delivery(long runId, String customerId, String statementNumber, Optional<String> address,
            State state, int attempts, Optional<String> detail, Optional<String> messageId) {

        /** Why it was not delivered, in the words the summary and the console show. */
        public String why() {
            return switch (state) {
                case NO_ADDRESS -> "no email address on the customer's contracts";
                case REFUSED -> "refused: " + detail.orElse("by the mail server");
                case UNCERTAIN -> "not known whether delivered: " + detail.orElse("")
                        + messageId.map(id -> " (Message-ID " + id + ")").orElse("");
                default -> state.name();
            };
        }
    }

    private static final String COLUMNS = "run_id, customer_id, statement_number, address, state, attempts, detail, "
            + "message_id";

    private final JdbcTemplate jdbc;

    public StatementDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a customer's statement to the run's deliveries, PENDING, or NO_ADDRESS when there is no
     * address; a row already there is left as it is, so registering again on resume changes nothing.
     */
    public void register(long runId, String customerId, String statementNumber, Optional<String> address,
            Instant at) {
        jdbc.update("INSERT INTO statement_delivery (run_id, customer_id, statement_number, address, state, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE run_id = run_id", runId, customerId,
                statementNumber, address.orElse(null), (address.isPresent() ? State.PENDING : State.NO_ADDRESS).name(),
                text(at));
    }

    /**
     * The customer's email as their contracts give it: the first that names one, in contract id order,
     * so that a customer with two contracts always gets the same address.
     */
    public Optional<String> emailOf(String customerId) {
        return jdbc.queryForList("SELECT customer_email FROM contract WHERE customer_id = ? AND customer_email IS NOT "
                + "NULL ORDER BY contract_id", String.class, customerId).stream()
                .map(String::strip).filter(email -> !email.isEmpty()).findFirst();
    }

    /** The customer's name as their first contract gives it; empty when none does. */
    public String nameOf(String customerId) {
        return jdbc.queryForList("SELECT customer_name FROM contract WHERE customer_id = ? AND customer_name IS NOT NULL "
                + "ORDER BY contract_id", String.class, customerId).stream().findFirst().orElse("");
    }

    /**
     * Claims left by a process that died: SENDING ones go back to PENDING, since the end of their
     * message was never sent and the server cannot have accepted it; HANDED_OVER ones become UNCERTAIN,
     * since it may have. Only while the run's lock keeps every other process away (RunLock).
     *
     * @return how many were found
     */
    public int recoverAbandoned(long runId, String claimant, Instant at) {
        int resent = jdbc.update("UPDATE statement_delivery SET state = 'PENDING', claimed_by = NULL, updated_at = ? "
                + "WHERE run_id = ? AND state = 'SENDING' AND claimed_by <> ?", text(at), runId, claimant);
        int uncertain = jdbc.update("UPDATE statement_delivery SET state = 'UNCERTAIN', detail = ?, updated_at = ? "
                + "WHERE run_id = ? AND state = 'HANDED_OVER' AND claimed_by <> ?",
                "the run stopped after handing the whole message to the mail server and before its answer was "
                        + "recorded, so it is not sent again: look for its Message-ID in the server's log",
                text(at), runId, claimant);
        return resent + uncertain;
    }

    /** The first statement still to send, in customer id order. */
    public Optional<Delivery> nextPending(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM statement_delivery WHERE run_id = ? AND state = 'PENDING' "
                + "ORDER BY customer_id LIMIT 1", (rs, n) -> delivery(rs), runId).stream().findFirst();
    }

    /** Takes a PENDING statement for {@code claimant}; false when another process took it first. */
    public boolean claim(long runId, String customerId, String claimant, Instant at) {
        return jdbc.update("UPDATE statement_delivery SET state = 'SENDING', claimed_by = ?, attempts = attempts + 1, "
                + "updated_at = ? WHERE run_id = ? AND customer_id = ? AND state = 'PENDING'", claimant, text(at), runId,
                customerId) == 1;
    }

    /**
     * Records that the whole message is with the server, just before the line that ends it is sent.
     *
     * @throws IllegalStateException when the claim is no longer {@code claimant}'s: the message must then
     *     not be ended
     */
    public void handedOver(long runId, String customerId, String claimant, String messageId, Instant at) {
        move(runId, customerId, claimant, State.SENDING, State.HANDED_OVER, Optional.empty(), Optional.of(messageId),
                at);
    }

    /** The server accepted the message. */
    public void sent(long runId, String customerId, String claimant, Instant at) {
        move(runId, customerId, claimant, State.HANDED_OVER, State.SENT, Optional.empty(), Optional.empty(), at);
    }

    /** The server refused the address or the message for good (a 5xx reply), or it is not an address. */
    public void refused(long runId, String customerId, String claimant, String why, Instant at) {
        if (jdbc.update("UPDATE statement_delivery SET state = 'REFUSED', detail = ?, updated_at = ? WHERE run_id = ? "
                + "AND customer_id = ? AND claimed_by = ? AND state IN ('SENDING', 'HANDED_OVER')", clip(why), text(at),
                runId, customerId, claimant) != 1) {
            throw lost(runId, customerId, claimant);
        }
    }

    /**
     * The server certainly did not take the message: it was never ended, or the server answered "try
     * later". PENDING again, for the next attempt.
     */
    public void putBack(long runId, String customerId, String claimant, Instant at) {
        jdbc.update("UPDATE statement_delivery SET state = 'PENDING', claimed_by = NULL, updated_at = ? WHERE run_id = ? "
                + "AND customer_id = ? AND claimed_by = ? AND state IN ('SENDING', 'HANDED_OVER')", text(at), runId,
                customerId, claimant);
    }

    /** The connection failed after the message was ended and before the server's answer came. */
    public void uncertain(long runId, String customerId, String claimant, String why, Instant at) {
        move(runId, customerId, claimant, State.HANDED_OVER, State.UNCERTAIN, Optional.of(why), Optional.empty(), at);
    }

    /** A run's statements that were not delivered and will not be by this run, in customer id order. */
    public List<Delivery> undeliveredOfRun(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM statement_delivery WHERE run_id = ? AND state IN ('REFUSED', "
                + "'NO_ADDRESS', 'UNCERTAIN') ORDER BY customer_id", (rs, n) -> delivery(rs), runId);
    }

    /** Every delivery of a run, in customer id order. */
    public List<Delivery> ofRun(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM statement_delivery WHERE run_id = ? ORDER BY customer_id",
                (rs, n) -> delivery(rs), runId);
    }

    /** How many of a run's statements are in each state; empty when the run delivered nothing. */
    public Map<State, Long> countsOfRun(long runId) {
        Map<State, Long> counts = new EnumMap<>(State.class);
        jdbc.query("SELECT state, COUNT(*) AS n FROM statement_delivery WHERE run_id = ? GROUP BY state",
                rs -> {
                    counts.put(State.valueOf(rs.getString("state")), rs.getLong("n"));
                }, runId);
        return counts;
    }

    private void move(long runId, String customerId, String claimant, State from, State to, Optional<String> detail,
            Optional<String> messageId, Instant at) {
        int moved = jdbc.update("UPDATE statement_delivery SET state = ?, detail = COALESCE(?, detail), "
                + "message_id = COALESCE(?, message_id), updated_at = ? WHERE run_id = ? AND customer_id = ? "
                + "AND claimed_by = ? AND state = ?", to.name(), detail.map(StatementDeliveries::clip).orElse(null),
                messageId.map(id -> id.length() <= 300 ? id : id.substring(0, 300)).orElse(null), text(at), runId,
                customerId, claimant, from.name());
        if (moved != 1) {
            throw lost(runId, customerId, claimant);
        }
    }

    private static IllegalStateException lost(long runId, String customerId, String claimant) {
        return new IllegalStateException("the statement of " + customerId + " in run " + runId
                + " is no longer claimed by " + claimant);
    }

    private static Delivery delivery(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Delivery(rs.getLong("run_id"), rs.getString("customer_id"), rs.getString("statement_number"),
                Optional.ofNullable(rs.getString("address")), State.valueOf(rs.getString("state")),
                rs.getInt("attempts"), Optional.ofNullable(rs.getString("detail")),
                Optional.ofNullable(rs.getString("message_id")));
    }

    private static String text(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
