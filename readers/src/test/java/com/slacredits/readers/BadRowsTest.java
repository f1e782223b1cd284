package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.BUILT_IN_PACKS;
import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Contract;
import com.slacredits.domain.Invoice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad row of each kind per file: each sits on line 3 after a good row, and must come back as a
 * rejection with that line, the reason, and its text as written.
 */
class BadRowsTest {

    private static final String CONTRACTS_HEADER = "contract_id,customer_id,customer_name,customer_email,edition,service_id,"
            + "annual_fee,currency,start_date,end_date,policy";
    private static final String GOOD_CONTRACT = "K-0,CU-0,Zero,,STARTER,svc-a,1200.00,EUR,2026-01-01,,";
    private static final String INVOICES_HEADER = "invoice_id,contract_id,period_start,period_end,amount,currency";
    private static final String GOOD_INVOICE = "INV-0,K-0,2026-01-01,2026-01-31,100.00,EUR";
    private static final String PROBES_HEADER = "service_id,checked_at,status";
    private static final String GOOD_PROBE = "svc-a,2026-10-01T00:00:00Z,UP";
    private static final String WINDOWS_HEADER = "window_id,service_id,cause,starts_at,ends_at,announced_at";
    private static final String GOOD_WINDOW = "W-0,svc-a,CUSTOMER,2026-10-01T00:00:00Z,2026-10-01T01:00:00Z,";
    private static final String CLAIMS_HEADER =
            "claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate";
    private static final String GOOD_CLAIM = "CL-0,K-0,2026-10,2026-11-01T00:00:00Z,EMAIL,,";

    @TempDir
    Path folder;

    static Stream<Arguments> badContracts() {
        return Stream.of(
                Arguments.of(",CU-1,A,,STARTER,svc-a,100.00,EUR,2026-01-01,,", "contract_id is empty"),
                Arguments.of("K-1,CU-1,,,STARTER,svc-a,100.00,EUR,2026-01-01,,", "customer_name is empty"),
                Arguments.of("K-1,CU-1,A,,Starter,svc-a,100.00,EUR,2026-01-01,,",
                        "edition is not an edition of policy pack standard-2024"
                                + " (CUSTOM, ENTERPRISE, ESSENTIAL, GROWTH, STARTER): Starter"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.001,EUR,2026-01-01,,",
                        "annual_fee has more decimals than EUR allows (2): 100.001"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,1000.5,JPY,2026-01-01,,",
                        "annual_fee has more decimals than JPY allows (0): 1000.5"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,-5.00,EUR,2026-01-01,,", "annual_fee must be above zero: -5.00"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,1e3,EUR,2026-01-01,,", "annual_fee is not a decimal number: 1e3"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,\"1,000.00\",EUR,2026-01-01,,",
                        "annual_fee is not a decimal number: 1,000.00"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,EURO,2026-01-01,,",
                        "currency is not an ISO 4217 currency code: EURO"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,XYZ,2026-01-01,,",
                        "currency is not an ISO 4217 currency code: XYZ"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,XXX,2026-01-01,,",
                        "currency is not a currency with minor units: XXX"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,XTS,2026-01-01,,",
                        "currency is not a currency with minor units: XTS"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,XAU,2026-01-01,,",
                        "currency is not a currency with minor units: XAU"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,EUR,2026-02-30,,",
                        "start_date is not a date (YYYY-MM-DD): 2026-02-30"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,EUR,2026-01-01,01/02/2026,",
                        "end_date is not a date (YYYY-MM-DD): 01/02/2026"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,EUR,2026-01-01,2025-12-31,",
                        "end_date 2025-12-31 is before start_date 2026-01-01"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,100.00,EUR,2026-01-01,,gold-2030",
                        "policy names an unknown policy pack: gold-2030"),
                // poison values: each once made "run the same command again" fail at a later step
                Arguments.of("K-1," + "/".repeat(100) + ",A,,STARTER,svc-a,100.00,EUR,2026-01-01,,",
                        "customer_id is too long to name its statement file (255 bytes once escaped)"),
                Arguments.of("K-1,CU-1,A,,STARTER,svc-a,1000000000000.01,EUR,2026-01-01,,",
                        "annual_fee is more than 1000000000000, the most an amount may be: 1000000000000.01"));
    }

