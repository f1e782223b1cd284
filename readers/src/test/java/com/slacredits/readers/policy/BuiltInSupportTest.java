package com.slacredits.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.ComplianceSchedule;
import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.WindowCause;
import com.slacredits.domain.support.PriorityTargets;
import com.slacredits.domain.support.ResolutionStart;
import com.slacredits.domain.support.SupportTerms;
import com.slacredits.domain.support.WeeklyCalendar;
import com.slacredits.readers.KnownCountries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Support SLAs, section 7: the support each built-in pack gains, and pricing-saas-2018, the fifth built-in pack. */
class BuiltInSupportTest {

    private static final PolicyCatalog BUILT_IN = PolicyLibrary.load(Optional.empty(), KnownCountries.HOLIDAY_LIBRARY);

    /** Section 7's tables, one row per edition and priority with a target; empty: none. */
    private static final String[] TARGETS = {
        "standard-2024, STARTER,    P1, PT4H,  PT1H,  ALWAYS,",
        "standard-2024, STARTER,    P2, PT24H, PT2H,  office,",
        "standard-2024, STARTER,    P3, PT24H, ,      office,",
        "standard-2024, STARTER,    P4, PT40H, ,      office,",
        "standard-2024, ESSENTIAL,  P1, PT4H,  PT1H,  ALWAYS,",
        "standard-2024, ESSENTIAL,  P2, PT24H, PT2H,  office,",
        "standard-2024, ESSENTIAL,  P3, PT24H, ,      office,",
        "standard-2024, ESSENTIAL,  P4, PT40H, ,      office,",
        "standard-2024, GROWTH,     P1, PT2H,  PT1H,  ALWAYS,",
        "standard-2024, GROWTH,     P2, PT8H,  PT2H,  office,",
        "standard-2024, GROWTH,     P3, PT8H,  ,      office,",
        "standard-2024, GROWTH,     P4, PT16H, ,      office,",
        "standard-2024, ENTERPRISE, P1, PT1H,  PT1H,  ALWAYS,",
        "standard-2024, ENTERPRISE, P2, PT2H,  PT2H,  office,",
        "standard-2024, ENTERPRISE, P3, PT4H,  ,      office,",
        "standard-2024, ENTERPRISE, P4, PT4H,  ,      office,",
        "standard-2024, CUSTOM,     P1, PT1H,  PT1H,  ALWAYS,",
        "standard-2024, CUSTOM,     P2, PT2H,  PT2H,  office,",
        "standard-2024, CUSTOM,     P3, PT4H,  ,      office,",
        "standard-2024, CUSTOM,     P4, PT4H,  ,      office,",
        "cpaas-2024, BUSINESS_MESSAGING, HIGH,   PT1H, , office,",
        "cpaas-2024, BUSINESS_MESSAGING, NORMAL, PT8H, , office,",
        "cpaas-2024, VOICE,              HIGH,   PT1H, , office,",
        "cpaas-2024, VOICE,              NORMAL, PT8H, , office,",
        "cpaas-2024, SERVICE_CLOUD,      HIGH,   PT1H, , office,",
        "cpaas-2024, SERVICE_CLOUD,      NORMAL, PT8H, , office,",
        "cpaas-2024, MARKETING_CLOUD,    HIGH,   PT1H, , office,",
        "cpaas-2024, MARKETING_CLOUD,    NORMAL, PT8H, , office,",
        "cpaas-2024, CONVERSATIONAL_AI,  HIGH,   PT1H, , office,",
        "cpaas-2024, CONVERSATIONAL_AI,  NORMAL, PT8H, , office,",
        "pricing-saas-2018, STANDARD, S1, PT2H,  PT12H, ALWAYS,",
        "pricing-saas-2018, STANDARD, S2, PT4H,  PT40H, customer,",
        "pricing-saas-2018, STANDARD, S3, PT8H,  ,      customer,",
        "pricing-saas-2018, STANDARD, S4, PT40H, ,      customer,",
        "pricing-saas-2018, PREMIUM,  S1, PT1H,  PT4H,  ALWAYS,",
        "pricing-saas-2018, PREMIUM,  S2, PT2H,  PT16H, customer,",
        "pricing-saas-2018, PREMIUM,  S3, PT4H,  ,      customer,",
        "pricing-saas-2018, PREMIUM,  S4, PT40H, ,      customer,",
        "pricing-saas-2018, ELITE,    S1, PT15M, PT2H,  ALWAYS,",
        "pricing-saas-2018, ELITE,    S2, PT1H,  PT8H,  ALWAYS, customer",
        "pricing-saas-2018, ELITE,    S3, PT2H,  ,      ALWAYS,",
        "pricing-saas-2018, ELITE,    S4, PT16H, ,      customer,",
    };

