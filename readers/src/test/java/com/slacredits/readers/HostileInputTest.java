package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.BUILT_IN_PACKS;
import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.readAll;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Claim;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ProbeObservation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files as a broken export or a hostile hand produces them. Each must give either one clear sentence
 * that stops the run, or rejected rows with their reasons: never rows that quietly disappear. The
 * cases the other reader tests already pin are not repeated here.
 */
class HostileInputTest {

    private static final String CLAIMS_HEADER =
            "claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate";
    private static final String PROBES_HEADER = "service_id,checked_at,status";
    private static final String CONTRACTS_HEADER = "contract_id,customer_id,customer_name,customer_email,edition,"
            + "service_id,annual_fee,currency,start_date,end_date,policy";
    private static final int ONE_MIB = 1 << 20;

    @TempDir
    Path folder;

    /** Nothing, or only what an editor leaves in an empty file: there is no header to find. */
    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\r\n\r\n", "\uFEFF", "\uFEFF\r\n"})
    void anEmptyClaimsFileStopsTheRunNamingTheFile(String content) {
        write(folder, "claims.csv", content);

        assertThatThrownBy(() -> new InputFolder(folder).checkHeaders())
                .isInstanceOf(InputFileException.class)
                .hasMessage("claims.csv is empty: it has no header row.");
        assertThatThrownBy(() -> read(folder.resolve("claims.csv"), new ClaimRows()))
                .isInstanceOf(InputFileException.class)
                .hasMessage("claims.csv is empty: it has no header row.");
    }

    @Test
    void anEmptyProbesFileAmongGoodOnesStopsTheRunBeforeAnyIsRead() {
        write(folder, "probes-1.csv", PROBES_HEADER + "\nsvc-a,2026-10-01T00:00:00Z,UP\n");
        write(folder, "probes-2.csv", "");
        InputFolder input = new InputFolder(folder);

        assertThatThrownBy(input::checkHeaders)
                .isInstanceOf(InputFileException.class)
                .hasMessage("probes-2.csv is empty: it has no header row.");
        assertThatThrownBy(() -> readAll(new MultiFileReader<>("probes", input.probes(), new ProbeRows())))
                .isInstanceOf(InputFileException.class)
                .hasMessage("probes-2.csv is empty: it has no header row.");
    }

    @Test
    void aHeaderOnlyClaimsFileHasNoRowsAndNothingRejected() throws Exception {
        Path claims = write(folder, "claims.csv", CLAIMS_HEADER + "\n");

        assertThatCode(() -> new InputFolder(folder).checkHeaders()).doesNotThrowAnyException();
        assertThat(read(claims, new ClaimRows())).isEmpty();
    }

    @Test
    void aHeaderOnlyProbesFileHasNoRowsAndIsNotTakenForTheWrongFile() throws Exception {
        Path probes = write(folder, "probes.csv", PROBES_HEADER);

        assertThatCode(() -> WrongFileRule.sample(probes, new ProbeRows())).doesNotThrowAnyException();
        assertThat(readAll(new MultiFileReader<>("probes", List.of(probes), new ProbeRows()))).isEmpty();
    }

