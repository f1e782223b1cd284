package com.slacredits.writers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.support.Ticket;
import com.slacredits.domain.support.TicketPause;
import com.slacredits.writers.jdbc.TicketJournal.Refusal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ticket journal on the migrated schema (V13) of H2 and of MySQL/MariaDB (skipped, saying so,
 * without a server on 127.0.0.1:3306): the re-export rules of support-sla.md, section 1.
 */
class TicketJournalTest {

    private static final Instant REPORTED = Instant.parse("2026-10-05T09:15:00Z");
    private static final Instant RESPONDED = Instant.parse("2026-10-05T09:40:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-10-05T15:00:00Z");

    @TempDir
    Path folder;

    private MigratedDatabase database;
    private JdbcTemplate jdbc;
    private TicketJournal journal;

    private void open(String vendor) {
        database = MigratedDatabase.of(vendor, folder);
        jdbc = database.jdbc();
        journal = new TicketJournal(jdbc);
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void newTicketsAreStoredAsRead(String vendor) {
        open(vendor);
        Ticket open = ticket("T-1", Optional.empty(), Optional.empty());
        Ticket resolved = ticket("T-2", Optional.of(RESPONDED), Optional.of(RESOLVED));

        assertThat(journal.storeTickets(List.of(open, resolved), 1)).isEmpty();

        assertThat(journal.find(List.of("T-1", "T-2", "T-3"))).containsOnlyKeys("T-1", "T-2")
                .containsEntry("T-1", open).containsEntry("T-2", resolved);
        assertThat(storedRun("T-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void theSameTicketExportedAgainIsIgnored(String vendor) {
        open(vendor);
        Ticket ticket = ticket("T-1", Optional.of(RESPONDED), Optional.empty());
        journal.storeTickets(List.of(ticket), 1);

        assertThat(journal.storeTickets(List.of(ticket, ticket), 2)).isEmpty();

        assertThat(journal.find(List.of("T-1"))).containsEntry("T-1", ticket);
        // nothing was written: the run that stored it is still the first
        assertThat(storedRun("T-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void otherContentReplacesTheTicketWhileItIsNotMeasured(String vendor) {
        open(vendor);
        journal.storeTickets(List.of(ticket("T-1", Optional.empty(), Optional.empty())), 1);
        Ticket progressed = new Ticket("T-1", "K-2", "P3", REPORTED.plusSeconds(1), Optional.of(RESPONDED),
                Optional.of(RESOLVED));

        assertThat(journal.storeTickets(List.of(progressed), 2)).isEmpty();

        assertThat(journal.find(List.of("T-1"))).containsEntry("T-1", progressed);
        assertThat(storedRun("T-1")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void rowsOfOneChunkAreTakenInFileOrder(String vendor) {
        open(vendor);
        Ticket first = ticket("T-1", Optional.empty(), Optional.empty());
        Ticket responded = ticket("T-1", Optional.of(RESPONDED), Optional.empty());
        Ticket resolved = ticket("T-1", Optional.of(RESPONDED), Optional.of(RESOLVED));
        Ticket other = ticket("T-2", Optional.empty(), Optional.empty());

        assertThat(journal.storeTickets(List.of(first, other, responded, resolved, responded), 1)).isEmpty();

        // the last row of a ticket is its content
        assertThat(journal.find(List.of("T-1", "T-2"))).containsEntry("T-1", responded).containsEntry("T-2", other);

        // a ticket changed and changed back within a chunk is as it was stored, and not written
        assertThat(journal.storeTickets(List.of(resolved, responded), 2)).isEmpty();
        assertThat(journal.find(List.of("T-1"))).containsEntry("T-1", responded);
        assertThat(storedRun("T-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aMeasuredTicketIsFinalOtherContentIsRefusedAndTheSameIgnored(String vendor) {
        open(vendor);
        Ticket measured = ticket("T-1", Optional.of(RESPONDED), Optional.of(RESOLVED));
        journal.storeTickets(List.of(measured, ticket("T-2", Optional.empty(), Optional.empty())), 1);
        measure("T-1", 7);
        Ticket reopened = ticket("T-1", Optional.of(RESPONDED), Optional.empty());
        Ticket progressed = ticket("T-2", Optional.of(RESPONDED), Optional.empty());

        List<Refusal> refusals = journal.storeTickets(List.of(measured, reopened, progressed, reopened), 8);

        assertThat(refusals).containsExactly(
                new Refusal(1, "ticket T-1 was measured in run 7; its measurement is final"),
                new Refusal(3, "ticket T-1 was measured in run 7; its measurement is final"));
        assertThat(journal.find(List.of("T-1", "T-2"))).containsEntry("T-1", measured)
                .containsEntry("T-2", progressed);
        assertThat(storedRun("T-1")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void ticketIdsAreCaseSensitive(String vendor) {
        open(vendor);
        Ticket upper = ticket("T-1", Optional.empty(), Optional.empty());
        Ticket lower = new Ticket("t-1", "K-9", "P4", REPORTED, Optional.empty(), Optional.empty());

        assertThat(journal.storeTickets(List.of(upper, lower), 1)).isEmpty();

        assertThat(journal.find(List.of("T-1", "t-1"))).containsEntry("T-1", upper).containsEntry("t-1", lower);
        measure("T-1", 2);
        // t-1 is another ticket, not measured: it may change
        Ticket lowerLater = new Ticket("t-1", "K-9", "P4", REPORTED, Optional.of(RESPONDED), Optional.empty());
        assertThat(journal.storeTickets(List.of(lowerLater), 3)).isEmpty();
        assertThat(journal.find(List.of("t-1"))).containsEntry("t-1", lowerLater);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aLargeChunkIsStoredAndReadAgainWhole(String vendor) {
        open(vendor);
        List<Ticket> chunk = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            chunk.add(new Ticket("T-" + i, "K-" + (i % 7), "P" + (1 + i % 4), REPORTED.plusSeconds(i), Optional.empty(),
                    Optional.empty()));
        }

        assertThat(journal.storeTickets(chunk, 1)).isEmpty();
        List<Ticket> again = new ArrayList<>(chunk);
        again.set(1_100, new Ticket("T-1100", "K-0", "P1", REPORTED, Optional.of(RESPONDED), Optional.empty()));
        assertThat(journal.storeTickets(again, 2)).isEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class)).isEqualTo(1_234);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE stored_run = 2", Long.class)).isEqualTo(1);
        assertThat(journal.find(chunk.stream().map(Ticket::ticketId).toList())).hasSize(1_234)
                .containsEntry("T-1100", again.get(1_100)).containsEntry("T-1233", chunk.get(1_233));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void pausesAreStoredOnceEachAndMayOverlap(String vendor) {
        open(vendor);
        journal.storeTickets(List.of(ticket("T-1", Optional.of(RESPONDED), Optional.empty())), 1);
        TicketPause morning = pause("T-1", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");
        TicketPause overlapping = pause("T-1", "2026-10-05T10:30:00Z", "2026-10-05T12:00:00Z");

        assertThat(journal.storePauses(List.of(morning, overlapping, morning), 1)).isEmpty();
        assertThat(journal.storePauses(List.of(overlapping), 2)).isEmpty();

        assertThat(journal.pausesOf(List.of("T-1"))).containsExactly(morning, overlapping);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket_pause WHERE stored_run = 2", Long.class)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aPauseOfAnUnknownTicketIsRefused(String vendor) {
        open(vendor);
        journal.storeTickets(List.of(ticket("T-1", Optional.empty(), Optional.empty())), 1);
        TicketPause known = pause("T-1", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");
        TicketPause unknown = pause("T-404", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");
        TicketPause otherCase = pause("t-1", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");

        assertThat(journal.storePauses(List.of(unknown, known, otherCase), 1)).containsExactly(
                new Refusal(0, "ticket T-404 is not known: it is in no tickets.csv of this run or an earlier one"),
                new Refusal(2, "ticket t-1 is not known: it is in no tickets.csv of this run or an earlier one"));

        assertThat(journal.pausesOf(List.of("T-1", "T-404", "t-1"))).containsExactly(known);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aNewPauseOfAMeasuredTicketIsRefusedAndAStoredOneIgnored(String vendor) {
        open(vendor);
        journal.storeTickets(List.of(ticket("T-1", Optional.of(RESPONDED), Optional.of(RESOLVED)),
                ticket("T-2", Optional.empty(), Optional.empty())), 1);
        TicketPause counted = pause("T-1", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");
        journal.storePauses(List.of(counted), 1);
        measure("T-1", 4);
        TicketPause late = pause("T-1", "2026-10-05T12:00:00Z", "2026-10-05T13:00:00Z");
        TicketPause ofAnOpenTicket = pause("T-2", "2026-10-05T12:00:00Z", "2026-10-05T13:00:00Z");

        assertThat(journal.storePauses(List.of(counted, late, ofAnOpenTicket), 5)).containsExactly(
                new Refusal(1, "ticket T-1 was measured in run 4; its measurement is final"));

        assertThat(journal.pausesOf(List.of("T-2", "T-1"))).containsExactly(counted, ofAnOpenTicket);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aTicketIsMeasuredOnceEver(String vendor) {
        open(vendor);
        journal.storeTickets(List.of(ticket("T-1", Optional.empty(), Optional.empty())), 1);
        measure("T-1", 2);

        assertThatThrownBy(() -> measure("T-1", 3)).isInstanceOf(DataIntegrityViolationException.class);
        // and only a stored ticket is measured
        assertThatThrownBy(() -> measure("T-404", 3)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void unmeasuredTicketsArePagedInIdOrderEachWithItsOwnPauses(String vendor) {
        open(vendor);
        journal.storeTickets(List.of(ticket("T-3", Optional.empty(), Optional.empty()),
                ticket("T-1", Optional.empty(), Optional.empty()), ticket("T-5", Optional.empty(), Optional.empty()),
                ticket("T-2", Optional.empty(), Optional.empty()), ticket("T-4", Optional.empty(), Optional.empty())), 1);
        TicketPause late = pause("T-2", "2026-10-05T12:00:00Z", "2026-10-05T13:00:00Z");
        TicketPause early = pause("T-2", "2026-10-05T10:00:00Z", "2026-10-05T12:30:00Z");
        TicketPause ofMeasured = pause("T-3", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");
        TicketPause ofLast = pause("T-5", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");
        journal.storePauses(List.of(late, ofMeasured, ofLast, early), 1);
        measure("T-3", 2);

        List<TicketJournal.Waiting> first = journal.unmeasuredAfter(Optional.empty(), 2);
        assertThat(first).extracting(waiting -> waiting.ticket().ticketId()).containsExactly("T-1", "T-2");
        assertThat(first.get(0).pauses()).isEmpty();
        assertThat(first.get(1).pauses()).containsExactly(early, late);
        // T-3 is measured: the next page skips it, and its pause is no other ticket's
        List<TicketJournal.Waiting> second = journal.unmeasuredAfter(Optional.of("T-2"), 2);
        assertThat(second).extracting(waiting -> waiting.ticket().ticketId()).containsExactly("T-4", "T-5");
        assertThat(second.get(0).pauses()).isEmpty();
        assertThat(second.get(1).pauses()).containsExactly(ofLast);
        assertThat(journal.unmeasuredAfter(Optional.of("T-5"), 2)).isEmpty();
        assertThat(journal.unmeasuredAfter(Optional.empty(), 10)).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aRunsMissedTicketsAreReadAgainForTheirCreditsUntilTheyAreDecided(String vendor) {
        open(vendor);
        journal.storeTickets(List.of(ticket("T-1", Optional.of(RESPONDED), Optional.of(RESOLVED)),
                ticket("T-2", Optional.of(RESPONDED), Optional.of(RESOLVED))), 1);
        TicketPause paused = pause("T-1", "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z");
        journal.storePauses(List.of(paused), 1);
        measure("T-1", 2);
        measure("T-2", 3);
        MeasurementJournal measurements = new MeasurementJournal(jdbc);

        assertThat(journal.missedInRun(2, "K-1")).extracting(TicketJournal.Waiting::ticket)
                .containsExactly(ticket("T-1", Optional.of(RESPONDED), Optional.of(RESOLVED)));
        assertThat(journal.missedInRun(2, "K-1").get(0).pauses()).containsExactly(paused);
        assertThat(journal.missedInRun(2, "K-2")).isEmpty();
        assertThat(measurements.contractsOwingSupportCredits(2, List.of("standard-2024"))).containsExactly("K-1");
        assertThat(measurements.contractsOwingSupportCredits(2, List.of("plm-2022"))).isEmpty();
        assertThat(measurements.contractsOwingSupportCredits(2, List.of())).isEmpty();

        // decided: its SUP- claim is registered in the same transaction as the decision
        new ClaimRegister(jdbc).registerDecided(List.of(new Claim("SUP-T-1", "K-1", ServicePeriod.parse("2026-10"),
                REPORTED, Channel.SYSTEM, OptionalLong.empty(), false)), 2);
        assertThat(measurements.contractsOwingSupportCredits(2, List.of("standard-2024"))).isEmpty();
        assertThat(measurements.contractsOwingSupportCredits(3, List.of("standard-2024"))).containsExactly("K-1");
    }

    @Test
    void valuesTooLongForTheirColumnsAreFoundBeforeTheyAreStored() {
        String longId = "T".repeat(101);
        assertThat(TicketJournal.unfit(ticket(longId, Optional.empty(), Optional.empty())))
                .contains("ticket_id is longer than 100 characters");
        assertThat(TicketJournal.unfit(new Ticket("T-1", "K".repeat(101), "P1", REPORTED, Optional.empty(),
                Optional.empty()))).contains("contract_id is longer than 100 characters");
        assertThat(TicketJournal.unfit(new Ticket("T-1", "K-1", "P".repeat(101), REPORTED, Optional.empty(),
                Optional.empty()))).contains("priority is longer than 100 characters");
        assertThat(TicketJournal.unfit(ticket("T".repeat(100), Optional.empty(), Optional.empty()))).isEmpty();
        assertThat(TicketJournal.unfit(pause(longId, "2026-10-05T10:00:00Z", "2026-10-05T11:00:00Z")))
                .contains("ticket_id is longer than 100 characters");
    }

    private static Ticket ticket(String id, Optional<Instant> responded, Optional<Instant> resolved) {
        return new Ticket(id, "K-1", "P2", REPORTED, responded, resolved);
    }

    private static TicketPause pause(String ticketId, String start, String end) {
        return new TicketPause(ticketId, Instant.parse(start), Instant.parse(end));
    }

    private long storedRun(String ticketId) {
        return jdbc.queryForObject("SELECT stored_run FROM ticket WHERE ticket_id = ?", Long.class, ticketId);
    }

    /** What the measuring run will write; the journal only reads that a ticket is measured. */
    private void measure(String ticketId, long runId) {
        jdbc.update("INSERT INTO ticket_measurement (ticket_id, run_id, contract_id, customer_id, period, policy_id, "
                + "priority, response_calendar, resolution_calendar, reported_at, responded_at, resolved_at, "
                + "response_target_minutes, response_due, response_minutes, response, resolution_target_minutes, "
                + "resolution_due, resolution_minutes, paused_minutes, resolution) "
                + "VALUES (?, ?, 'K-1', 'CU-1', '2026-10', 'standard-2024', 'P2', 'office', 'office', ?, ?, ?, "
                + "120, '2026-10-05T11:15:00Z', 25, 'MET', 120, '2026-10-05T11:40:00Z', 260, 60, 'MISSED')",
                ticketId, runId, REPORTED.toString(), RESPONDED.toString(), RESOLVED.toString());
    }
}