    static Stream<Arguments> targets() {
        return Arrays.stream(TARGETS).map(row -> {
            String[] cells = (row + " ").split(",");
            return Arguments.of((Object[]) Arrays.stream(cells).map(String::strip)
                    .map(cell -> cell.isEmpty() ? null : cell).toArray(String[]::new));
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}: respond {3}, resolve {4}")
    @MethodSource("targets")
    void each_edition_has_the_targets_of_section_7(String pack, String edition, String priority, String respond,
            String resolve, String calendar, String resolveCalendar) {
        PriorityTargets targets = BUILT_IN.require(pack).edition(edition).orElseThrow().supportTargets(priority)
                .orElseThrow(() -> new AssertionError(pack + " " + edition + " has no target for " + priority));

        assertThat(targets.respond()).isEqualTo(Optional.ofNullable(respond).map(Duration::parse));
        assertThat(targets.resolve()).isEqualTo(Optional.ofNullable(resolve).map(Duration::parse));
        assertThat(targets.calendar().name()).isEqualTo(calendar);
        assertThat(targets.resolveCalendar().map(c -> c.name())).isEqualTo(Optional.ofNullable(resolveCalendar));
    }

    @Test
    void no_built_in_pack_has_a_target_the_tables_of_section_7_do_not_give() {
        Set<String> given = new HashSet<>();
        for (String row : TARGETS) {
            String[] cells = row.split(",");
            given.add(cells[0].strip() + " " + cells[1].strip() + " " + cells[2].strip());
        }
        Set<String> loaded = new HashSet<>();
        for (PolicyPack pack : BUILT_IN.packs()) {
            pack.editions().forEach((edition, terms) -> terms.support().keySet()
                    .forEach(priority -> loaded.add(pack.id() + " " + edition + " " + priority)));
        }

        assertThat(loaded).isEqualTo(given);
    }

    @ParameterizedTest(name = "{0}: {1}, resolution from {2}")
    @CsvSource(delimiter = ';', value = {
        "standard-2024;     P1 P2 P3 P4; RESPONSE",
        "cpaas-2024;        HIGH NORMAL; RESPONSE",
        "iot-cloud-2022;    P1 P2 P3 P4; RESPONSE",
        "plm-2022;          HIGH MEDIUM LOW; RESPONSE",
        "pricing-saas-2018; S1 S2 S3 S4; REPORT",
    })
    void each_pack_lists_its_priorities_and_pays_no_support_credit(String pack, String priorities,
            ResolutionStart resolutionFrom) {
        SupportTerms support = BUILT_IN.require(pack).support().orElseThrow();

        assertThat(support.priorities()).containsExactly(priorities.split(" "));
        assertThat(support.resolutionFrom()).isEqualTo(resolutionFrom);
        assertThat(support.credit()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3}-{4} {5}")
    @CsvSource({
        "standard-2024,     office,   Europe/Amsterdam, 09:00, 17:00, NL",
        "cpaas-2024,        office,   Europe/Amsterdam, 08:30, 17:00, NL",
        "iot-cloud-2022,    office,   Europe/Sofia,     08:00, 18:00, BG",
        "plm-2022,          office,   Europe/Brussels,  09:00, 18:00, BE",
        "pricing-saas-2018, customer, customer,         09:00, 17:00, customer",
    })
    void each_pack_defines_its_one_calendar_monday_to_friday(String pack, String name, String zone, String opens,
            String closes, String holidays) {
        SupportTerms support = BUILT_IN.require(pack).support().orElseThrow();
        WeeklyCalendar calendar = support.calendars().get(name);

        assertThat(support.calendars()).containsOnlyKeys(name);
        assertThat(calendar.zone()).isEqualTo(zone.equals("customer") ? Optional.empty() : Optional.of(ZoneId.of(zone)));
        assertThat(calendar.days()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(calendar.opens()).isEqualTo(LocalTime.parse(opens));
        assertThat(calendar.closes()).isEqualTo(LocalTime.parse(closes));
        assertThat(calendar.customerHolidays()).isEqualTo(holidays.equals("customer"));
        assertThat(calendar.country()).isEqualTo(holidays.equals("customer") ? Optional.empty() : Optional.of(holidays));
        assertThat(calendar.closedDays()).isEmpty();
    }

    @Test
    void iot_cloud_and_plm_state_support_hours_but_no_targets() {
        for (String pack : List.of("iot-cloud-2022", "plm-2022")) {
            assertThat(BUILT_IN.require(pack).editions().values()).as(pack).allMatch(terms -> terms.support().isEmpty());
        }
    }

    @Test
    void pricing_saas_2018_is_monthly_automatic_compliance_on_each_contracts_guarantee() {
        PolicyPack pack = BUILT_IN.require("pricing-saas-2018");

        assertThat(pack.name()).isEqualTo("Pricing SaaS SLA 2018");
        assertThat(pack.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(pack.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(pack.claims()).isEqualTo(ClaimsMode.AUTOMATIC);
        assertThat(pack.claimWindow()).isEmpty();
        assertThat(pack.minOutageMinutes()).isEqualTo(5);
        assertThat(pack.excuseRule().excusedCauses()).isEqualTo(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.CUSTOMER));
        assertThat(pack.excuseRule().maintenanceNotice()).isEmpty();
        assertThat(pack.excuseRule().maintenanceMaxMinutes()).isEmpty();
        assertThat(pack.editions()).containsOnlyKeys("STANDARD", "PREMIUM", "ELITE");
        for (EditionTerms terms : pack.editions().values()) {
            assertThat(terms.guaranteeFromContract()).isTrue();
            assertThat(terms.schedule()).isInstanceOf(ComplianceSchedule.class);
            assertThat(terms.needsSupportZone()).isTrue();
        }
    }

    @Test
    void the_built_in_packs_read_the_same_with_or_without_the_holiday_library() {
        assertThat(PolicyLibrary.builtIn()).isEqualTo(PolicyLibrary.builtIn(KnownCountries.HOLIDAY_LIBRARY));
    }

    @Test
    void the_pack_files_are_utf_8_text_without_tabs() {
        for (String id : PolicyLibrary.BUILT_IN_IDS) {
            try (InputStream in = PolicyLibrary.class.getResourceAsStream(id + ".yaml")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(id).doesNotContain("\t");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