    @Test
    void aLatin1ByteInAContractRowRejectsThatRowAndStillNamesItsContract() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((CONTRACTS_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("K-1,CU-1,M\u00fcller GmbH,,STARTER,svc-a,100.00,EUR,2026-01-01,,\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("K-2,CU-2,Mueller AG,,STARTER,svc-a,100.00,EUR,2026-01-01,,\n".getBytes(StandardCharsets.UTF_8));
        Path file = CsvFiles.writeBytes(folder, "contracts.csv", bytes.toByteArray());

        List<ReadResult<Contract>> rows = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(rejections(rows)).containsExactly(new RejectedRow("contracts.csv", 2, "the row is not valid UTF-8",
                "K-1,CU-1,M\uFFFDller GmbH,,STARTER,svc-a,100.00,EUR,2026-01-01,,"));
        // without its id, a claim on K-1 would be rejected for good as UNKNOWN_CONTRACT instead of waiting
        assertThat(rows.get(0).key()).contains("K-1");
        assertThat(values(rows)).extracting(Contract::contractId).containsExactly("K-2");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    /** U+FFFD written as UTF-8 is a character like any other; only bytes that are not UTF-8 reject a row. */
    @Test
    void aReplacementCharacterCorrectlyEncodedIsAValueAndSupplementaryCharactersToo() throws Exception {
        Path file = write(folder, "contracts.csv", CONTRACTS_HEADER + "\n"
                + "K-1,CU-1,Caf\uFFFD \uD800\uDFFF \uDBFF\uDFFF,,STARTER,svc-a,100.00,EUR,2026-01-01,,\n");

        List<ReadResult<Contract>> rows = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(rejections(rows)).isEmpty();
        assertThat(values(rows)).extracting(Contract::customerName)
                .containsExactly("Caf\uFFFD \uD800\uDFFF \uDBFF\uDFFF");
    }

    @Test
    void aLatin1ByteInTheHeaderStopsTheRun() {
        byte[] header = (CONTRACTS_HEADER + ",bemerkung_f\u00fcr_buchhaltung\n").getBytes(StandardCharsets.ISO_8859_1);
        CsvFiles.writeBytes(folder, "contracts.csv", header);

        assertThatThrownBy(() -> new InputFolder(folder).checkHeaders())
                .isInstanceOf(InputFileException.class)
                .hasMessage("contracts.csv has an unreadable header row: the row is not valid UTF-8.");
    }

    @Test
    void aLineOfOneMebibyteIsReadAsARowAndTheRowsAfterItToo() throws Exception {
        String longService = "s".repeat(ONE_MIB);
        Path file = write(folder, "probes.csv", PROBES_HEADER + "\n"
                + "svc-a,2026-10-01T00:00:00Z,UP\n"
                + longService + ",2026-10-01T00:01:00Z,DOWN\n"
                + "svc-a,2026-10-01T00:02:00Z,UP\n");

        List<ReadResult<ProbeObservation>> rows = read(file, new ProbeRows());

        // the reader holds no length limit of its own: the column a value is stored in does (SlotRepository)
        assertThat(rows).extracting(ReadResult::line).containsExactly(2L, 3L, 4L);
        assertThat(values(rows)).extracting(probe -> probe.serviceId().length()).containsExactly(5, ONE_MIB, 5);
    }

    @Test
    void aLineLongerThanAnyColumnIsOneRejectedRowHeldOnlyInPartAndTheRowsAfterItAreRead() throws Exception {
        int length = CsvRecords.MAX_LINE_CHARS + 1;
        Path file = write(folder, "probes.csv", PROBES_HEADER + "\n"
                + "s".repeat(length) + ",2026-10-01T00:01:00Z,DOWN\r\n"
                + "svc-b,2026-10-01T00:02:00Z,UP\n");

        List<ReadResult<ProbeObservation>> rows = read(file, new ProbeRows());

        assertThat(rejections(rows)).extracting(RejectedRow::line, RejectedRow::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "the row is longer than 16,777,216 characters"));
        assertThat(rows.get(0).raw()).hasSize(CsvRecords.MAX_LINE_CHARS);
        assertThat(values(rows)).extracting(ProbeObservation::serviceId).containsExactly("svc-b");
        assertThat(rows).extracting(ReadResult::line).containsExactly(2L, 3L);
    }

    /** A lone CR, or an LF in a file of CRLF lines, inside quotes is a value's own character. */
    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\r\n"})
    void aLineBreakInsideQuotesIsKeptAsWritten(String lineBreak) throws Exception {
        Path file = write(folder, "contracts.csv", CONTRACTS_HEADER + "\r\n"
                + "K-1,CU-1,\"" + lineBreak + "Acme" + lineBreak + "Logistics\",,STARTER,svc-a,100.00,EUR,2026-01-01,,\r\n"
                + "K-2,CU-2,Brightside,,STARTER,svc-a,100.00,EUR,2026-01-01,,\r\n");

        List<ReadResult<Contract>> rows = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(values(rows)).extracting(Contract::customerName)
                .containsExactly(lineBreak + "Acme" + lineBreak + "Logistics", "Brightside");
        assertThat(rows).extracting(ReadResult::line).containsExactly(2L, 5L);
    }

    @Test
    void aLineOfOneMebibyteWithAQuoteNeverClosedIsOneRejectedRowAndTheRowsAfterItAreRead() throws Exception {
        String open = "\"svc-a" + "x".repeat(ONE_MIB) + ",2026-10-01T00:01:00Z,DOWN";
        Path file = write(folder, "probes.csv", PROBES_HEADER + "\n"
                + open + "\n"
                + "svc-b,2026-10-01T00:02:00Z,UP\n"
                + "svc-c,2026-10-01T00:03:00Z,UP\n");

        List<ReadResult<ProbeObservation>> rows = read(file, new ProbeRows());

        assertThat(rejections(rows)).containsExactly(new RejectedRow("probes.csv", 2,
                "the row has a quoted field that is not closed properly", open));
        assertThat(values(rows)).extracting(ProbeObservation::serviceId).containsExactly("svc-b", "svc-c");
        assertThat(rows).extracting(ReadResult::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aContractRowWhoseQuoteNeverClosesStillNamesItsContract() throws Exception {
        Path file = write(folder, "contracts.csv", CONTRACTS_HEADER + "\n"
                + "K-1,CU-1,\"Acme, Logistics,,STARTER,svc-a,100.00,EUR,2026-01-01,,\n"
                + "K-2,CU-2,Brightside,,STARTER,svc-a,100.00,EUR,2026-01-01,,\n");

        List<ReadResult<Contract>> rows = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(rejections(rows)).extracting(RejectedRow::line, RejectedRow::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L,
                        "the row has a quoted field that is not closed properly"));
        // the fields before the opening quote are where the header says; what follows it is not
        assertThat(rows.get(0).key()).contains("K-1");
        assertThat(values(rows)).extracting(Contract::contractId).containsExactly("K-2");
    }

    @Test
    void aRowWhoseQuoteOpensOnItsKeyNamesNoContract() throws Exception {
        Path file = write(folder, "contracts.csv", CONTRACTS_HEADER + "\n"
                + "\"K-1,CU-1,Acme,,STARTER,svc-a,100.00,EUR,2026-01-01,,\n");

        List<ReadResult<Contract>> rows = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.isRejected()).isTrue();
            assertThat(row.key()).isEmpty();
        });
    }

