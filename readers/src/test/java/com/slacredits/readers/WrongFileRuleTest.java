package com.slacredits.readers;

import static com.slacredits.readers.CsvFiles.BUILT_IN_PACKS;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrongFileRuleTest {

    private static final String HEADER = "service_id,checked_at,status\n";
    private static final String GOOD = "svc-1,2026-10-03T12:00:10Z,UP\n";
    private static final String NO_OFFSET = "svc-1,2026-10-03T12:00:10,UP\n";

    @TempDir
    Path folder;

    /** Below 100 rows only a file with no readable row stops the run; from 100 on, more than half. */
    @ParameterizedTest(name = "{1} of {0} rows unreadable: the wrong file {2}")
    @CsvSource({
        "1, 1, true",
        "1, 0, false",
        "2, 1, false",
        "99, 99, true",
        "99, 98, false",
        "99, 50, false",
        "100, 100, true",
        "100, 51, true",
        "100, 50, false",
        "101, 51, true",
        "101, 50, false",
        "0, 0, false",
    })
    void theRule(long rows, long unreadable, boolean wrongFile) {
        org.assertj.core.api.Assertions.assertThat(WrongFileRule.isWrongFile(rows, unreadable)).isEqualTo(wrongFile);
    }

    @Test
    void halfTheRowsBadIsStillAProbesFile() {
        Path file = write(folder, "probes.csv", HEADER + NO_OFFSET.repeat(50) + GOOD.repeat(50));

        assertThatCode(() -> WrongFileRule.sample(file, new ProbeRows())).doesNotThrowAnyException();
    }

    @Test
    void oneBadRowMoreThanHalfIsProbablyTheWrongFile() {
        Path file = write(folder, "probes.csv", HEADER + NO_OFFSET.repeat(51) + GOOD.repeat(49));

        assertThatThrownBy(() -> WrongFileRule.sample(file, new ProbeRows())).isInstanceOf(InputFileException.class)
                .hasMessage("probes.csv is probably not a probes file: 51 of its first 100 rows cannot be read (line 2: "
                        + "checked_at has no UTC offset: 2026-10-03T12:00:10): fix or remove the file and run the same "
                        + "command again.");
    }

    @Test
    void ninetyNineRowsAllBadIsTheWrongFileAndNinetyEightOfThemIsNot() {
        Path all = write(folder, "probes-1.csv", HEADER + NO_OFFSET.repeat(99));
        Path most = write(folder, "probes-2.csv", HEADER + NO_OFFSET.repeat(98) + GOOD);

        assertThatThrownBy(() -> WrongFileRule.sample(all, new ProbeRows()))
                .hasMessageStartingWith("probes-1.csv is probably not a probes file: 99 of its first 99 rows");
        assertThatCode(() -> WrongFileRule.sample(most, new ProbeRows())).doesNotThrowAnyException();
    }

    @Test
    void onlyTheStartOfTheFileIsSampled() {
        Path file = write(folder, "probes.csv", HEADER + GOOD.repeat(WrongFileRule.SAMPLE_ROWS)
                + NO_OFFSET.repeat(WrongFileRule.SAMPLE_ROWS + 1));

        assertThatCode(() -> WrongFileRule.sample(file, new ProbeRows())).doesNotThrowAnyException();
    }

    @Test
    void anEmptyBodyIsNotTheWrongFile() {
        Path file = write(folder, "probes.csv", HEADER);

        assertThatCode(() -> WrongFileRule.sample(file, new ProbeRows())).doesNotThrowAnyException();
    }

    /** The case: a contracts export in the wrong case rejects every row. */
    @Test
    void aContractsExportInTheWrongCaseIsTheWrongFile() {
        write(folder, "contracts.csv", """
                contract_id,customer_id,customer_name,customer_email,edition,service_id,annual_fee,currency,start_date
                K-A1,CU-1,Acme,cu-1@example.com,enterprise,svc-a,60000.00,EUR,2024-03-01
                K-A2,CU-2,Brightside,cu-2@example.com,starter,svc-a,9000.00,EUR,2025-01-01
                """);

        assertThatThrownBy(() -> new InputFolder(folder).checkSamples(BUILT_IN_PACKS, KnownCountries.HOLIDAY_LIBRARY))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith("contracts.csv is probably not a contracts file: 2 of its first 2 rows cannot "
                        + "be read (line 2: edition")
                .hasMessageEndingWith(": fix or remove the file and run the same command again.");
    }

    /** Every input file of files.md goes through the rule, each with the format the run reads it with. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "contracts.csv | contract_id,customer_id,customer_name,edition,service_id,annual_fee,currency,start_date",
        "invoices.csv | invoice_id,contract_id,period_start,period_end,amount,currency",
        "windows.csv | window_id,service_id,cause,starts_at,ends_at,announced_at",
        "claims.csv | claim_id,contract_id,service_month,received_at,channel,claimed_downtime_minutes,terminate",
        "tickets.csv | ticket_id,contract_id,priority,reported_at,responded_at,resolved_at",
        "ticket-pauses.csv | ticket_id,starts_at,ends_at",
        "probes-7.csv | service_id,checked_at,status",
    })
    void everyInputFileWhoseRowsAreAllUnreadableIsTheWrongFile(String name, String header) throws Exception {
        write(folder, name, header + "\nnot,a,row,of,this,file,at,all,really\n");

        assertThatThrownBy(() -> new InputFolder(folder).checkSamples(BUILT_IN_PACKS, KnownCountries.HOLIDAY_LIBRARY))
                .isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(name + " is probably not a " + (name.startsWith("probes") ? "probes"
                        : name.replace(".csv", "")) + " file: 1 of its first 1 rows cannot be read (line 2: ");

        Files.delete(folder.resolve(name));
        write(folder, name, header + "\n");
        assertThatCode(() -> new InputFolder(folder).checkSamples(BUILT_IN_PACKS, KnownCountries.HOLIDAY_LIBRARY))
                .doesNotThrowAnyException();
    }

    @Test
    void theExampleInputIsNotTheWrongFile() {
        assertThatCode(() -> new InputFolder(CsvFiles.EXAMPLE_INPUT).checkSamples(BUILT_IN_PACKS,
                KnownCountries.HOLIDAY_LIBRARY)).doesNotThrowAnyException();
    }
}
