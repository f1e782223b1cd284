package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.slacredits.domain.PolicyPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy packs, section 1: an invalid pack file stops the run with one sentence naming the file, the
 * key and the problem. One test per problem; each starts from a valid pack and breaks one thing.
 */
class InvalidPackTest {

    /** A valid AVAILABILITY_TIERS pack: the customer pack of section 7. */
    private static final String TIERED = CustomerPackTest.NORTHWIND;

    /** A valid DOWNTIME_TIERS pack. */
    private static final String DOWNTIME = """
            id: acme-iot
            name: Acme IoT SLA
            zone: Europe/Sofia
            period: MONTH
            minOutageMinutes: 5
            excusedCauses: [MAINTENANCE, THIRD_PARTY]
            maintenanceNotice: PT48H
            maintenanceMaxMinutes: 60
            claims: AUTOMATIC
            editions:
              HOME_APP:
                guarantee: 99.9
                schedule: DOWNTIME_TIERS
                tiers:
                  - {above: 43, upTo: 480, credit: 15}
                  - {above: 480, upTo: 1440, credit: 25}
                  - {above: 1440, credit: 40}
            """;

    /** A valid NONE pack. */
    private static final String COMPLIANCE = """
            id: acme-cpaas
            name: Acme CPaaS SLA
            zone: Europe/Amsterdam
            period: QUARTER
            minOutageMinutes: 1
            excusedCauses: [MAINTENANCE, BETA]
            claims: AUTOMATIC
            editions:
              VOICE:
                guarantee: 99.99
                schedule: NONE
            """;

    private static final String FILE = "acme.yaml";

    @TempDir
    Path policies;

    @Test
    void the_three_valid_starting_points_are_valid() throws IOException {
        for (String text : new String[] {TIERED, DOWNTIME, COMPLIANCE}) {
            Path file = policies.resolve(FILE);
            Files.writeString(file, text);
            assertThat(PolicyPackFile.read(file)).isInstanceOf(PolicyPack.class);
        }
    }

    // --- YAML that does not parse -------------------------------------------------------------

    @Test
    void yaml_that_does_not_parse_names_the_line_and_column() throws IOException {
        String text = TIERED.replace("name: Northwind Hosting SLA", "name: Northwind: Hosting SLA");

        assertInvalid(text, "line 2, column 16", "mapping values are not allowed here");
    }

    @Test
    void an_unclosed_list_does_not_parse() throws IOException {
        String text = TIERED.replace("excusedCauses: [MAINTENANCE, THIRD_PARTY, FORCE_MAJEURE, CUSTOMER]",
                "excusedCauses: [MAINTENANCE, THIRD_PARTY");

        InvalidPackException e = invalid(text);

        assertThat(e.key()).startsWith("line ");
        assertOneSentence(e);
    }

    @Test
    void two_documents_in_one_file() throws IOException {
        assertInvalid(TIERED + "---\nid: second\n", "line 18, column 1",
                "expected a single document in the stream but found another document");
    }

    @Test
    void a_tab_for_indentation_does_not_parse() throws IOException {
        assertInvalid(TIERED.replace("    guarantee: 99.5", "\tguarantee: 99.5"), "line 12, column 1",
                "found character '\\t(TAB)' that cannot start any token (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void a_duplicate_yaml_key_names_the_line_of_the_second() throws IOException {
        String text = TIERED.replace("period: MONTH", "zone: Europe/Paris\nperiod: MONTH");

        assertInvalid(text, "line 4, column 1", "found duplicate key zone");
    }

    @Test
    void a_duplicate_key_inside_a_tier_row_is_refused_too() throws IOException {
        String text = TIERED.replace("{atLeast: 99, credit: 10}", "{atLeast: 99, credit: 10, credit: 50}");

        assertInvalid(text, "line 15, column 35", "found duplicate key credit");
    }

    @Test
    void an_empty_file_is_not_a_pack() throws IOException {
        assertInvalid("", "(document)", "is empty: a pack is a mapping of keys such as id, name and zone");
        assertInvalid("# nothing but a comment\n", "(document)",
                "is empty: a pack is a mapping of keys such as id, name and zone");
    }

    @Test
    void a_list_is_not_a_pack() throws IOException {
        assertInvalid("- id: acme\n", "(document)", "must be a mapping of keys such as id, name and zone, not a list");
    }

    @Test
    void a_file_that_is_not_utf_8_is_not_a_pack() throws IOException {
        Path file = policies.resolve(FILE);
        byte[] latin1 = TIERED.replace("Northwind Hosting SLA", "Northwind Hébergement")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);

        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> PolicyPackFile.read(file));

