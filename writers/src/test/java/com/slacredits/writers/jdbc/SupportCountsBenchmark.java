package com.slacredits.writers.jdbc;

import com.slacredits.domain.support.SupportTally;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the summary and the statements read of a million support tickets, timed on H2 (or on the local
 * MySQL/MariaDB with argument {@code mysql}): 1,000,000 tickets on 10,000 contracts of 5,000 customers,
 * 900,000 of them measured by run 1. Not a test; run it alone, as docs/benchmarks.md asks. Arguments:
 * [h2|mysql] [tickets]. Only the first round counts: H2 answers a query repeated on unchanged tables from
 * its cache.
 *
 * <p>7 December 2026, this 2-core machine with other builds running (load 1 to 3.5), first round, H2 /
 * MariaDB: the run's counts per pack and priority 2.9 / 2.1 s; the unmeasured tickets per pack, edition
 * and priority 3.5 / 6.4–7.1 s (one scan of every stored ticket with a primary-key probe of its
 * measurement, as the measure stage's own look-up of contracts with unmeasured tickets does); the
 * customers with a measured ticket 0.65 / 0.5 s; one customer's 200 tickets 4.6 / 7 ms.
 */
public final class SupportCountsBenchmark {

    public static void main(String[] args) throws Exception {
        String vendor = args.length > 0 ? args[0] : "h2";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Path folder = Files.createTempDirectory("support-counts");
        try (MigratedDatabase database = MigratedDatabase.of(vendor, folder)) {
            // one connection throughout, as a pool gives the run: a connection per query would open H2 each time
            SingleConnectionDataSource connection = new SingleConnectionDataSource(database.url(), database.username(),
                    database.password(), true);
            JdbcTemplate jdbc = new JdbcTemplate(connection);
            long start = System.nanoTime();
            fill(jdbc, count);
            System.out.printf("filled %,d tickets in %.1f s%n", count, seconds(start));
            MeasurementJournal measurements = new MeasurementJournal(jdbc);
            TicketJournal tickets = new TicketJournal(jdbc);
            for (int round = 1; round <= 3; round++) {
                start = System.nanoTime();
                List<SupportTally.Measured> tally = measurements.tallyOfRun(1);
                double tallied = seconds(start);
                start = System.nanoTime();
                List<TicketJournal.UnmeasuredGroup> groups = tickets.unmeasuredGroups(2);
                double grouped = seconds(start);
                start = System.nanoTime();
                List<String> customers = measurements.customersOfRun(1);
                double listed = seconds(start);
                start = System.nanoTime();
                int lines = 0;
                for (String customer : customers.subList(0, 100)) {
                    lines += measurements.ofCustomer(1, customer).size();
                }
                double perCustomer = seconds(start) / 100;
                System.out.printf("round %d: tally of run %.2f s (%d rows, %,d tickets); unmeasured groups %.2f s"
                                + " (%d rows); customers of run %.2f s (%,d); a customer's tickets %.1f ms (%d lines"
                                + " for 100)%n", round, tallied, tally.size(),
                        tally.stream().mapToLong(SupportTally.Measured::tickets).sum(), grouped, groups.size(), listed,
                        customers.size(), perCustomer * 1000, lines);
            }
            connection.destroy();
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Generated in the database: contracts on two packs, tickets on four priorities, nine in ten measured. */
    private static void fill(JdbcTemplate jdbc, int count) {
        int contracts = 10_000;
        jdbc.batchUpdate("INSERT INTO contract (contract_id, customer_id, customer_name, customer_email, edition, "
                        + "service_id, annual_fee, currency, start_date, policy_id) VALUES (?, ?, 'C', 'c@example.com', "
                        + "?, 'svc', 12000.00, 'EUR', '2024-01-01', ?)",
                java.util.stream.IntStream.range(0, contracts).boxed().toList(), 1_000, (ps, i) -> {
                    ps.setString(1, "K-" + i);
                    ps.setString(2, "CU-" + (i % 5_000));
                    ps.setString(3, i % 3 == 0 ? "STARTER" : "ENTERPRISE");
                    ps.setString(4, i % 10 == 0 ? "iot-cloud-2022" : "standard-2024");
                });
        int chunk = 50_000;
        for (int from = 0; from < count; from += chunk) {
            List<Integer> ids = java.util.stream.IntStream.range(from, Math.min(count, from + chunk)).boxed().toList();
            jdbc.batchUpdate("INSERT INTO ticket (ticket_id, contract_id, priority, reported_at, stored_run) "
                    + "VALUES (?, ?, ?, '2026-10-05T09:15:00Z', ?)", ids, chunk, (ps, i) -> {
                        ps.setString(1, String.format("T-%07d", i));
                        ps.setString(2, "K-" + (i % contracts));
                        ps.setString(3, "P" + (1 + i % 4));
                        ps.setLong(4, i % 20 == 0 ? 2 : 1);
                    });
            List<Integer> measured = ids.stream().filter(i -> i % 10 != 0).toList();
            jdbc.batchUpdate("INSERT INTO ticket_measurement (ticket_id, run_id, contract_id, customer_id, period, "
                    + "policy_id, priority, response_calendar, reported_at, response_target_minutes, response_due, "
                    + "response_minutes, response) VALUES (?, 1, ?, ?, '2026-10', 'standard-2024', ?, 'office', "
                    + "'2026-10-05T09:15:00Z', 120, '2026-10-05T11:15:00Z', 60, ?)", measured, chunk, (ps, i) -> {
                        ps.setString(1, String.format("T-%07d", i));
                        ps.setString(2, "K-" + (i % contracts));
                        ps.setString(3, "CU-" + (i % contracts % 5_000));
                        ps.setString(4, "P" + (1 + i % 4));
                        ps.setString(5, i % 3 == 0 ? "MISSED" : "MET");
                    });
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
