package com.slacredits.writers.jdbc;

import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.WindowCause;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Maintenance and other excused windows, by service. */
public final class WindowRepository {

    private final JdbcTemplate jdbc;

    public WindowRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A window id seen again replaces the window: the export may correct it. */
    public void upsert(List<? extends ExcusedWindow> windows) {
        jdbc.batchUpdate("INSERT INTO excused_window (window_id, service_id, cause, starts_at, ends_at, announced_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE service_id = VALUES(service_id), "
                        + "cause = VALUES(cause), starts_at = VALUES(starts_at), ends_at = VALUES(ends_at), "
                        + "announced_at = VALUES(announced_at)",
                windows, windows.size(), (ps, w) -> {
                    ps.setString(1, w.windowId());
                    ps.setString(2, w.serviceId());
                    ps.setString(3, w.cause().name());
                    ps.setString(4, w.startsAt().toString());
                    ps.setString(5, w.endsAt().toString());
                    ps.setString(6, w.announcedAt().map(Instant::toString).orElse(null));
                });
    }

    public List<ExcusedWindow> windowsOf(String serviceId) {
        return jdbc.query("SELECT window_id, service_id, cause, starts_at, ends_at, announced_at FROM excused_window "
                        + "WHERE service_id = ? ORDER BY window_id",
                (rs, n) -> new ExcusedWindow(rs.getString("window_id"), rs.getString("service_id"),
                        WindowCause.valueOf(rs.getString("cause")), Instant.parse(rs.getString("starts_at")),
                        Instant.parse(rs.getString("ends_at")),
                        Optional.ofNullable(rs.getString("announced_at")).map(Instant::parse)),
                serviceId);
    }

    /** Why a window cannot be stored, if it cannot. */
    public static Optional<String> unfit(ExcusedWindow w) {
        return ColumnFit.check().text("window_id", w.windowId(), 100).text("service_id", w.serviceId(), 200).problem();
    }
}