        assertThat(e.getMessage()).isEqualTo("Policy pack acme.yaml is invalid: (document): is not UTF-8 text.");
    }

    @Test
    void a_type_named_by_a_tag_is_never_built() throws IOException {
        String text = TIERED.replace("name: Northwind Hosting SLA",
                "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]");

        InvalidPackException e = invalid(text);

        assertThat(e.key()).isEqualTo("line 2, column 7");
        assertOneSentence(e);
    }

    @Test
    void a_number_tagged_as_a_float_is_refused_rather_than_read_as_a_double() throws IOException {
        assertInvalid(TIERED.replace("guarantee: 99.5", "guarantee: !!float 99.5"), "editions.BUSINESS.guarantee",
                "must be written as plain text, without a YAML tag such as !!float");
    }

    // --- an unknown key -----------------------------------------------------------------------

    @Test
    void an_unknown_key_at_the_top() throws IOException {
        assertInvalid(TIERED.replace("claims: REQUIRED", "claims: REQUIRED\ncolour: blue"), "colour",
                "is not a key of a policy pack: use one of id, name, zone, period, minOutageMinutes, excusedCauses, "
                        + "maintenanceNotice, maintenanceMaxMinutes, claims, claimWindow, editions, support, calendars");
    }

    @Test
    void a_key_in_the_wrong_case_is_unknown() throws IOException {
        assertInvalid(TIERED.replace("minOutageMinutes: 5", "minoutageminutes: 5"), "minoutageminutes",
                "is not a key of a policy pack: use one of id, name, zone, period, minOutageMinutes, excusedCauses, "
                        + "maintenanceNotice, maintenanceMaxMinutes, claims, claimWindow, editions, support, calendars");
    }

    @Test
    void an_unknown_key_in_an_edition() throws IOException {
        assertInvalid(TIERED.replace("    guarantee: 99.5", "    guarantee: 99.5\n    discount: 5"),
                "editions.BUSINESS.discount", "is not a key of an edition: use one of guarantee, schedule, tiers, breach, support");
    }

    @Test
    void an_unknown_key_in_a_tier_row() throws IOException {
        assertInvalid(TIERED.replace("{atLeast: 95, credit: 25}", "{atLeast: 95, credit: 25, cap: 5}"),
                "editions.BUSINESS.tiers[2].cap", "is not a key of an AVAILABILITY_TIERS row: use atLeast or credit");
    }

    @Test
    void an_unknown_key_in_a_downtime_row() throws IOException {
        assertInvalid(DOWNTIME.replace("{above: 43, upTo: 480, credit: 15}", "{above: 43, below: 480, credit: 15}"),
                "editions.HOME_APP.tiers[1].below",
                "is not a key of a DOWNTIME_TIERS row: use one of above, upTo, credit");
    }

    @Test
    void an_unknown_key_in_the_breach() throws IOException {
        assertInvalid(TIERED.replace("{credit: 100, remedy: CREDIT}", "{credit: 100, remedy: CREDIT, after: P1M}"),
                "editions.BUSINESS.breach.after", "is not a key of breach: use credit or remedy");
    }

    @Test
    void a_none_schedule_takes_no_tiers() throws IOException {
        assertInvalid(COMPLIANCE.replace("schedule: NONE", "schedule: NONE\n    tiers: []"), "editions.VOICE.tiers",
                "is not used by a NONE schedule: it reports compliance and earns no credit");
    }

    @Test
    void a_none_schedule_takes_no_breach() throws IOException {
        assertInvalid(COMPLIANCE.replace("schedule: NONE", "schedule: NONE\n    breach: {credit: 30, remedy: CREDIT}"),
                "editions.VOICE.breach", "is not used by a NONE schedule: it reports compliance and earns no credit");
    }

    @Test
    void a_downtime_schedule_takes_no_breach() throws IOException {
        assertInvalid(DOWNTIME.replace("schedule: DOWNTIME_TIERS", "schedule: DOWNTIME_TIERS\n    breach: {credit: 30, remedy: CREDIT}"),
                "editions.HOME_APP.breach", "is not used by DOWNTIME_TIERS: that schedule has no material breach");
    }

    // --- a missing required key ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id", "name", "zone", "period", "minOutageMinutes", "excusedCauses", "claims"})
    void a_missing_top_level_key(String key) throws IOException {
        assertInvalid(withoutLine(TIERED, key + ":"), key, "is missing");
    }

    @Test
    void missing_editions() throws IOException {
        String text = TIERED.substring(0, TIERED.indexOf("editions:"));

        assertInvalid(text, "editions", "is missing");
    }

    @Test
    void a_claim_window_is_required_when_claims_are_required() throws IOException {
        assertInvalid(withoutLine(TIERED, "claimWindow:"), "claimWindow", "is required when claims are REQUIRED");
    }

    @Test
    void an_automatic_pack_takes_no_claim_window() throws IOException {
        assertInvalid(DOWNTIME.replace("claims: AUTOMATIC", "claims: AUTOMATIC\nclaimWindow: P30D"), "claimWindow",
                "is only for claims: REQUIRED: an AUTOMATIC pack takes no claims");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"guarantee", "schedule", "tiers", "breach"})
    void a_missing_key_of_an_availability_tiers_edition(String key) throws IOException {
        String text = switch (key) {
            case "tiers" -> TIERED.replace("""
                        tiers:
                          - {atLeast: 99, credit: 10}
                          - {atLeast: 95, credit: 25}
                    """, "");
            default -> withoutLine(TIERED, "    " + key + ":");
        };

        assertInvalid(text, "editions.BUSINESS." + key, "is missing");
    }

    @Test
    void a_downtime_tiers_edition_needs_tiers() throws IOException {
        String text = DOWNTIME.substring(0, DOWNTIME.indexOf("    tiers:"));

        assertInvalid(text, "editions.HOME_APP.tiers", "is missing");
    }

    @Test
    void a_none_edition_needs_a_guarantee() throws IOException {
        assertInvalid(withoutLine(COMPLIANCE, "    guarantee:"), "editions.VOICE.guarantee", "is missing");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{atLeast: 99, credit: 10}     | {credit: 10}                 | editions.BUSINESS.tiers[1].atLeast",
        "{atLeast: 95, credit: 25}     | {atLeast: 95}                | editions.BUSINESS.tiers[2].credit",
        "{credit: 100, remedy: CREDIT} | {remedy: CREDIT}             | editions.BUSINESS.breach.credit",
        "{credit: 100, remedy: CREDIT} | {credit: 100}                | editions.BUSINESS.breach.remedy",
    })
    void a_missing_key_of_a_row_or_of_the_breach(String row, String broken, String key) throws IOException {
        assertInvalid(TIERED.replace(row, broken), key, "is missing");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{above: 480, upTo: 1440, credit: 25} | {upTo: 1440, credit: 25} | editions.HOME_APP.tiers[2].above",
        "{above: 480, upTo: 1440, credit: 25} | {above: 480, upTo: 1440} | editions.HOME_APP.tiers[2].credit",
    })
    void a_missing_key_of_a_downtime_row(String row, String broken, String key) throws IOException {
        assertInvalid(DOWNTIME.replace(row, broken), key, "is missing");
    }

    @Test
    void a_key_without_a_value() throws IOException {
        assertInvalid(TIERED.replace("name: Northwind Hosting SLA", "name:"), "name", "has no value");
    }

    @Test
    void an_empty_tier_list() throws IOException {
        String text = TIERED.replace("""
                      - {atLeast: 99, credit: 10}
                      - {atLeast: 95, credit: 25}
                """, "").replace("    tiers:\n", "    tiers: []\n");

        assertInvalid(text, "editions.BUSINESS.tiers", "needs at least one row");
    }

    @Test
    void a_pack_without_an_edition() throws IOException {
        String text = TIERED.substring(0, TIERED.indexOf("editions:")) + "editions: {}\n";

        assertInvalid(text, "editions", "needs at least one edition");
    }

    // --- a bad value ----------------------------------------------------------------------------

    @Test
    void an_unknown_zone() throws IOException {
        assertInvalid(TIERED.replace("zone: Europe/Amsterdam", "zone: Europe/Atlantis"), "zone",
                "'Europe/Atlantis' is not a time zone: use a region such as Europe/Amsterdam");
    }

    @Test
    void an_unknown_cause() throws IOException {
        assertInvalid(TIERED.replace("FORCE_MAJEURE", "ACT_OF_GOD"), "excusedCauses",
                "'ACT_OF_GOD' is not a cause: use one of MAINTENANCE, EMERGENCY_MAINTENANCE, THIRD_PARTY, "
                        + "FORCE_MAJEURE, CUSTOMER, BETA");
    }

    @Test
    void a_cause_listed_twice() throws IOException {
        assertInvalid(TIERED.replace("FORCE_MAJEURE, CUSTOMER]", "FORCE_MAJEURE, CUSTOMER, THIRD_PARTY]"),
                "excusedCauses", "lists THIRD_PARTY twice");
    }

    @Test
    void causes_that_are_not_a_list() throws IOException {
        assertInvalid(TIERED.replace("[MAINTENANCE, THIRD_PARTY, FORCE_MAJEURE, CUSTOMER]", "MAINTENANCE"),
                "excusedCauses", "must be a list of causes such as [MAINTENANCE, THIRD_PARTY], not 'MAINTENANCE'");
    }

    @Test
    void an_unknown_period() throws IOException {
        assertInvalid(TIERED.replace("period: MONTH", "period: WEEK"), "period",
                "'WEEK' is not a period: use MONTH or QUARTER");
    }

    @Test
    void a_period_in_lower_case_is_unknown() throws IOException {
        assertInvalid(TIERED.replace("period: MONTH", "period: month"), "period",
                "'month' is not a period: use MONTH or QUARTER");
    }

    @Test
    void an_unknown_schedule_kind() throws IOException {
        assertInvalid(TIERED.replace("schedule: AVAILABILITY_TIERS", "schedule: STEPPED"), "editions.BUSINESS.schedule",
                "'STEPPED' is not a schedule kind: use one of AVAILABILITY_TIERS, DOWNTIME_TIERS, NONE");
    }

    @Test
    void an_unknown_claims_mode() throws IOException {
        assertInvalid(TIERED.replace("claims: REQUIRED", "claims: SOMETIMES"), "claims",
                "'SOMETIMES' is not a claims mode: use REQUIRED or AUTOMATIC");
    }

    @Test
    void an_unknown_remedy() throws IOException {
        assertInvalid(TIERED.replace("remedy: CREDIT", "remedy: REFUND"), "editions.BUSINESS.breach.remedy",
                "'REFUND' is not a remedy: use TERMINATION_REFUND or CREDIT");
    }

    @Test
    void a_notice_that_is_not_an_iso_8601_duration() throws IOException {
        assertInvalid(TIERED.replace("maintenanceNotice: PT48H", "maintenanceNotice: 48h"), "maintenanceNotice",
                "'48h' is not an ISO-8601 duration such as PT48H or P14D");
    }

    @Test
    void a_notice_that_is_negative() throws IOException {
        assertInvalid(TIERED.replace("maintenanceNotice: PT48H", "maintenanceNotice: -PT48H"), "maintenanceNotice",
                "cannot be negative");
    }

    @Test
    void a_claim_window_that_is_not_an_iso_8601_period() throws IOException {
        assertInvalid(TIERED.replace("claimWindow: P60D", "claimWindow: 60 days"), "claimWindow",
                "'60 days' is not an ISO-8601 period of days, weeks, months or years such as P30D");
        assertInvalid(TIERED.replace("claimWindow: P60D", "claimWindow: PT48H"), "claimWindow",
                "'PT48H' is not an ISO-8601 period of days, weeks, months or years such as P30D");
    }

    @Test
    void a_claim_window_of_a_month_is_a_calendar_month() throws IOException {
        Path file = policies.resolve(FILE);
        Files.writeString(file, TIERED.replace("claimWindow: P60D", "claimWindow: P1M"));

        assertThat(PolicyPackFile.read(file).claimWindow()).contains(java.time.Period.ofMonths(1));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "guarantee: 99.5               | guarantee: 0                    | editions.BUSINESS.guarantee        | 0",
        "guarantee: 99.5               | guarantee: 100.5                | editions.BUSINESS.guarantee        | 100.5",
        "guarantee: 99.5               | guarantee: -1                   | editions.BUSINESS.guarantee        | -1",
        "{atLeast: 99, credit: 10}     | {atLeast: 99, credit: 0}        | editions.BUSINESS.tiers[1].credit  | 0",
        "{atLeast: 99, credit: 10}     | {atLeast: 99, credit: 100.5}    | editions.BUSINESS.tiers[1].credit  | 100.5",
        "{atLeast: 99, credit: 10}     | {atLeast: 99, credit: -1}       | editions.BUSINESS.tiers[1].credit  | -1",
        "{atLeast: 95, credit: 25}     | {atLeast: 0, credit: 25}        | editions.BUSINESS.tiers[2].atLeast | 0",
        "{atLeast: 99, credit: 10}     | {atLeast: 100.5, credit: 10}    | editions.BUSINESS.tiers[1].atLeast | 100.5",
        "{atLeast: 95, credit: 25}     | {atLeast: -1, credit: 25}       | editions.BUSINESS.tiers[2].atLeast | -1",
        "{credit: 100, remedy: CREDIT} | {credit: 0, remedy: CREDIT}     | editions.BUSINESS.breach.credit    | 0",
        "{credit: 100, remedy: CREDIT} | {credit: 100.5, remedy: CREDIT} | editions.BUSINESS.breach.credit    | 100.5",
        "{credit: 100, remedy: CREDIT} | {credit: -1, remedy: CREDIT}    | editions.BUSINESS.breach.credit    | -1",
    })
    void a_percentage_outside_0_to_100(String valid, String broken, String key, String value) throws IOException {
        assertInvalidPercentage(TIERED.replace(valid, broken), key, value);
    }

    @Test
    void a_percentage_with_more_decimals_than_the_outputs_show_is_carried_exactly_to_the_domain() throws IOException {
        // A double would have turned 99.9995 into 99.99949999999999761257...; the domain sees the decimal as written.
        assertInvalidPercentage(TIERED.replace("guarantee: 99.5", "guarantee: 99.9995"), "editions.BUSINESS.guarantee",
                "99.9995");
    }

    @Test
    void a_downtime_credit_of_0() throws IOException {
        assertInvalidPercentage(DOWNTIME.replace("{above: 1440, credit: 40}", "{above: 1440, credit: 0}"),
                "editions.HOME_APP.tiers[3].credit", "0");
    }

    @Test
    void a_compliance_guarantee_above_100() throws IOException {
        assertInvalidPercentage(COMPLIANCE.replace("guarantee: 99.99", "guarantee: 100.01"), "editions.VOICE.guarantee",
                "100.01");
    }

    @Test
    void tiers_out_of_order() throws IOException {
        String text = TIERED.replace("{atLeast: 99, credit: 10}", "{atLeast: 95, credit: 10}")
                .replace("{atLeast: 95, credit: 25}", "{atLeast: 99, credit: 25}");

        assertInvalid(text, "editions.BUSINESS.tiers", "row 2 (atLeast 99) is not below the row above it: "
                + "rows go from the highest atLeast down, strictly decreasing");
    }

    @Test
    void two_tiers_on_the_same_line() throws IOException {
        assertInvalid(TIERED.replace("{atLeast: 95, credit: 25}", "{atLeast: 99.0, credit: 25}"), "editions.BUSINESS.tiers",
                "row 2 (atLeast 99.0) is not below the row above it: rows go from the highest atLeast down, strictly decreasing");
    }

    @Test
    void a_first_line_not_below_the_guarantee() throws IOException {
        assertInvalid(TIERED.replace("{atLeast: 99, credit: 10}", "{atLeast: 99.5, credit: 10}"), "editions.BUSINESS.tiers",
                "the first atLeast (99.5) must be below the guarantee (99.5)");
    }

    @Test
    void a_gap_between_downtime_rows() throws IOException {
        assertInvalid(DOWNTIME.replace("{above: 480, upTo: 1440, credit: 25}", "{above: 500, upTo: 1440, credit: 25}"),
                "editions.HOME_APP.tiers", "row 2 starts above 500 but the row before ends at 480: a gap");
    }

    @Test
    void an_overlap_of_downtime_rows() throws IOException {
        assertInvalid(DOWNTIME.replace("{above: 480, upTo: 1440, credit: 25}", "{above: 400, upTo: 1440, credit: 25}"),
                "editions.HOME_APP.tiers", "row 2 starts above 400 but the row before ends at 480: an overlap");
    }

    @Test
    void a_last_downtime_row_with_an_end() throws IOException {
        assertInvalid(DOWNTIME.replace("{above: 1440, credit: 40}", "{above: 1440, upTo: 4320, credit: 40}"),
                "editions.HOME_APP.tiers", "the last row must have no upTo");
    }

    @Test
    void an_open_downtime_row_before_the_last() throws IOException {
        assertInvalid(DOWNTIME.replace("{above: 480, upTo: 1440, credit: 25}", "{above: 480, credit: 25}"),
                "editions.HOME_APP.tiers", "row 2 needs an upTo: only the last row is open");
    }

    @Test
    void a_downtime_row_ending_where_it_starts() throws IOException {
        assertInvalid(DOWNTIME.replace("{above: 43, upTo: 480, credit: 15}", "{above: 480, upTo: 480, credit: 15}"),
                "editions.HOME_APP.tiers[1].upTo", "480 is not above 480");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "minOutageMinutes: 5 | minOutageMinutes: five | minOutageMinutes | 'five' is not a whole number of minutes",
        "minOutageMinutes: 5 | minOutageMinutes: 5.5  | minOutageMinutes | '5.5' is not a whole number of minutes",
        "{atLeast: 99, credit: 10} | {atLeast: 99, credit: ten} | editions.BUSINESS.tiers[1].credit | 'ten' is not a number: write a decimal such as 99.9",
        "{atLeast: 95, credit: 25} | {atLeast: \"95%\", credit: 25} | editions.BUSINESS.tiers[2].atLeast | '95%' is not a number: write a decimal such as 99.9",
        "{atLeast: 95, credit: 25} | {atLeast: 9.5e1, credit: 25} | editions.BUSINESS.tiers[2].atLeast | '9.5e1' is not a number: write a decimal such as 99.9",
        "{atLeast: 95, credit: 25} | {atLeast: [95], credit: 25} | editions.BUSINESS.tiers[2].atLeast | must be a single value, not a list",
        "guarantee: 99.5 | guarantee: ninety-nine | editions.BUSINESS.guarantee | 'ninety-nine' is neither a number such as 99.9 nor the word contract",
        "guarantee: 99.5 | guarantee: \"99,5\" | editions.BUSINESS.guarantee | '99,5' is neither a number such as 99.9 nor the word contract",
    })
    void a_value_that_is_not_a_number(String valid, String broken, String key, String problem) throws IOException {
        assertInvalid(TIERED.replace(valid, broken), key, problem);
    }

    @Test
    void a_downtime_bound_that_is_not_a_whole_number() throws IOException {
        assertInvalid(DOWNTIME.replace("{above: 43, upTo: 480, credit: 15}", "{above: 43, upTo: 8h, credit: 15}"),
                "editions.HOME_APP.tiers[1].upTo", "'8h' is not a whole number of minutes");
    }

    @Test
    void an_outage_of_no_minutes() throws IOException {
        assertInvalid(TIERED.replace("minOutageMinutes: 5", "minOutageMinutes: 0"), "minOutageMinutes", "must be at least 1");
    }

    @Test
    void a_maintenance_cap_of_no_minutes() throws IOException {
        assertInvalid(DOWNTIME.replace("maintenanceMaxMinutes: 60", "maintenanceMaxMinutes: 0"), "maintenanceMaxMinutes",
                "must be at least 1");
    }

    @Test
    void a_guarantee_is_a_number_or_the_word_contract() throws IOException {
        assertInvalid(TIERED.replace("guarantee: 99.5", "guarantee: contractual"), "editions.BUSINESS.guarantee",
                "'contractual' is neither a number such as 99.9 nor the word contract");
        assertInvalid(TIERED.replace("guarantee: 99.5", "guarantee: Contract"), "editions.BUSINESS.guarantee",
                "'Contract' is neither a number such as 99.9 nor the word contract");
    }

    @Test
    void an_edition_that_is_not_a_mapping() throws IOException {
        String text = COMPLIANCE.replace("  VOICE:\n    guarantee: 99.99\n    schedule: NONE\n", "  VOICE: 99.99\n");

        assertInvalid(text, "editions.VOICE", "must be a mapping with a guarantee and a schedule, not '99.99'");
    }

    @Test
    void a_tier_row_that_is_not_a_mapping() throws IOException {
        assertInvalid(TIERED.replace("{atLeast: 95, credit: 25}", "95"), "editions.BUSINESS.tiers[2]",
                "must be a mapping such as {atLeast: 99, credit: 10}, not '95'");
    }

    // --- a duplicate id -----------------------------------------------------------------------

    @Test
    void two_files_of_a_folder_with_one_id() throws IOException {
        Files.writeString(policies.resolve("a.yaml"), TIERED);
        Files.writeString(policies.resolve("b.yaml"), TIERED.replace("name: Northwind Hosting SLA", "name: Copy"));

        InvalidPackException e = catchThrowableOfType(InvalidPackException.class,
                () -> PolicyLibrary.load(Optional.of(policies)));

        assertThat(e.file()).isEqualTo("b.yaml");
        assertThat(e.key()).isEqualTo("id");
        assertThat(e.getMessage()).isEqualTo("Policy pack b.yaml is invalid: id: "
                + "'northwind-60d' is already the id of the pack of a.yaml: ids must be unique.");
    }

    @Test
    void a_file_reusing_the_id_of_a_built_in_pack() throws IOException {
        Files.writeString(policies.resolve("my-standard.yaml"), TIERED.replace("id: northwind-60d", "id: standard-2024"));

        InvalidPackException e = catchThrowableOfType(InvalidPackException.class,
                () -> PolicyLibrary.load(Optional.of(policies)));

        assertThat(e.file()).isEqualTo("my-standard.yaml");
        assertThat(e.key()).isEqualTo("id");
        assertThat(e.getMessage()).isEqualTo("Policy pack my-standard.yaml is invalid: id: "
                + "'standard-2024' is already the id of a built-in pack: ids must be unique.");
    }

    // --- helpers ------------------------------------------------------------------------------

    private void assertInvalid(String text, String key, String problem) throws IOException {
        InvalidPackException e = invalid(text);

        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.getMessage()).isEqualTo("Policy pack " + FILE + " is invalid: " + key + ": " + problem + ".");
        assertOneSentence(e);
    }

    /** The domain words the rule ({@code Percent}); the loader places it at the key and names the value as written. */
    private void assertInvalidPercentage(String text, String key, String value) throws IOException {
        InvalidPackException e = invalid(text);

        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.problem()).startsWith(value + " is not a percentage in (0, 100]");
        assertThat(e.getMessage()).isEqualTo("Policy pack " + FILE + " is invalid: " + key + ": " + e.problem() + ".");
        assertOneSentence(e);
    }

    private InvalidPackException invalid(String text) throws IOException {
        Path file = policies.resolve(FILE);
        Files.writeString(file, text);
        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> PolicyPackFile.read(file));
        assertThat(e).as("no InvalidPackException for:%n%s", text).isNotNull();
        return e;
    }

    private static void assertOneSentence(InvalidPackException e) {
        assertThat(e.getMessage()).startsWith("Policy pack " + e.file() + " is invalid: " + e.key() + ": ")
                .endsWith(".").doesNotContain("\n").doesNotContain("..");
    }

    private static String withoutLine(String text, String start) {
        String result = text.lines().filter(line -> !line.startsWith(start))
                .reduce(new StringBuilder(), (all, line) -> all.append(line).append('\n'), StringBuilder::append)
                .toString();
        assertThat(result).as("a line starting with " + start).isNotEqualTo(text);
        return result;
    }
}
