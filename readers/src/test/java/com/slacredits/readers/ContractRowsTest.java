package com.slacredits.readers;

import com.slacredits.domain.RejectedRow;
import static com.slacredits.readers.CsvFiles.BUILT_IN_PACKS;
import static com.slacredits.readers.CsvFiles.read;
import static com.slacredits.readers.CsvFiles.rejections;
import static com.slacredits.readers.CsvFiles.values;
import static com.slacredits.readers.CsvFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.slacredits.domain.Contract;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * contracts.csv under policy packs: the edition must be one of the contract's pack, guarantee_pct is
 * given exactly when the pack takes the edition's guarantee from the contract (policy packs,
 * section 3), and service_id may be a group of services joined by | (section 5).
 */
class ContractRowsTest {

    private static final String HEADER = "contract_id,customer_id,customer_name,customer_email,edition,service_id,"
            + "annual_fee,currency,start_date,end_date,policy,guarantee_pct\n";

    @TempDir
    Path folder;

    /** One row of contracts.csv, read with the built-in packs. */
    private List<ReadResult<Contract>> readRow(String row) throws Exception {
        return read(write(folder, "contracts.csv", HEADER + row + "\n"), new ContractRows(BUILT_IN_PACKS));
    }

    private void assertRejected(String row, String reason) throws Exception {
        List<ReadResult<Contract>> results = readRow(row);

        assertThat(results).hasSize(1);
        assertThat(rejections(results)).containsExactly(new RejectedRow("contracts.csv", 2, reason, row));
    }

    private Contract accepted(String row) throws Exception {
        List<ReadResult<Contract>> results = readRow(row);

        assertThat(rejections(results)).isEmpty();
        return values(results).get(0);
    }

    @Test
    void anEditionOfAnotherPackIsRejected() throws Exception {
        assertRejected("K-1,CU-1,A,,PLATFORM,svc-a,1200.00,EUR,2026-01-01,,standard-2024,",
                "edition is not an edition of policy pack standard-2024"
                        + " (CUSTOM, ENTERPRISE, ESSENTIAL, GROWTH, STARTER): PLATFORM");
        assertRejected("K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,cpaas-2024,",
                "edition is not an edition of policy pack cpaas-2024 (BUSINESS_MESSAGING, CONVERSATIONAL_AI,"
                        + " MARKETING_CLOUD, SERVICE_CLOUD, VOICE): ENTERPRISE");
    }

    @Test
    void anEmptyPolicyIsStandard2024AndItsEditionsAreChecked() throws Exception {
        assertRejected("K-1,CU-1,A,,HOME_APP,svc-a,1200.00,EUR,2026-01-01,,,",
                "edition is not an edition of policy pack standard-2024"
                        + " (CUSTOM, ENTERPRISE, ESSENTIAL, GROWTH, STARTER): HOME_APP");
    }

    @Test
    void aContractNamingAnUnknownPackIsRejected() throws Exception {
        assertRejected("K-1,CU-1,A,,STARTER,svc-a,1200.00,EUR,2026-01-01,,gold-2030,",
                "policy names an unknown policy pack: gold-2030");
    }

    @Test
    void anEditionOfEachBuiltInPackIsReadUnderItsPack() throws Exception {
        Path file = write(folder, "contracts.csv", HEADER
                + "K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,\n"
                + "K-2,CU-2,B,,HOME_APP,iot-app,2400.00,EUR,2026-01-01,2026-12-31,iot-cloud-2022,\n"
                + "K-3,CU-3,C,,SERVICE_CLOUD,svc-cloud,3600.00,EUR,2026-01-01,,cpaas-2024,\n"
                + "K-4,CU-4,D,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022,99.5\n");

        List<ReadResult<Contract>> results = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(rejections(results)).isEmpty();
        assertThat(values(results)).extracting(Contract::policyId, Contract::edition)
                .containsExactly(
                        tuple("standard-2024", "ENTERPRISE"),
                        tuple("iot-cloud-2022", "HOME_APP"),
                        tuple("cpaas-2024", "SERVICE_CLOUD"),
                        tuple("plm-2022", "PLATFORM"));
    }

    @Test
    void aGuaranteeTakenFromTheContractIsRequired() throws Exception {
        assertRejected("K-1,CU-1,A,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022,",
                "guarantee_pct is required: the pack takes this edition's guarantee from the contract"
                        + " (edition PLATFORM of plm-2022)");
    }

