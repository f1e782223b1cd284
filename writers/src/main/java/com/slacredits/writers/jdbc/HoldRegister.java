package com.slacredits.writers.jdbc;

import com.slacredits.domain.CreditHold;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The runs the credit brake held, and when each was released. */
public final class HoldRegister {

    /** A held run: why, since when, and whether {@code --release-held} has let it post. */
    public record HeldRun(CreditHold hold, Instant heldAt, Optional<Instant> releasedAt) {

        public boolean isReleased() {
            return releasedAt.isPresent();
        }
    }

    private final JdbcTemplate jdbc;

    public HoldRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the run is held; a run held again on resume keeps its first reason and time. */
    public void hold(long runId, CreditHold hold, Instant at) {
        jdbc.update("INSERT INTO held_run (run_id, limit_key, reason, held_at) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE run_id = run_id", runId, hold.limit(), clip(hold.reason()),
                Timestamp.from(at));
    }

    public void release(long runId, Instant at) {
        jdbc.update("UPDATE held_run SET released_at = ? WHERE run_id = ? AND released_at IS NULL", Timestamp.from(at),
                runId);
    }

    public Optional<HeldRun> of(long runId) {
        return jdbc.query("SELECT limit_key, reason, held_at, released_at FROM held_run WHERE run_id = ?",
                (rs, n) -> new HeldRun(new CreditHold(rs.getString("limit_key"), rs.getString("reason")),
                        rs.getTimestamp("held_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("released_at")).map(Timestamp::toInstant)), runId)
                .stream().findFirst();
    }

    /** Whether the run is held and not released: then it posts nothing. */
    public boolean isHeld(long runId) {
        return of(runId).filter(held -> !held.isReleased()).isPresent();
    }

    private static String clip(String reason) {
        return reason.length() <= 1000 ? reason : reason.substring(0, 999) + "…";
    }
}
