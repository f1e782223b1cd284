package com.slacredits.writers.jdbc;

import com.slacredits.writers.csv.EvidenceLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evidence of the decisions a run verified: the evidence.csv rows it wrote, stored with the run
 * once and for ever, so that {@code export --run=N} and the statements show what the decision was
 * measured on, whatever the windows say later.
 */
public final class EvidenceJournal {

    private static final int PAGE = 1_000;
    private static final String COLUMNS = "claim_id, contract_id, kind, window_id, cause, announced_at, starts_at, "
            + "ends_at, minutes";
    private static final Comparator<EvidenceLine> FILE_ORDER = Comparator.comparing(EvidenceLine::claimId)
            .thenComparing(EvidenceLine::startsAt)
            .thenComparing(EvidenceLine::kind);

    private final JdbcTemplate jdbc;

    public EvidenceJournal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a run's evidence, in the transaction of the decisions it belongs to, with one batch. */
    public void record(long runId, List<EvidenceLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO claim_evidence (run_id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                lines, lines.size(), (ps, line) -> {
                    ps.setLong(1, runId);
                    ps.setString(2, line.claimId());
                    ps.setString(3, line.contractId());
                    ps.setString(4, line.kind());
                    ps.setString(5, line.windowId().orElse(null));
                    ps.setString(6, line.cause().orElse(null));
                    ps.setString(7, line.announcedAt().map(Instant::toString).orElse(null));
                    ps.setString(8, line.startsAt().toString());
                    ps.setString(9, line.endsAt().toString());
                    ps.setLong(10, line.minutes());
                });
    }

    /** Every row of a run's evidence in the file's order, read a page at a time as the iterator reaches it. */
    public Iterator<EvidenceLine> iteratorOfRun(long runId) {
        return new Iterator<>() {
            private List<EvidenceLine> page = pageOfRun(runId, Optional.empty());
            private int next;

            @Override
            public boolean hasNext() {
                if (next == page.size() && page.size() == PAGE) {
                    page = pageOfRun(runId, Optional.of(page.get(PAGE - 1)));
                    next = 0;
                }
                return next < page.size();
            }

            @Override
            public EvidenceLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }

    public long countOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM claim_evidence WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /** One decision's evidence in a run, in the file's order: what its statement line shows. */
    public List<EvidenceLine> ofClaim(long runId, String claimId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM claim_evidence WHERE run_id = ? AND claim_id = ?",
                EvidenceJournal::line, runId, claimId).stream().sorted(FILE_ORDER).toList();
    }

    /**
     * A page of a run's evidence after {@code after}: keyset paging on the index (run_id, claim_id,
     * starts_at). A claim's runs never share a first slot, so claim and start name a row; starts are
     * ISO-8601 instants of one width, whose text order is their order in time.
     */
    private List<EvidenceLine> pageOfRun(long runId, Optional<EvidenceLine> after) {
        String order = " ORDER BY run_id, claim_id, starts_at LIMIT " + PAGE;
        if (after.isEmpty()) {
            return jdbc.query("SELECT " + COLUMNS + " FROM claim_evidence WHERE run_id = ?" + order,
                    EvidenceJournal::line, runId);
        }
        EvidenceLine last = after.get();
        return jdbc.query("SELECT " + COLUMNS + " FROM claim_evidence WHERE run_id = ? AND (claim_id > ? "
                        + "OR (claim_id = ? AND starts_at > ?))" + order, EvidenceJournal::line, runId, last.claimId(),
                last.claimId(), last.startsAt().toString());
    }

    private static EvidenceLine line(ResultSet rs, int row) throws SQLException {
        return new EvidenceLine(rs.getString("claim_id"), rs.getString("contract_id"), rs.getString("kind"),
                Optional.ofNullable(rs.getString("window_id")), Optional.ofNullable(rs.getString("cause")),
                Optional.ofNullable(rs.getString("announced_at")).map(Instant::parse),
                Instant.parse(rs.getString("starts_at")), Instant.parse(rs.getString("ends_at")), rs.getLong("minutes"));
    }
}