    @ParameterizedTest
    @MethodSource("badContracts")
    void badContractRows(String row, String reason) throws Exception {
        assertRejected("contracts.csv", CONTRACTS_HEADER, GOOD_CONTRACT, row, reason,
                new ContractRows(BUILT_IN_PACKS));
    }

    @Test
    void spacesAroundAValueAreIgnored() throws Exception {
        Path file = write(folder, "contracts.csv", CONTRACTS_HEADER + "\n"
                + " K-1 ,CU-1,\tAcme Logistics ,, STARTER,svc-a, 1200.00 , EUR ,2026-01-01 ,,\n");

        Contract contract = values(read(file, new ContractRows(BUILT_IN_PACKS))).get(0);

        assertThat(contract.contractId()).isEqualTo("K-1");
        assertThat(contract.customerName()).isEqualTo("Acme Logistics");
        assertThat(contract.annualFee()).isEqualTo(new BigDecimal("1200.00"));
        assertThat(contract.currency()).isEqualTo(Currency.getInstance("EUR"));
    }

    @Test
    void aRejectedContractRowStillNamesItsContract() throws Exception {
        Path file = write(folder, "contracts.csv", CONTRACTS_HEADER + "\n"
                + "K-7,CU-1,A,,STARTER,svc-a,100.00,EURO,2026-01-01,,\n"
                + ",CU-1,A,,STARTER,svc-a,100.00,EURO,2026-01-01,,\n"
                + "K-8,CU-1,A\n");

        List<ReadResult<Contract>> rows = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(rows).allMatch(ReadResult::isRejected);
        assertThat(rows.get(0).key()).contains("K-7");
        assertThat(rows.get(1).key()).as("no id to wait for").isEmpty();
        assertThat(rows.get(2).key()).as("too few fields to know which is the id").isEmpty();
    }

    @Test
    void contractAmountsAreExactAtTheCurrencyScale() throws Exception {
        Path file = write(folder, "contracts.csv", CONTRACTS_HEADER + "\n"
                + "K-1,CU-1,A,,STARTER,svc-a,5000.00,JPY,2026-01-01,2026-01-01,standard-2024\n"
                + "K-2,CU-2,B,,STARTER,svc-a,0.1,EUR,2026-01-01,,\n");

        List<Contract> contracts = values(read(file, new ContractRows(BUILT_IN_PACKS)));

        assertThat(contracts).extracting(Contract::annualFee)
                .containsExactly(new BigDecimal("5000"), new BigDecimal("0.10"));
        assertThat(contracts.get(0).endDate()).contains(java.time.LocalDate.of(2026, 1, 1));
        assertThat(contracts.get(1).policyId()).isEqualTo("standard-2024");
    }

    static Stream<Arguments> badInvoices() {
        return Stream.of(
                Arguments.of(",K-1,2026-01-01,2026-01-31,100.00,EUR", "invoice_id is empty"),
                Arguments.of("INV-1,K-1,2026-02-01,2026-01-31,100.00,EUR",
                        "period_end 2026-01-31 is before period_start 2026-02-01"),
                Arguments.of("INV-1,K-1,2026-01-01,2026-01-31,-0.01,EUR", "amount must not be negative: -0.01"),
                Arguments.of("INV-1,K-1,2026-01-01,2026-01-31,1.005,USD",
                        "amount has more decimals than USD allows (2): 1.005"),
                Arguments.of("INV-1,K-1,2026-01-01,2026-01-31,100.00,eur", "currency is not an ISO 4217 currency code: eur"),
                Arguments.of("INV-1,K-1,2026-01-01,2026-01-31,999999999999999.00,EUR",
                        "amount is more than 1000000000000, the most an amount may be: 999999999999999.00"));
    }

