package com.slacredits.readers;

import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.RejectedRow;
import com.slacredits.domain.support.Ticket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** tickets.csv (support-sla.md, section 1): the row checks, and instants to the whole second. */
class TicketRowsTest {

    private static final String HEADER = "ticket_id,contract_id,priority,reported_at,responded_at,resolved_at\n";
    private static final String GOOD = "T-0,K-0,P1,2026-10-01T09:00:00Z,,\n";

    @TempDir
    Path folder;

    @Test
    void aTicketIsReadWithItsInstantsInUtc() throws Exception {
        Path file = write(folder, "tickets.csv", HEADER
                + "T-1,K-1,P2,2026-10-03T14:34:56+02:00,2026-10-03T12:40:00Z,2026-10-05T08:00:00-01:00\n"
                + "T-2, K-2 ,P4,2026-10-03T12:00:00Z,,\n"
                + "T-3,K-1,P1,2026-10-03T12:00:00Z,,2026-10-03T13:00:00Z\n");

        List<ReadResult<Ticket>> results = read(file, new TicketRows());

        assertThat(rejections(results)).isEmpty();
        assertThat(values(results)).containsExactly(
                new Ticket("T-1", "K-1", "P2", Instant.parse("2026-10-03T12:34:56Z"),
                        Optional.of(Instant.parse("2026-10-03T12:40:00Z")),
                        Optional.of(Instant.parse("2026-10-05T09:00:00Z"))),
                new Ticket("T-2", "K-2", "P4", Instant.parse("2026-10-03T12:00:00Z"), Optional.empty(), Optional.empty()),
                // resolved without a recorded response
                new Ticket("T-3", "K-1", "P1", Instant.parse("2026-10-03T12:00:00Z"), Optional.empty(),
                        Optional.of(Instant.parse("2026-10-03T13:00:00Z"))));
    }

    @Test
    void fractionsOfASecondAreDroppedWhenTheRowIsRead() throws Exception {
        Path file = write(folder, "tickets.csv", HEADER
                + "T-1,K-1,P1,2026-10-03T12:34:56.999999999Z,2026-10-03T12:40:00.5+00:00,2026-10-03T13:00:00.001Z\n");

        assertThat(values(read(file, new TicketRows()))).containsExactly(
                new Ticket("T-1", "K-1", "P1", Instant.parse("2026-10-03T12:34:56Z"),
                        Optional.of(Instant.parse("2026-10-03T12:40:00Z")),
                        Optional.of(Instant.parse("2026-10-03T13:00:00Z"))));
    }

    @Test
    void fractionsAreDroppedBeforeTheRowIsChecked() throws Exception {
        // a response 0.8 s before the report in the same second is, to the whole second, at the report;
        // the same for a resolution 0.1 s before the response
        Path file = write(folder, "tickets.csv", HEADER
                + "T-1,K-1,P1,2026-10-03T12:00:00.900Z,2026-10-03T12:00:00.100Z,2026-10-03T12:00:00.050Z\n");

        List<ReadResult<Ticket>> results = read(file, new TicketRows());

        assertThat(rejections(results)).isEmpty();
        Instant second = Instant.parse("2026-10-03T12:00:00Z");
        assertThat(values(results)).containsExactly(
                new Ticket("T-1", "K-1", "P1", second, Optional.of(second), Optional.of(second)));
    }