    @Test
    void aGuaranteeColumnAbsentFromTheHeaderIsMissingForPlatform() throws Exception {
        String header = "contract_id,customer_id,customer_name,customer_email,edition,service_id,"
                + "annual_fee,currency,start_date,end_date,policy\n";
        String row = "K-1,CU-1,A,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022";
        Path file = write(folder, "contracts.csv", header + row + "\n");

        List<ReadResult<Contract>> results = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(rejections(results)).containsExactly(new RejectedRow("contracts.csv", 2,
                "guarantee_pct is required: the pack takes this edition's guarantee from the contract"
                        + " (edition PLATFORM of plm-2022)", row));
    }

    @Test
    void aGuaranteeIsForbiddenWhereThePackFixesIt() throws Exception {
        assertRejected("K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,standard-2024,99.9",
                "guarantee_pct must be empty: the pack guarantees 99.9 for this edition"
                        + " (edition ENTERPRISE of standard-2024)");
        assertRejected("K-1,CU-1,A,,VOICE,voice-trunk-1|voice-trunk-2,1200.00,EUR,2026-01-01,,cpaas-2024,99.5",
                "guarantee_pct must be empty: the pack guarantees 99.99 for this edition"
                        + " (edition VOICE of cpaas-2024)");
    }

    @Test
    void aGuaranteeThatIsNotADecimalIsRejected() throws Exception {
        assertRejected("K-1,CU-1,A,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022,99.5%",
                "guarantee_pct is not a decimal number: 99.5%");
        assertRejected("K-1,CU-1,A,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022,\"99,5\"",
                "guarantee_pct is not a decimal number: 99,5");
        assertRejected("K-1,CU-1,A,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022,9.95e1",
                "guarantee_pct is not a decimal number: 9.95e1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-1", "100", "100.000", "100.5", "99.9999", "99.0001"})
    void aGuaranteeOutsideZeroToHundredOrWithMoreThanThreeDecimalsIsRejected(String guarantee) throws Exception {
        assertRejected("K-1,CU-1,A,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022," + guarantee,
                "guarantee_pct must lie inside (0, 100), with at most 3 decimals (edition PLATFORM of plm-2022)");
    }