    @ParameterizedTest
    @MethodSource("badInvoices")
    void badInvoiceRows(String row, String reason) throws Exception {
        assertRejected("invoices.csv", INVOICES_HEADER, GOOD_INVOICE, row, reason, new InvoiceRows());
    }

    @Test
    void theBoundsOfAValueAreThemselvesValid() throws Exception {
        Path probes = write(folder, "probes.csv", PROBES_HEADER + "\nsvc-a,1970-01-01T00:00:00Z,UP"
                + "\nsvc-a,9999-12-31T23:59:59Z,DOWN\n");
        Path invoices = write(folder, "invoices.csv", INVOICES_HEADER
                + "\nINV-1,K-1,2026-01-01,2026-01-31,1000000000000.00,EUR\n");
        // 251 plain characters and ".pdf" are 255 bytes, the most a file name holds
        Path contracts = write(folder, "contracts.csv", CONTRACTS_HEADER + "\nK-1," + "c".repeat(251)
                + ",A,,STARTER,svc-a,100.00,EUR,2026-01-01,,\nK-2," + "c".repeat(252)
                + ",A,,STARTER,svc-a,100.00,EUR,2026-01-01,,\n");

        assertThat(values(read(probes, new ProbeRows()))).hasSize(2);
        assertThat(values(read(invoices, new InvoiceRows()))).extracting(Invoice::amount)
                .containsExactly(new BigDecimal("1000000000000.00"));
        assertThat(values(read(contracts, new ContractRows(BUILT_IN_PACKS)))).extracting(Contract::contractId)
                .containsExactly("K-1");
    }

