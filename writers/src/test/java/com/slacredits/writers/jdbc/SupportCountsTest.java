package com.slacredits.writers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Contract;
import com.slacredits.domain.support.SupportTally;
import com.slacredits.domain.support.Ticket;
import com.slacredits.writers.csv.SupportLine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the statements and the summary read of support tickets (support SLAs, section 5), on the migrated
 * schema (V15) of H2 and of MySQL/MariaDB (skipped, saying so, without a server on 127.0.0.1:3306): a
 * customer's measured tickets of a run, the run's counts per pack and priority, and the unmeasured tickets
 * per pack, edition and priority, recorded once per run.
 */
class SupportCountsTest {

    private static final Instant REPORTED = Instant.parse("2026-10-05T09:15:00Z");

    @TempDir
    Path folder;

    private MigratedDatabase database;
    private MeasurementJournal measurements;
    private TicketJournal tickets;

    private void open(String vendor) {
        database = MigratedDatabase.of(vendor, folder);
        JdbcTemplate jdbc = database.jdbc();
        measurements = new MeasurementJournal(jdbc);
        tickets = new TicketJournal(jdbc);
        new ContractRepository(jdbc).upsert(List.of(contract("K-1", "CU-1", "standard-2024", "ENTERPRISE"),
                contract("K-2", "CU-2", "standard-2024", "STARTER"), contract("K-3", "CU-2", "iot-cloud-2022", "HOME_APP"),
                contract("k-1", "CU-3", "standard-2024", "ENTERPRISE")));
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aCustomersTicketsOfARunAndTheCustomersWithAny(String vendor) {
        open(vendor);
        tickets.storeTickets(List.of(ticket("T-3", "K-2", "P4"), ticket("T-1", "K-1", "P2"), ticket("T-2", "K-2", "P2"),
                ticket("t-1", "k-1", "P2"), ticket("T-9", "K-2", "P2")), 1);
        measurements.record(1, List.of(line("T-3", "K-2", "CU-2", "P4", clock(true), null),
                line("T-1", "K-1", "CU-1", "P2", clock(true), clock(false)),
                line("T-2", "K-2", "CU-2", "P2", clock(false), clock(false)),
                line("t-1", "k-1", "CU-3", "P2", clock(false), clock(true))));
        measurements.record(2, List.of(line("T-9", "K-2", "CU-2", "P2", clock(true), clock(true))));

        assertThat(measurements.customersOfRun(1)).containsExactly("CU-1", "CU-2", "CU-3");
        assertThat(measurements.customersOfRun(2)).containsExactly("CU-2");
        assertThat(measurements.customersOfRun(3)).isEmpty();
        assertThat(measurements.ofCustomer(1, "CU-2")).extracting(SupportLine::ticketId).containsExactly("T-2", "T-3");
        // the row as stored, a clock without a target empty
        SupportLine t3 = measurements.ofCustomer(1, "CU-2").get(1);
        assertThat(t3.resolution()).isEmpty();
        assertThat(t3.response().orElseThrow().met()).isTrue();
        assertThat(measurements.ofCustomer(1, "cu-2")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aRunsMeasurementsCountedPerPackAndPriority(String vendor) {
        open(vendor);
        tickets.storeTickets(List.of(ticket("T-1", "K-1", "P2"), ticket("T-2", "K-2", "P2"), ticket("T-3", "K-2", "P4"),
                ticket("T-4", "K-1", "P2")), 1);
        measurements.record(1, List.of(line("T-1", "K-1", "CU-1", "P2", clock(true), clock(false)),
                line("T-2", "K-2", "CU-2", "P2", clock(false), clock(false)),
                line("T-3", "K-2", "CU-2", "P4", clock(true), null)));
        measurements.record(2, List.of(line("T-4", "K-1", "CU-1", "P2", clock(true), clock(true))));

        assertThat(new SupportTally(measurements.tallyOfRun(1), List.of()).measured()).containsExactly(
                new SupportTally.Measured("standard-2024", "P2", 2, 1, 1, 0, 2),
                new SupportTally.Measured("standard-2024", "P4", 1, 1, 0, 0, 0));
        assertThat(measurements.tallyOfRun(2)).containsExactly(
                new SupportTally.Measured("standard-2024", "P2", 1, 1, 0, 1, 0));
        assertThat(measurements.tallyOfRun(3)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void unmeasuredTicketsPerPackEditionAndPriorityWithThoseTheRunStored(String vendor) {
        open(vendor);
        tickets.storeTickets(List.of(ticket("T-1", "K-1", "P2"), ticket("T-2", "K-1", "P2"), ticket("T-3", "K-2", "P1"),
                ticket("I-1", "K-3", "P3"), ticket("M-1", "K-1", "P2")), 1);
        measurements.record(1, List.of(line("M-1", "K-1", "CU-1", "P2", clock(true), clock(true))));
        // run 2 changes T-2 and stores I-2; T-1 is exported again unchanged and keeps run 1
        tickets.storeTickets(List.of(ticket("T-1", "K-1", "P2"), new Ticket("T-2", "K-1", "P2", REPORTED,
                Optional.of(REPORTED.plusSeconds(60)), Optional.empty()), ticket("I-2", "K-3", "P3")), 2);

        assertThat(tickets.unmeasuredGroups(2)).containsExactlyInAnyOrder(
                new TicketJournal.UnmeasuredGroup("standard-2024", "ENTERPRISE", "P2", 2, 1),
                new TicketJournal.UnmeasuredGroup("standard-2024", "STARTER", "P1", 1, 0),
                new TicketJournal.UnmeasuredGroup("iot-cloud-2022", "HOME_APP", "P3", 2, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void theUnmeasuredCountsOfARunAreRecordedOnce(String vendor) {
        open(vendor);
        assertThat(tickets.unmeasuredAtEndOf(1)).isEmpty();
        List<SupportTally.Unmeasured> counted = List.of(new SupportTally.Unmeasured("standard-2024", 3, 0),
                new SupportTally.Unmeasured("iot-cloud-2022", 0, 2), new SupportTally.Unmeasured("cpaas-2024", 0, 0));

        assertThat(tickets.noteUnmeasuredAtEndOf(1, counted)).isTrue();
        assertThat(tickets.noteUnmeasuredAtEndOf(1, List.of(new SupportTally.Unmeasured("standard-2024", 9, 9))))
                .isFalse();

        assertThat(tickets.unmeasuredAtEndOf(1).orElseThrow()).containsExactly(
                new SupportTally.Unmeasured("cpaas-2024", 0, 0), new SupportTally.Unmeasured("iot-cloud-2022", 0, 2),
                new SupportTally.Unmeasured("standard-2024", 3, 0));
        assertThat(tickets.unmeasuredAtEndOf(2)).isEmpty();
    }

    private static Contract contract(String id, String customer, String policy, String edition) {
        return new Contract(id, customer, "Customer " + customer, customer + "@example.com", edition, "svc",
                new BigDecimal("12000.00"), Currency.getInstance("EUR"), LocalDate.of(2024, 1, 1), Optional.empty(),
                policy, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Ticket ticket(String id, String contract, String priority) {
        return new Ticket(id, contract, priority, REPORTED, Optional.empty(), Optional.empty());
    }

    private static SupportLine.Clock clock(boolean met) {
        return new SupportLine.Clock("office", 120, REPORTED.plusSeconds(7_200), OptionalLong.of(met ? 60 : 180), 0, met);
    }

    private static SupportLine line(String id, String contract, String customer, String priority,
            SupportLine.Clock response, SupportLine.Clock resolution) {
        return new SupportLine(id, contract, customer, "2026-10", "standard-2024", priority, REPORTED,
                Optional.of(REPORTED.plusSeconds(600)), Optional.empty(), Optional.ofNullable(response),
                Optional.ofNullable(resolution));
    }
}