    @Test
    void aGuaranteeInsideZeroToHundredIsTheContractsOwn() throws Exception {
        Contract contract = accepted("K-1,CU-1,Acme,a@example.com,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022,99.5");

        assertThat(contract).isEqualTo(new Contract("K-1", "CU-1", "Acme", "a@example.com", "PLATFORM", "plm",
                new BigDecimal("4800.00"), Currency.getInstance("EUR"), LocalDate.of(2026, 1, 1), Optional.empty(),
                "plm-2022", Optional.of(new BigDecimal("99.5")), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.999", "0.001", "99.9990", "50"})
    void aGuaranteeAtTheEdgesOfWhatIsAllowedIsAccepted(String guarantee) throws Exception {
        Contract contract = accepted("K-1,CU-1,A,,PLATFORM,plm,4800.00,EUR,2026-01-01,,plm-2022," + guarantee);

        assertThat(contract.guaranteePercent()).contains(new BigDecimal(guarantee));
    }

    @Test
    void aContractOfAFixedGuaranteeHasNone() throws Exception {
        Contract contract = accepted("K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,");

        assertThat(contract.guaranteePercent()).isEmpty();
        assertThat(contract.policyId()).isEqualTo("standard-2024");
    }

    @Test
    void aGroupOfDistinctServicesIsOneServiceId() throws Exception {
        Contract contract = accepted(
                "K-V1,CU-1,A,,VOICE,voice-trunk-1|voice-trunk-2,1200.00,EUR,2026-01-01,,cpaas-2024,");

        assertThat(contract.serviceId()).isEqualTo("voice-trunk-1|voice-trunk-2");
        assertThat(contract.services().members()).containsExactly("voice-trunk-1", "voice-trunk-2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a||b", "a|a", "|a", "a|", "a|b|a", "|"})
    void aGroupWithAnEmptyOrRepeatedMemberIsRejected(String serviceId) throws Exception {
        assertRejected("K-V1,CU-1,A,,VOICE," + serviceId + ",1200.00,EUR,2026-01-01,,cpaas-2024,",
                "service_id is not a service or a group of distinct services joined by |: " + serviceId);
    }

    // --- the customer's own support hours (support SLAs, sections 2 and 3) ----------------------

    private static final String SUPPORT_HEADER = "contract_id,customer_id,customer_name,customer_email,edition,"
            + "service_id,annual_fee,currency,start_date,end_date,policy,guarantee_pct,support_zone,support_country\n";

    /** One row with the support columns, read with the built-in packs and the tests' holiday library. */
    private List<ReadResult<Contract>> readSupportRow(String row) throws Exception {
        return read(write(folder, "contracts.csv", SUPPORT_HEADER + row + "\n"),
                new ContractRows(BUILT_IN_PACKS, KnownCountries.HOLIDAY_LIBRARY));
    }

    private void assertSupportRowRejected(String row, String reason) throws Exception {
        assertThat(rejections(readSupportRow(row))).containsExactly(new RejectedRow("contracts.csv", 2, reason, row));
    }

    private Contract acceptedSupportRow(String row) throws Exception {
        List<ReadResult<Contract>> results = readSupportRow(row);

        assertThat(rejections(results)).isEmpty();
        return values(results).get(0);
    }

    @Test
    void aSupportZoneAndCountryAreTheContractsOwnHoursCountryInUpperCase() throws Exception {
        Contract contract = acceptedSupportRow(
                "K-P,CU-1,A,,PREMIUM,pricing,1200.00,EUR,2026-01-01,,pricing-saas-2018,99.5,America/New_York,us");

        assertThat(contract.supportZone()).contains(ZoneId.of("America/New_York"));
        assertThat(contract.supportCountry()).contains("US");
    }

    @Test
    void withoutSupportColumnsAContractHasNoSupportHours() throws Exception {
        Contract contract = accepted("K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,");

        assertThat(contract.supportZone()).isEmpty();
        assertThat(contract.supportCountry()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Atlantis", "+01:00", "UTC+1", "europe/amsterdam", "CET+1", "Z"})
    void aSupportZoneThatIsNotAnIanaZoneIsRejectedWhetherOrNotTheEditionUsesIt(String zone) throws Exception {
        assertSupportRowRejected("K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,," + zone + ",",
                "support_zone is not an IANA time zone such as Europe/Amsterdam: " + zone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "NLD", "N1", "FR"})
    void aSupportCountryTheHolidayLibraryDoesNotKnowIsRejectedWhetherOrNotTheEditionUsesIt(String country)
            throws Exception {
        assertSupportRowRejected("K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,,," + country,
                "support_country is not a two-letter country code the holiday library knows: " + country);
    }

    @Test
    void withoutTheHolidayLibraryACountryIsCheckedAgainstIso3166() throws Exception {
        String header = SUPPORT_HEADER;
        Path file = write(folder, "contracts.csv", header
                + "K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,,,fr\n"
                + "K-2,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,,,XX\n");

        List<ReadResult<Contract>> results = read(file, new ContractRows(BUILT_IN_PACKS));

        assertThat(values(results)).extracting(Contract::supportCountry).containsExactly(Optional.of("FR"));
        assertThat(rejections(results)).extracting(RejectedRow::reason)
                .containsExactly("support_country is not a two-letter country code the holiday library knows: XX");
    }

    @Test
    void anEditionOnTheCustomersOwnHoursNeedsASupportZone() throws Exception {
        assertSupportRowRejected("K-P,CU-1,A,,ELITE,pricing,1200.00,EUR,2026-01-01,,pricing-saas-2018,99.5,,NL",
                "support_zone is required: edition ELITE of pricing-saas-2018 counts support targets in the"
                        + " customer's own hours");
        Contract noCountry = acceptedSupportRow(
                "K-P,CU-1,A,,ELITE,pricing,1200.00,EUR,2026-01-01,,pricing-saas-2018,99.5,Europe/Sofia,");
        assertThat(noCountry.supportCountry()).isEmpty();
    }

    @Test
    void anEditionOnItsPacksOwnHoursNeedsNoSupportZone() throws Exception {
        Contract contract = acceptedSupportRow("K-1,CU-1,A,,ENTERPRISE,svc-a,1200.00,EUR,2026-01-01,,,,,");

        assertThat(contract.supportZone()).isEmpty();
    }
}
