package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.BUILT_IN_PACKS;
import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.readAll;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Contract;
import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.ProbeStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ReaderNotOpenException;

class CsvFileReaderTest {

    @TempDir
    Path folder;

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        Path file = write(folder, "probes.csv", "\uFEFFservice_id,checked_at,status\r\nsvc-a,2026-10-01T00:00:00Z,UP\r\n");

        List<ReadResult<ProbeObservation>> results = read(file, new ProbeRows());

        assertThat(values(results)).containsExactly(
                new ProbeObservation("svc-a", Instant.parse("2026-10-01T00:00:00Z"), ProbeStatus.UP));
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndExtraColumnsAreIgnored() throws Exception {
        Path file = write(folder, "probes.csv", """
                region,status,checked_at,service_id
                eu,DOWN,2026-10-01T02:00:00+02:00,svc-b
                """);

        List<ReadResult<ProbeObservation>> results = read(file, new ProbeRows());

        assertThat(values(results)).containsExactly(
                new ProbeObservation("svc-b", Instant.parse("2026-10-01T00:00:00Z"), ProbeStatus.DOWN));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() throws Exception {
        Path file = write(folder, "contracts.csv", "contract_id,customer_id,customer_name,customer_email,edition,"
                + "service_id,annual_fee,currency,start_date,end_date,policy\r\n"
                + "K-1,CU-1,\"Acme, \"\"the\"\" Best\",a@example.com,STARTER,svc-a,100.00,EUR,2026-01-01,,\r\n"
                + "K-2,CU-2,\"Two\r\nLines\r\nInc.\",,GROWTH,svc-b,12,USD,2026-01-01,2026-12-31,standard-2024\r\n"
                + "K-3,CU-3,Plain,,STARTER,svc-a,0,EUR,2026-01-01,,\r\n");

        List<ReadResult<Contract>> results = read(file, new ContractRows(BUILT_IN_PACKS));

        // a line break inside quotes is kept as written; the line end that closes a record is not part of it
        assertThat(values(results)).extracting(Contract::customerName)
                .containsExactly("Acme, \"the\" Best", "Two\r\nLines\r\nInc.");
        assertThat(results).extracting(ReadResult::line).containsExactly(2L, 3L, 6L);
        assertThat(results.get(1).raw())
                .isEqualTo("K-2,CU-2,\"Two\r\nLines\r\nInc.\",,GROWTH,svc-b,12,USD,2026-01-01,2026-12-31,standard-2024");
        assertThat(values(results).get(1).customerEmail()).isEmpty();
        assertThat(rejections(results)).containsExactly(new RejectedRow("contracts.csv", 6,
                "annual_fee must be above zero: 0", "K-3,CU-3,Plain,,STARTER,svc-a,0,EUR,2026-01-01,,"));
    }

    @Test
    void aMissingRequiredColumnFailsOpenNamingTheFileAndTheColumn() {
        Path file = write(folder, "claims.csv", """
                claim_id,contract_id,service_month,channel
                CL-1,K-1,2026-10,EMAIL
                """);
        CsvFileReader<?> reader = new CsvFileReader<>("claims", file, new ClaimRows());

        assertThatThrownBy(() -> reader.open(new ExecutionContext()))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("claims.csv lacks the required column received_at.")
                .satisfies(e -> assertThat(((MissingColumnException) e).column()).isEqualTo("received_at"))
                .satisfies(e -> assertThat(((MissingColumnException) e).fileName()).isEqualTo("claims.csv"));
    }

    @Test
    void severalMissingColumnsAreNamedInOneSentence() {
        Path file = write(folder, "probes-1.csv", "service_id\nsvc-a\n");

        assertThatThrownBy(() -> new ProbeRows().checkHeader(file))
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("probes-1.csv lacks the required columns checked_at and status.");
    }

    @Test
    void optionalColumnsMayBeAbsent() throws Exception {
        Path file = write(folder, "claims.csv", """
                claim_id,contract_id,service_month,received_at,channel
                CL-1,K-1,2026-10,2026-11-02T09:00:00Z,EMAIL
                """);

        List<ReadResult<com.slacredits.domain.Claim>> results = read(file, new ClaimRows());

        assertThat(values(results)).singleElement().satisfies(claim -> {
            assertThat(claim.claimedDowntimeMinutes()).isEmpty();
            assertThat(claim.terminationElected()).isFalse();
        });
    }

    @Test
    void aColumnNamedTwiceFailsTheFile() {
        Path file = write(folder, "probes.csv", "service_id,checked_at,status,status\n");

        assertThatThrownBy(() -> new ProbeRows().checkHeader(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage("probes.csv names the column status twice.");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        Path file = write(folder, "windows.csv", "");

        assertThatThrownBy(() -> new WindowRows().checkHeader(file))
                .isInstanceOf(InputFileException.class)
                .isNotInstanceOf(MissingColumnException.class)
                .hasMessage("windows.csv is empty: it has no header row.");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRejected() throws Exception {
        Path file = write(folder, "probes.csv", """
                service_id,checked_at,status
                svc-a,2026-10-01T00:00:00Z
                svc-a,2026-10-01T00:01:00Z,UP,extra
                svc-a,2026-10-01T00:02:00Z,UP
                """);

        List<ReadResult<ProbeObservation>> results = read(file, new ProbeRows());

        assertThat(rejections(results)).containsExactly(
                new RejectedRow("probes.csv", 2, "the row has 2 fields where the header has 3", "svc-a,2026-10-01T00:00:00Z"),
                new RejectedRow("probes.csv", 3, "the row has 4 fields where the header has 3",
                        "svc-a,2026-10-01T00:01:00Z,UP,extra"));
        assertThat(results.get(2).line()).isEqualTo(4);
        assertThat(results.get(2).isAccepted()).isTrue();
    }

    @Test
    void blankLinesAreNotRowsButStillCountAsLines() throws Exception {
        Path file = write(folder, "probes.csv", "service_id,checked_at,status\n\nsvc-a,2026-10-01T00:00:00Z,UP\n\n\n");

        List<ReadResult<ProbeObservation>> results = read(file, new ProbeRows());

        assertThat(results).singleElement().satisfies(result -> assertThat(result.line()).isEqualTo(3));
    }

    @Test
    void anUnclosedQuoteRejectsItsLineAndTheLinesAfterItAreStillRead() throws Exception {
        Path file = write(folder, "probes.csv", """
                service_id,checked_at,status
                "svc-a,2026-10-01T00:00:00Z,UP
                svc-a,2026-10-01T00:01:00Z,UP
                svc-b,2026-10-01T00:02:00Z,DOWN
                """);

        List<ReadResult<ProbeObservation>> results = read(file, new ProbeRows());

        assertThat(results).hasSize(3);
        assertThat(rejections(results)).containsExactly(new RejectedRow("probes.csv", 2,
                "the row has a quoted field that is not closed properly", "\"svc-a,2026-10-01T00:00:00Z,UP"));
        assertThat(results.get(1).line()).isEqualTo(3);
        assertThat(results.get(2).value())
                .isEqualTo(new ProbeObservation("svc-b", Instant.parse("2026-10-01T00:02:00Z"), ProbeStatus.DOWN));
    }

    @Test
    void aRecordOpenForTooManyLinesIsCutShortSoMemoryStaysBounded() throws Exception {
        StringBuilder text = new StringBuilder("service_id,checked_at,status\n\"svc-a,2026-10-01T00:00:00Z,UP\n");
        int rows = CsvRecords.MAX_RECORD_LINES + 500;
        for (int i = 0; i < rows; i++) {
            text.append("svc-a,2026-10-01T00:00:00Z,UP\n");
        }
        Path file = write(folder, "probes.csv", text.toString());

        List<ReadResult<ProbeObservation>> results = read(file, new ProbeRows());

        assertThat(rejections(results)).extracting(RejectedRow::line).containsExactly(2L);
        assertThat(values(results)).hasSize(rows);
        assertThat(results.get(results.size() - 1).line()).isEqualTo(rows + 2L);
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRow() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("service_id,checked_at,status\nsvc-".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(",2026-10-01T00:00:00Z,UP\nsvc-a,2026-10-01T00:00:00Z,UP\n".getBytes(StandardCharsets.UTF_8));
        Path file = CsvFiles.writeBytes(folder, "probes.csv", bytes.toByteArray());

        List<ReadResult<ProbeObservation>> results = read(file, new ProbeRows());

        assertThat(rejections(results)).singleElement().satisfies(rejected -> {
            assertThat(rejected.line()).isEqualTo(2);
            assertThat(rejected.reason()).isEqualTo("the row is not valid UTF-8");
            assertThat(rejected.raw()).isEqualTo("svc-\uFFFD,2026-10-01T00:00:00Z,UP");
        });
        assertThat(values(results)).hasSize(1);
    }

    @Test
    void updateSavesTheRecordsReadUnderThePrefixedKey() throws Exception {
        Path file = write(folder, "probes.csv", """
                service_id,checked_at,status
                svc-a,2026-10-01T00:00:00Z,UP
                svc-a,not-a-time,UP

                svc-a,2026-10-01T00:02:00Z,UP
                """);
        CsvFileReader<ProbeObservation> reader = new CsvFileReader<>("probes", file, new ProbeRows());
        ExecutionContext context = new ExecutionContext();
        reader.open(context);
        reader.read();
        reader.read();
        reader.update(context);
        reader.close();

        assertThat(reader.readCountKey()).isEqualTo("probes.read.count");
        assertThat(context.getLong("probes.read.count")).isEqualTo(2);
    }

    @Test
    void aRestartSkipsTheRecordsAlreadyRead() throws Exception {
        Path file = write(folder, "probes.csv", """
                service_id,checked_at,status
                svc-a,2026-10-01T00:00:00Z,UP
                "svc-a",2026-10-01T00:01:00Z,bad
                "svc
                -x",2026-10-01T00:02:00Z,DOWN

                svc-a,2026-10-01T00:03:00Z,UP
                """);
        ExecutionContext context = new ExecutionContext();
        context.putLong("probes.read.count", 3);

        List<ReadResult<ProbeObservation>> results =
                readAll(new CsvFileReader<>("probes", file, new ProbeRows()), context);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.line()).isEqualTo(7);
            assertThat(result.value().checkedAt()).isEqualTo(Instant.parse("2026-10-01T00:03:00Z"));
        });
    }

    @Test
    void aRestartGetsRecordNPlusOne() throws Exception {
        Path file = write(folder, "probes.csv", """
                service_id,checked_at,status
                svc-a,2026-10-01T00:00:00Z,UP
                svc-a,2026-10-01T00:01:00Z,UP
                svc-a,2026-10-01T00:02:00Z,DOWN
                svc-a,2026-10-01T00:03:00Z,UP
                """);
        ExecutionContext context = new ExecutionContext();
        context.putLong("probes.read.count", 2);
        CsvFileReader<ProbeObservation> reader = new CsvFileReader<>("probes", file, new ProbeRows());

        reader.open(context);
        ReadResult<ProbeObservation> third = reader.read();
        reader.update(context);
        reader.close();

        assertThat(third.line()).isEqualTo(4);
        assertThat(third.value().status()).isEqualTo(ProbeStatus.DOWN);
        assertThat(context.getLong("probes.read.count")).isEqualTo(3);
    }

    @Test
    void aRestartPastTheEndOfTheFileFailsBecauseTheFileChanged() {
        Path file = write(folder, "probes.csv", "service_id,checked_at,status\nsvc-a,2026-10-01T00:00:00Z,UP\n");
        ExecutionContext context = new ExecutionContext();
        context.putLong("probes.read.count", 5);
        CsvFileReader<ProbeObservation> reader = new CsvFileReader<>("probes", file, new ProbeRows());

        assertThatThrownBy(() -> reader.open(context))
                .isInstanceOf(InputFileException.class)
                .hasMessage("probes.csv has 1 rows, but the interrupted run had read 5: the file has changed since.");
    }

    @Test
    void readingBeforeOpeningIsAnError() {
        CsvFileReader<ProbeObservation> reader =
                new CsvFileReader<>("probes", folder.resolve("probes.csv"), new ProbeRows());

        assertThatThrownBy(reader::read).isInstanceOf(ReaderNotOpenException.class);
    }

    @Test
    void aMissingFileFailsOpen() {
        CsvFileReader<ProbeObservation> reader =
                new CsvFileReader<>("probes", folder.resolve("probes.csv"), new ProbeRows());

        assertThatThrownBy(() -> reader.open(new ExecutionContext()))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("probes.csv does not exist in ");
    }

    @Test
    void aLaterCheckCanRejectAnAcceptedRowWithItsPlaceAndText() throws Exception {
        Path file = write(folder, "invoices.csv", """
                invoice_id,contract_id,period_start,period_end,amount,currency
                INV-1,K-1,2026-01-01,2026-12-31,10.00,USD
                """);

        ReadResult<com.slacredits.domain.Invoice> invoice = read(file, new InvoiceRows()).get(0);

        assertThat(invoice.reject("currency USD is not the contract's EUR")).isEqualTo(new RejectedRow("invoices.csv", 2,
                "currency USD is not the contract's EUR", "INV-1,K-1,2026-01-01,2026-12-31,10.00,USD"));
    }
}
