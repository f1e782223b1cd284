package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.BUILT_IN_PACKS;
import static com.slacredits.readers.CsvFiles.EXAMPLE_INPUT;
import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ExcusedWindow;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.ProbeStatus;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.WindowCause;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Reads every file of the October 2026 example, which must stay as the spec gives it. */
class ExampleInputTest {

    @Test
    void contractsAreAllRead() throws Exception {
        List<ReadResult<Contract>> results = read(EXAMPLE_INPUT.resolve("contracts.csv"),
                new ContractRows(BUILT_IN_PACKS));

        assertThat(rejections(results)).isEmpty();
        List<Contract> contracts = values(results);
        assertThat(contracts).extracting(Contract::contractId)
                .containsExactly("K-A1", "K-A2", "K-B1", "K-B2", "K-C1", "K-C2", "K-D1");
        assertThat(contracts.get(0)).isEqualTo(new Contract("K-A1", "CU-1", "Acme Logistics B.V.", "cu-1@example.com",
                "ENTERPRISE", "svc-a", new BigDecimal("60000.00"), Currency.getInstance("EUR"),
                LocalDate.of(2024, 3, 1), Optional.empty(), "standard-2024", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(contracts.get(2).currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(contracts.get(6).startDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(results.get(6).line()).isEqualTo(8);
    }

    @Test
    void theInvoiceIsRead() throws Exception {
        List<ReadResult<Invoice>> results = read(EXAMPLE_INPUT.resolve("invoices.csv"), new InvoiceRows());

        assertThat(values(results)).containsExactly(new Invoice("INV-C1-2026", "K-C1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("120000.00"), Currency.getInstance("EUR")));
        assertThat(results.get(0).line()).isEqualTo(2);
        assertThat(results.get(0).raw()).isEqualTo("INV-C1-2026,K-C1,2026-01-01,2026-12-31,120000.00,EUR");
    }

    @Test
    void bothWindowsAreRead() throws Exception {
        List<ReadResult<ExcusedWindow>> results = read(EXAMPLE_INPUT.resolve("windows.csv"), new WindowRows());

        assertThat(values(results)).containsExactly(
                new ExcusedWindow("W-1", "svc-a", WindowCause.MAINTENANCE, Instant.parse("2026-10-20T00:00:00Z"),
                        Instant.parse("2026-10-20T01:00:00Z"), Optional.of(Instant.parse("2026-10-17T07:00:00Z"))),
                new ExcusedWindow("W-2", "svc-b", WindowCause.MAINTENANCE, Instant.parse("2026-10-21T21:00:00Z"),
                        Instant.parse("2026-10-21T22:00:00Z"), Optional.of(Instant.parse("2026-10-20T21:30:00Z"))));
    }

    @Test
    void claimsAreReadAndTheOneWithoutOffsetIsRejected() throws Exception {
        List<ReadResult<Claim>> results = read(EXAMPLE_INPUT.resolve("claims.csv"), new ClaimRows());

        assertThat(results).hasSize(13);
        List<Claim> claims = values(results);
        assertThat(claims).extracting(Claim::claimId).containsExactly(
                "CL-01", "CL-02", "CL-03", "CL-04", "CL-05", "CL-06", "CL-07", "CL-08", "CL-09", "CL-10", "CL-11", "CL-12");
        assertThat(claims.get(0)).isEqualTo(new Claim("CL-01", "K-A1", ServicePeriod.month(YearMonth.of(2026, 10)),
                Instant.parse("2026-11-02T08:15:00Z"), Channel.EMAIL, OptionalLong.of(84), false));
        assertThat(claims.get(1).claimedDowntimeMinutes()).isEmpty();
        assertThat(claims.get(3).terminationElected()).isTrue();
        assertThat(claims.get(3).claimedDowntimeMinutes()).hasValue(1500);
        assertThat(claims.get(2).receivedAt()).isEqualTo(Instant.parse("2026-11-03T08:00:00Z"));
        assertThat(claims.get(6).channel()).isEqualTo(Channel.PHONE);
        assertThat(claims.get(7).receivedAt()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(rejections(results)).containsExactly(new RejectedRow("claims.csv", 14,
                "received_at has no UTC offset: 2026-11-02T09:00:00", "CL-13,K-A1,2026-10,2026-11-02T09:00:00,EMAIL,,"));
    }

    @Test
    void probesAreReadAndTheOneWithoutOffsetIsRejected() throws Exception {
        List<ReadResult<ProbeObservation>> results = read(EXAMPLE_INPUT.resolve("probes.csv"), new ProbeRows());

        assertThat(results).hasSize(134_101);
        assertThat(results.get(0).value()).isEqualTo(
                new ProbeObservation("svc-a", Instant.parse("2026-09-30T22:00:17Z"), ProbeStatus.UP));
        assertThat(values(results)).hasSize(134_100);
        assertThat(values(results)).filteredOn(probe -> probe.status() == ProbeStatus.DOWN).isNotEmpty();
        assertThat(rejections(results)).containsExactly(new RejectedRow("probes.csv", 134_102,
                "checked_at has no UTC offset: 2026-10-05T12:00:17", "svc-a,2026-10-05T12:00:17,DOWN,80"));
    }

    @Test
    void everyExampleHeaderPasses() {
        InputFolder folder = new InputFolder(EXAMPLE_INPUT);

        folder.checkHeaders();

        assertThat(folder.probes()).extracting(path -> path.getFileName().toString()).containsExactly("probes.csv");
        assertThat(folder.contracts()).isPresent();
    }
}