    @Test
    void aZeroInvoiceIsValid() throws Exception {
        Path file = write(folder, "invoices.csv", INVOICES_HEADER + "\nINV-1,K-1,2026-01-01,2026-01-01,0,JPY\n");

        assertThat(values(read(file, new InvoiceRows()))).containsExactly(new Invoice("INV-1", "K-1",
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 1), BigDecimal.ZERO,
                Currency.getInstance("JPY")));
    }

    static Stream<Arguments> badProbes() {
        return Stream.of(
                Arguments.of("svc-a,2026-11-02T09:00:00,UP", "checked_at has no UTC offset: 2026-11-02T09:00:00"),
                Arguments.of("svc-a,2026-11-02 09:00:00Z,UP",
                        "checked_at is not an ISO-8601 instant with an offset: 2026-11-02 09:00:00Z"),
                Arguments.of("svc-a,2026-02-29T09:00:00Z,UP",
                        "checked_at is not an ISO-8601 instant with an offset: 2026-02-29T09:00:00Z"),
                Arguments.of("svc-a,,UP", "checked_at is empty"),
                Arguments.of(" ,2026-11-02T09:00:00Z,UP", "service_id is empty"),
                Arguments.of("svc-a,2026-11-02T09:00:00Z,up", "status is not one of UP, DOWN: up"),
                Arguments.of("svc-a,2026-11-02T09:00:00Z,", "status is empty"),
                Arguments.of("svc-a,+10000-01-01T00:00:00Z,UP",
                        "checked_at is outside the years 1970 to 9999: +10000-01-01T00:00:00Z"),
                Arguments.of("svc-a,-0001-01-01T00:00:00Z,UP",
                        "checked_at is outside the years 1970 to 9999: -0001-01-01T00:00:00Z"),
                Arguments.of("svc-a,1969-12-31T23:59:59Z,UP",
                        "checked_at is outside the years 1970 to 9999: 1969-12-31T23:59:59Z"));
    }

    @ParameterizedTest
    @MethodSource("badProbes")
    void badProbeRows(String row, String reason) throws Exception {
        assertRejected("probes.csv", PROBES_HEADER, GOOD_PROBE, row, reason, new ProbeRows());
    }

    static Stream<Arguments> badWindows() {
        return Stream.of(
                Arguments.of("W-1,svc-a,PLANNED,2026-10-01T00:00:00Z,2026-10-01T01:00:00Z,",
                        "cause is not one of MAINTENANCE, EMERGENCY_MAINTENANCE, THIRD_PARTY, FORCE_MAJEURE, CUSTOMER, BETA:"
                                + " PLANNED"),
                Arguments.of("W-1,svc-a,MAINTENANCE,2026-10-01T02:00:00+02:00,2026-10-01T00:00:00Z,",
                        "ends_at 2026-10-01T00:00:00Z is not after starts_at 2026-10-01T02:00:00+02:00"),
                Arguments.of("W-1,svc-a,MAINTENANCE,2026-10-01T00:00:00Z,2026-10-01T01:00:00Z,2026-09-28T09:00",
                        "announced_at has no UTC offset: 2026-09-28T09:00"),
                Arguments.of("W-1,svc-a,MAINTENANCE,2026-10-01T00:00:00,2026-10-01T01:00:00Z,",
                        "starts_at has no UTC offset: 2026-10-01T00:00:00"));
    }

    @ParameterizedTest
    @MethodSource("badWindows")
    void badWindowRows(String row, String reason) throws Exception {
        assertRejected("windows.csv", WINDOWS_HEADER, GOOD_WINDOW, row, reason, new WindowRows());
    }

    @Test
    void anUnknownAnnouncementIsEmpty() throws Exception {
        Path file = write(folder, "windows.csv", WINDOWS_HEADER + "\n" + GOOD_WINDOW + "\n");

        assertThat(values(read(file, new WindowRows()))).singleElement().satisfies(window -> {
            assertThat(window.announcedAt()).isEqualTo(Optional.empty());
            assertThat(window.endsAt()).isEqualTo(Instant.parse("2026-10-01T01:00:00Z"));
        });
    }

    static Stream<Arguments> badClaims() {
        return Stream.of(
                Arguments.of("CL-1,K-1,2026-13,2026-11-01T00:00:00Z,EMAIL,,",
                        "service_month is not a period (YYYY-MM or YYYY-Qn): 2026-13"),
                Arguments.of("CL-1,K-1,2026-10-01,2026-11-01T00:00:00Z,EMAIL,,",
                        "service_month is not a period (YYYY-MM or YYYY-Qn): 2026-10-01"),
                Arguments.of("CL-1,K-1,2026-10,2026-11-01T00:00:00Z,FAX,,",
                        "channel is not one of EMAIL, PORTAL, LETTER, PHONE, CHAT: FAX"),
                Arguments.of("CL-1,K-1,2026-10,2026-11-01T00:00:00Z,EMAIL,-5,",
                        "claimed_downtime_minutes is not a whole number of at least 0: -5"),
                Arguments.of("CL-1,K-1,2026-10,2026-11-01T00:00:00Z,EMAIL,1.5,",
                        "claimed_downtime_minutes is not a whole number of at least 0: 1.5"),
                Arguments.of("CL-1,K-1,2026-10,2026-11-01T00:00:00Z,EMAIL,,yes", "terminate is not true, false or empty: yes"),
                Arguments.of("CL-1,K-1,2026-10,2026-11-01T00:00:00Z,EMAIL,,TRUE", "terminate is not true, false or empty: TRUE"),
                Arguments.of("CL-1,,2026-10,2026-11-01T00:00:00Z,EMAIL,,", "contract_id is empty"));
    }

    @ParameterizedTest
    @MethodSource("badClaims")
    void badClaimRows(String row, String reason) throws Exception {
        assertRejected("claims.csv", CLAIMS_HEADER, GOOD_CLAIM, row, reason, new ClaimRows());
    }

    private <T> void assertRejected(String fileName, String header, String goodRow, String badRow, String reason,
            RowFormat<T> format) throws Exception {
        Path file = write(folder, fileName, header + "\r\n" + goodRow + "\r\n" + badRow + "\r\n" + goodRow.replaceFirst("-0,", "-9,")
                + "\r\n");

        List<ReadResult<T>> results = read(file, format);

        assertThat(results).hasSize(3);
        assertThat(rejections(results)).containsExactly(new RejectedRow(fileName, 3, reason, badRow));
        assertThat(results.get(2).line()).isEqualTo(4);
    }
}
