package com.slacredits.writers.jdbc;

import com.slacredits.domain.MonitoringGap;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.RejectedRow;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a run noticed besides decisions: input rows it could not read, and months without monitoring data. */
public final class RunRecord {

    private static final int MAX_RAW = 4000;
    private static final int PAGE = 5_000;

    private final JdbcTemplate jdbc;

    public RunRecord(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent: a row re-read after a restart is the same file and line, and is not recorded twice. */
    public void reject(long runId, List<RejectedRow> rows) {
        jdbc.batchUpdate("INSERT INTO rejected_row (run_id, file_name, line_no, reason, raw_text) VALUES (?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE reason = VALUES(reason)", rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, r.file());
                    ps.setLong(3, r.line());
                    ps.setString(4, clip(r.reason(), 1000));
                    ps.setString(5, clip(r.raw(), MAX_RAW));
                });
    }

    /** Forgets the rows the run rejected from these files, which are about to be read again from their start. */
    public void forgetRejects(long runId, List<String> fileNames) {
        if (fileNames.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM rejected_row WHERE run_id = ? AND file_name IN (" + InClause.marks(fileNames.size())
                + ")", ps -> {
                    ps.setLong(1, runId);
                    for (int i = 0; i < fileNames.size(); i++) {
                        ps.setString(i + 2, fileNames.get(i));
                    }
                });
    }

    public long rejectCountOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /**
     * Every rejected row of a run in {@link RejectedRow#IN_FILE_ORDER}, read a page at a time: a
     * file of ten million bad rows is written out without being held. The files are ordered here, in
     * Java, because the database's collation orders names its own way; within a file the primary
     * key walks the lines in order.
     */
    public Iterator<RejectedRow> rejectsOfRunInFileOrder(long runId) {
        Iterator<String> files = rejectCountsOfRun(runId).keySet().stream()
                .sorted(Comparator.naturalOrder()).iterator();
        return new Iterator<>() {
            private String file;
            private List<RejectedRow> page = List.of();
            private int next;

            @Override
            public boolean hasNext() {
                while (next == page.size()) {
                    if (file != null && page.size() == PAGE) {
                        page = pageOf(runId, file, page.get(PAGE - 1).line());
                    } else if (files.hasNext()) {
                        file = files.next();
                        page = pageOf(runId, file, 0);
                    } else {
                        return false;
                    }
                    next = 0;
                }
                return true;
            }

            @Override
            public RejectedRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }

    private List<RejectedRow> pageOf(long runId, String file, long afterLine) {
        return jdbc.query("SELECT file_name, line_no, reason, raw_text FROM rejected_row "
                        + "WHERE run_id = ? AND file_name = ? AND line_no > ? ORDER BY run_id, file_name, line_no LIMIT "
                        + PAGE,
                (rs, n) -> new RejectedRow(rs.getString("file_name"), rs.getLong("line_no"), rs.getString("reason"),
                        rs.getString("raw_text")), runId, file, afterLine);
    }

    public SortedMap<String, Long> rejectCountsOfRun(long runId) {
        SortedMap<String, Long> counts = new TreeMap<>();
        jdbc.query("SELECT file_name, COUNT(*) AS n FROM rejected_row WHERE run_id = ? GROUP BY file_name",
                rs -> {
                    counts.put(rs.getString("file_name"), rs.getLong("n"));
                }, runId);
        return counts;
    }

    public void noteGaps(long runId, List<MonitoringGap> gaps) {
        jdbc.batchUpdate("INSERT INTO monitoring_gap (run_id, service_id, period) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE service_id = service_id", gaps, gaps.size(), (ps, g) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, g.serviceId());
                    ps.setString(3, g.period().toString());
                });
    }

    public List<MonitoringGap> gapsOfRun(long runId) {
        return jdbc.query("SELECT service_id, period FROM monitoring_gap WHERE run_id = ? "
                        + "ORDER BY service_id, period",
                (rs, n) -> new MonitoringGap(rs.getString("service_id"), ServicePeriod.parse(rs.getString("period"))),
                runId);
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
