package com.slacredits.readers;

import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFolderTest {

    @TempDir
    Path folder;

    @Test
    void checkHeadersNamesTheFileAndTheColumnMissing() {
        write(folder, "claims.csv", "claim_id,contract_id,service_month,received_at,channel\n");
        write(folder, "windows.csv", "window_id,service_id,cause,starts_at\n");

        assertThatThrownBy(() -> new InputFolder(folder).checkHeaders())
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("windows.csv lacks the required column ends_at.");
    }

    @Test
    void everyFileButProbesMayBeAbsentClaimsToo() {
        write(folder, "probes.csv", "service_id,checked_at,status\n");

        InputFolder input = new InputFolder(folder);
        input.checkHeaders();

        assertThat(input.contracts()).isEmpty();
        assertThat(input.invoices()).isEmpty();
        assertThat(input.windows()).isEmpty();
        assertThat(input.claims()).isEmpty();
        assertThat(input.probes()).containsExactly(folder.resolve("probes.csv"));
    }

    @Test
    void ticketFilesAreFoundAndTheirHeadersCheckedBeforeTheClaims() {
        Path tickets = write(folder, "tickets.csv", "ticket_id,contract_id,priority,reported_at,responded_at,resolved_at\n");
        write(folder, "ticket-pauses.csv", "ticket_id,starts_at\n");
        write(folder, "claims.csv", "claim_id,contract_id,received_at,channel\n");

        InputFolder input = new InputFolder(folder);

        assertThat(input.tickets()).contains(tickets);
        assertThat(input.ticketPauses()).contains(folder.resolve("ticket-pauses.csv"));
        assertThatThrownBy(input::checkHeaders)
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("ticket-pauses.csv lacks the required column ends_at.");
    }

    @Test
    void ticketFilesMayBeAbsent() {
        InputFolder input = new InputFolder(folder);

        assertThat(input.tickets()).isEmpty();
        assertThat(input.ticketPauses()).isEmpty();
    }

    @Test
    void anEmptyFolderPassesTheHeaderCheck() {
        InputFolder input = new InputFolder(folder);

        input.checkHeaders();

        assertThat(input.claims()).isEmpty();
        assertThat(input.probes()).isEmpty();
    }

    @Test
    void aClaimsFilePresentIsFound() {
        Path claims = write(folder, "claims.csv", "claim_id,contract_id,period,received_at,channel\n");

        InputFolder input = new InputFolder(folder);
        input.checkHeaders();

        assertThat(input.claims()).contains(claims);
    }

    @Test
    void aClaimsHeaderWithNeitherServiceMonthNorPeriodFailsTheCheck() {
        write(folder, "claims.csv", "claim_id,contract_id,received_at,channel,claimed_downtime_minutes\n");

        assertThatThrownBy(() -> new InputFolder(folder).checkHeaders())
                .isInstanceOf(MissingColumnException.class)
                .hasMessage("claims.csv lacks the required column service_month or period.");
    }

    @Test
    void aContractsHeaderNeedsNoGuaranteeColumn() {
        write(folder, "contracts.csv", "contract_id,customer_id,customer_name,edition,service_id,annual_fee,currency,"
                + "start_date\n");

        new InputFolder(folder).checkHeaders();

        assertThat(Header.read(folder.resolve("contracts.csv")).has("guarantee_pct")).isFalse();
    }

    @Test
    void headersAloneAreEnough() {
        write(folder, "claims.csv", "\uFEFFchannel,received_at,service_month,contract_id,claim_id,note\n");

        new InputFolder(folder).checkHeaders();

        assertThat(Header.read(folder.resolve("claims.csv")).names())
                .containsExactly("channel", "received_at", "service_month", "contract_id", "claim_id", "note");
    }

    @Test
    void aFolderThatIsNotThereFails() {
        assertThatThrownBy(() -> new InputFolder(folder.resolve("nope")))
                .isInstanceOf(InputFileException.class)
                .hasMessage("The input folder " + folder.resolve("nope") + " does not exist.");
    }
}
