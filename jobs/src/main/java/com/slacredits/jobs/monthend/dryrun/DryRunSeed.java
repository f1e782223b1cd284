package com.slacredits.jobs.monthend.dryrun;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A dry run works on a scratch database and only ever reads the real one: it starts by copying the
 * committed state that decisions depend on (contracts, invoices, windows, the claims register,
 * earlier decisions, and the support tickets with their pauses and measurements), and the reversals no real run has reported yet, with the adjustments they
 * reverse, so that the dry run reports them as the next real run will. Slot records are not copied;
 * the decide step reads them from the real database directly. Whatever the dry run does, the real database is left as it was, and a later real
 * run decides the same.
 */
final class DryRunSeed {

    private static final Logger LOG = LoggerFactory.getLogger(DryRunSeed.class);
    /** In the order their foreign keys need: a ticket before its pauses and its measurement. */
    private static final List<String> TABLES = List.of("contract", "invoice", "excused_window", "claim", "claim_decision",
            "ticket", "ticket_pause", "ticket_measurement");
    private static final int BATCH = 1_000;

    private final JdbcTemplate committed;
    private final JdbcTemplate scratch;

    DryRunSeed(JdbcTemplate committed, JdbcTemplate scratch) {
        this.committed = committed;
        this.scratch = scratch;
    }

    public void copyCommittedState() {
        for (String table : TABLES) {
            if (!exists(committed, table)) {
                // a real database a real run has not migrated yet has none of that table's rows
                continue;
            }
            Set<String> target = columnsOf(scratch, table);
            committed.query("SELECT * FROM " + table, (ResultSet rs) -> {
                List<String> columns = new ArrayList<>();
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                    if (target.contains(column)) {
                        columns.add(column);
                    }
                }
                String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
                List<Object[]> batch = new ArrayList<>();
                long copied = 0;
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < columns.size(); i++) {
                        row[i] = rs.getObject(columns.get(i));
                    }
                    batch.add(row);
                    if (batch.size() == BATCH) {
                        scratch.batchUpdate(insert, batch);
                        copied += batch.size();
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    scratch.batchUpdate(insert, batch);
                    copied += batch.size();
                }
                LOG.info("dry run: copied {} rows of {} from the database", copied, table);
                return null;
            });
        }
        copyUnreportedReversals();
    }

    /**
     * The reversals still to report, and the adjustments they reverse (which the reversals' key needs,
     * and the reversal rows of adjustments.csv follow). A copied adjustment gets run id 0, which no run
     * has: the scratch database numbers its runs from 1, and must not take it for one of its own.
     */
    private void copyUnreportedReversals() {
        if (!exists(committed, "adjustment_reversal")) {
            // a real database not yet migrated to V11 by a real run has none to report
            return;
        }
        // the invoice each names (V17), so that the dry run's reversal rows name it as the real run's will;
        // a real database not yet migrated to V17 by a real run has none
        String invoice = columnsOf(committed, "invoice_adjustment").contains("invoice_id") ? "a.invoice_id" : "NULL";
        List<Object[]> adjustments = committed.query("SELECT a.adjustment_id, a.claim_id, a.contract_id, a.customer_id, "
                + "a.period, a.kind, a.amount, a.currency, a.settlement, " + invoice + " FROM invoice_adjustment a "
                + "JOIN adjustment_reversal r ON r.adjustment_id = a.adjustment_id WHERE r.reported_run IS NULL",
                (rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9), rs.getString(10)});
        scratch.batchUpdate("INSERT INTO invoice_adjustment (adjustment_id, claim_id, run_id, contract_id, customer_id, "
                + "period, kind, amount, currency, settlement, invoice_id) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)",
                adjustments);
        List<Object[]> reversals = committed.query("SELECT reversal_id, adjustment_id, reversed_by, reversed_at, reason "
                + "FROM adjustment_reversal WHERE reported_run IS NULL", (rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
        scratch.batchUpdate("INSERT INTO adjustment_reversal (reversal_id, adjustment_id, reversed_by, reversed_at, reason) "
                + "VALUES (?, ?, ?, ?, ?)", reversals);
        LOG.info("dry run: copied {} reversals still to report from the database", reversals.size());
    }

    private static boolean exists(JdbcTemplate jdbc, String table) {
        try {
            jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE 1 = 0", Long.class);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Set<String> columnsOf(JdbcTemplate jdbc, String table) {
        return jdbc.query("SELECT * FROM " + table + " WHERE 1 = 0", (ResultSet rs) -> {
            Set<String> columns = new LinkedHashSet<>();
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
            }
            return columns;
        });
    }
}