    static Stream<Arguments> badTickets() {
        return Stream.of(
                Arguments.of(",K-1,P1,2026-10-03T12:00:00Z,,", "ticket_id is empty"),
                Arguments.of("  ,K-1,P1,2026-10-03T12:00:00Z,,", "ticket_id is empty"),
                Arguments.of("T-1,,P1,2026-10-03T12:00:00Z,,", "contract_id is empty"),
                Arguments.of("T-1,K-1,,2026-10-03T12:00:00Z,,", "priority is empty"),
                Arguments.of("T-1,K-1,P1,,,", "reported_at is empty"),
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:00,,", "reported_at has no UTC offset: 2026-10-03T12:00:00"),
                Arguments.of("T-1,K-1,P1,yesterday,,",
                        "reported_at is not an ISO-8601 instant with an offset: yesterday"),
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:00Z,2026-13-03T12:00:00Z,",
                        "responded_at is not an ISO-8601 instant with an offset: 2026-13-03T12:00:00Z"),
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:00Z,,2026-10-03 13:00",
                        "resolved_at is not an ISO-8601 instant with an offset: 2026-10-03 13:00"),
                Arguments.of("T-1,K-1,P1,1969-12-31T23:59:59Z,,",
                        "reported_at is outside the years 1970 to 9999: 1969-12-31T23:59:59Z"),
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:00Z,2026-10-03T11:59:59Z,",
                        "responded_at 2026-10-03T11:59:59Z is before reported_at 2026-10-03T12:00:00Z"),
                // offsets compare as instants: 13:30+02:00 is 11:30Z
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:00Z,2026-10-03T13:30:00+02:00,",
                        "responded_at 2026-10-03T13:30:00+02:00 is before reported_at 2026-10-03T12:00:00Z"),
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:00Z,,2026-10-03T11:00:00Z",
                        "resolved_at 2026-10-03T11:00:00Z is before reported_at 2026-10-03T12:00:00Z"),
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:00Z,2026-10-03T12:30:00Z,2026-10-03T12:29:59Z",
                        "resolved_at 2026-10-03T12:29:59Z is before responded_at 2026-10-03T12:30:00Z"),
                // a whole second apart still counts, fractions or not
                Arguments.of("T-1,K-1,P1,2026-10-03T12:00:01.000Z,2026-10-03T12:00:00.999Z,",
                        "responded_at 2026-10-03T12:00:00.999Z is before reported_at 2026-10-03T12:00:01.000Z"));
    }

    @ParameterizedTest
    @MethodSource("badTickets")
    void aBadRowIsRejectedWithItsReasonAndTheRowsAroundItAreRead(String row, String reason) throws Exception {
        Path file = write(folder, "tickets.csv", HEADER + GOOD + row + "\n" + "T-9,K-9,P3,2026-10-09T09:00:00Z,,\n");

        List<ReadResult<Ticket>> results = read(file, new TicketRows());

        assertThat(rejections(results)).containsExactly(new RejectedRow("tickets.csv", 3, reason, row));
        assertThat(values(results)).extracting(Ticket::ticketId).containsExactly("T-0", "T-9");
    }

    @Test
    void aResponseOrResolutionAtTheReportIsNoBadRow() throws Exception {
        Path file = write(folder, "tickets.csv", HEADER
                + "T-1,K-1,P1,2026-10-03T12:00:00Z,2026-10-03T12:00:00Z,2026-10-03T12:00:00Z\n");

        assertThat(rejections(read(file, new TicketRows()))).isEmpty();
    }

    @Test
    void aRepeatedTicketIsLeftToTheJournalThatKnowsWhatIsStored() throws Exception {
        // the portal exports a ticket again as it progresses: each row is read, in file order
        Path file = write(folder, "tickets.csv", HEADER
                + "T-1,K-1,P1,2026-10-03T12:00:00Z,,\n"
                + "T-1,K-1,P1,2026-10-03T12:00:00Z,2026-10-03T12:10:00Z,\n"
                + "T-1,K-1,P1,2026-10-03T12:00:00Z,2026-10-03T12:10:00Z,\n");

        List<ReadResult<Ticket>> results = read(file, new TicketRows());

        assertThat(rejections(results)).isEmpty();
        assertThat(values(results)).extracting(Ticket::respondedAt).containsExactly(Optional.empty(),
                Optional.of(Instant.parse("2026-10-03T12:10:00Z")), Optional.of(Instant.parse("2026-10-03T12:10:00Z")));
    }

    @Test
    void aCheckOfWhatTheRowCannotTellRejectsTheRowWithItsReason() throws Exception {
        Path file = write(folder, "tickets.csv", HEADER + GOOD
                + "T-1,K-404,P1,2026-10-03T12:00:00.700Z,,\n"
                + "T-2,K-1,P1,2026-10-03T12:00:00Z,,\n");
        RowCheck<Ticket> knownContracts = ticket -> ticket.contractId().equals("K-404")
                ? Optional.of("contract_id names an unknown contract: " + ticket.contractId() + " reported at "
                        + ticket.reportedAt())
                : Optional.empty();

        List<ReadResult<Ticket>> results = read(file, new TicketRows(knownContracts));

        // the check sees the ticket as read, to the whole second
        assertThat(rejections(results)).containsExactly(new RejectedRow("tickets.csv", 3,
                "contract_id names an unknown contract: K-404 reported at 2026-10-03T12:00:00Z",
                "T-1,K-404,P1,2026-10-03T12:00:00.700Z,,"));
        assertThat(values(results)).extracting(Ticket::ticketId).containsExactly("T-0", "T-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"responded_at", "resolved_at", "priority"})
    void everyColumnIsRequiredEvenThoseThatMayBeEmpty(String missing) {
        String header = HEADER.strip().replace("," + missing, "");
        Path file = write(folder, "tickets.csv", header + "\n");

        assertThatThrownBy(() -> new TicketRows().checkHeader(file))
                .isInstanceOf(MissingColumnException.class).hasMessageContaining(missing);
    }

    @Test
    void columnsAreFoundByNameInAnyOrderBesideUnknownOnes() throws Exception {
        Path file = write(folder, "tickets.csv", "resolved_at,portal_url,priority,ticket_id,reported_at,contract_id,"
                + "responded_at\n,https://portal/1,P2,T-1,2026-10-03T12:00:00Z,K-1,\n");

        assertThat(values(read(file, new TicketRows()))).containsExactly(new Ticket("T-1", "K-1", "P2",
                Instant.parse("2026-10-03T12:00:00Z"), Optional.empty(), Optional.empty()));
    }
}