    /** The years are those of the instant in UTC: an offset can carry a time written in 9999 past them. */
    @Test
    void anInstantInTheYear9999IsReadUpToItsLastNanosecondInUtc() throws Exception {
        Path file = write(folder, "claims.csv", CLAIMS_HEADER + "\n"
                + "CL-1,K-1,2026-10,9999-12-31T23:59:59.999999999Z,EMAIL,,\n"
                + "CL-2,K-1,2026-10,9999-12-31T23:59:59+00:00,EMAIL,,\n"
                + "CL-3,K-1,2026-10,9999-12-31T23:30:00-01:00,EMAIL,,\n");

        List<ReadResult<Claim>> rows = read(file, new ClaimRows());

        assertThat(values(rows)).extracting(Claim::receivedAt).containsExactly(
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(rejections(rows)).extracting(RejectedRow::reason)
                .containsExactly("received_at is outside the years 1970 to 9999: 9999-12-31T23:30:00-01:00");
    }

    @Test
    void aRegularFileGivenAsTheInputFolderIsSaidToBeAFile() {
        Path file = write(folder, "claims.csv", CLAIMS_HEADER + "\n");

        assertThatThrownBy(() -> new InputFolder(file))
                .isInstanceOf(InputFileException.class)
                .hasMessage("The input " + file + " is a file, not a folder.");
    }
}
