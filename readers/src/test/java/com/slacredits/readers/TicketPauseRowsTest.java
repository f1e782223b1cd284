package com.slacredits.readers;

import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.RejectedRow;
import com.slacredits.domain.support.TicketPause;
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

/** ticket-pauses.csv (support-sla.md, section 1): end after start, to the whole second. */
class TicketPauseRowsTest {

    private static final String HEADER = "ticket_id,starts_at,ends_at\n";
    private static final String GOOD = "T-0,2026-10-01T09:00:00Z,2026-10-01T10:00:00Z\n";

    @TempDir
    Path folder;

    @Test
    void pausesAreReadInUtcAndToTheWholeSecond() throws Exception {
        Path file = write(folder, "ticket-pauses.csv", HEADER
                + "T-1,2026-10-03T14:00:00.250+02:00,2026-10-03T12:30:00.999Z\n"
                // pauses of one ticket may overlap: each is read as it is
                + "T-1,2026-10-03T12:15:00Z,2026-10-03T13:00:00Z\n");

        List<ReadResult<TicketPause>> results = read(file, new TicketPauseRows());

        assertThat(rejections(results)).isEmpty();
        assertThat(values(results)).containsExactly(
                new TicketPause("T-1", Instant.parse("2026-10-03T12:00:00Z"), Instant.parse("2026-10-03T12:30:00Z")),
                new TicketPause("T-1", Instant.parse("2026-10-03T12:15:00Z"), Instant.parse("2026-10-03T13:00:00Z")));
    }

    static Stream<Arguments> badPauses() {
        return Stream.of(
                Arguments.of(",2026-10-03T12:00:00Z,2026-10-03T13:00:00Z", "ticket_id is empty"),
                Arguments.of("T-1,,2026-10-03T13:00:00Z", "starts_at is empty"),
                Arguments.of("T-1,2026-10-03T12:00:00Z,", "ends_at is empty"),
                Arguments.of("T-1,2026-10-03T12:00:00,2026-10-03T13:00:00Z",
                        "starts_at has no UTC offset: 2026-10-03T12:00:00"),
                Arguments.of("T-1,2026-10-03T12:00:00Z,soon",
                        "ends_at is not an ISO-8601 instant with an offset: soon"),
                Arguments.of("T-1,2026-10-03T12:00:00Z,2026-10-03T12:00:00Z",
                        "ends_at 2026-10-03T12:00:00Z is not after starts_at 2026-10-03T12:00:00Z"),
                Arguments.of("T-1,2026-10-03T12:00:00Z,2026-10-03T11:00:00Z",
                        "ends_at 2026-10-03T11:00:00Z is not after starts_at 2026-10-03T12:00:00Z"),
                // after in the file, but the same second once the fractions are dropped
                Arguments.of("T-1,2026-10-03T12:00:00.200Z,2026-10-03T12:00:00.800Z",
                        "ends_at 2026-10-03T12:00:00.800Z is not after starts_at 2026-10-03T12:00:00.200Z to the whole second"),
                Arguments.of("T-1,2026-10-03T14:00:00+02:00,2026-10-03T12:00:00Z",
                        "ends_at 2026-10-03T12:00:00Z is not after starts_at 2026-10-03T14:00:00+02:00 to the whole second"));
    }

    @ParameterizedTest
    @MethodSource("badPauses")
    void aBadRowIsRejectedWithItsReasonAndTheRowsAroundItAreRead(String row, String reason) throws Exception {
        Path file = write(folder, "ticket-pauses.csv", HEADER + GOOD + row + "\n"
                + "T-9,2026-10-09T09:00:00Z,2026-10-09T09:00:01Z\n");

        List<ReadResult<TicketPause>> results = read(file, new TicketPauseRows());

        assertThat(rejections(results)).containsExactly(new RejectedRow("ticket-pauses.csv", 3, reason, row));
        assertThat(values(results)).extracting(TicketPause::ticketId).containsExactly("T-0", "T-9");
    }

    @Test
    void aCheckOfWhatTheRowCannotTellRejectsTheRowWithItsReason() throws Exception {
        Path file = write(folder, "ticket-pauses.csv", HEADER + GOOD + "T-404,2026-10-03T12:00:00Z,2026-10-03T13:00:00Z\n");
        RowCheck<TicketPause> knownTickets = pause -> pause.ticketId().equals("T-404")
                ? Optional.of("ticket_id names an unknown ticket: T-404") : Optional.empty();

        List<ReadResult<TicketPause>> results = read(file, new TicketPauseRows(knownTickets));

        assertThat(rejections(results)).extracting(RejectedRow::reason)
                .containsExactly("ticket_id names an unknown ticket: T-404");
        assertThat(values(results)).extracting(TicketPause::ticketId).containsExactly("T-0");
    }

    @Test
    void everyColumnIsRequired() {
        Path file = write(folder, "ticket-pauses.csv", "ticket_id,starts_at\n");

        assertThatThrownBy(() -> new TicketPauseRows().checkHeader(file))
                .isInstanceOf(MissingColumnException.class).hasMessageContaining("ends_at");
    }
}
