package com.slacredits.readers.policy;

import static com.slacredits.readers.policy.SupportPackTexts.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.slacredits.domain.PolicyPack;
import com.slacredits.readers.KnownCountries;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Support SLAs, section 3: every way a support section, a calendar or a target makes a pack invalid, each
 * stopping the run as any invalid pack does (policy packs, section 1: exit 2) with one sentence naming
 * the file, the key and the problem. Each case breaks one thing of a valid pack.
 */
class InvalidSupportPackTest {

    private static final String FILE = "acme.yaml";
    private static final String WEEKDAYS = "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY";
    private static final String DAYS = "one of MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY";

    @Test
    void the_starting_point_is_valid() {
        assertThat(read(SUPPORT)).isInstanceOf(PolicyPack.class);
    }

    static Stream<Arguments> brokenPacks() {
        return Stream.of(
                // a priority not in the list, or listed twice
                broken("a target for a priority not in the list", "  P4: {respond: PT4H, calendar: office}",
                        "  P5: {respond: PT4H, calendar: office}",
                        "editions.ENTERPRISE.support.P5", "is not a priority of support.priorities (P1, P2, P3, P4)"),
                broken("a priority listed twice", "priorities: [P1, P2, P3, P4]", "priorities: [P1, P2, P3, P2]",
                        "support.priorities", "lists P2 twice"),
                broken("no priority at all", "priorities: [P1, P2, P3, P4]", "priorities: []",
                        "support.priorities", "needs at least one priority"),
                broken("priorities missing", "  priorities: [P1, P2, P3, P4]\n", "",
                        "support.priorities", "is missing"),
                broken("priorities not a list", "priorities: [P1, P2, P3, P4]", "priorities: P1",
                        "support.priorities", "must be a list of priorities, highest first, such as [P1, P2, P3],"
                                + " not 'P1'"),
                // an unknown calendar, a calendar named ALWAYS
                broken("an unknown calendar", "P2: {respond: PT2H, resolve: PT2H, calendar: office}",
                        "P2: {respond: PT2H, resolve: PT2H, calendar: offce}",
                        "editions.ENTERPRISE.support.P2.calendar",
                        "'offce' is not a calendar of the pack: use one of ALWAYS, office, customer"),
                broken("ALWAYS in another case", "P1: {respond: PT1H, resolve: PT1H, calendar: ALWAYS}",
                        "P1: {respond: PT1H, resolve: PT1H, calendar: always}",
                        "editions.ENTERPRISE.support.P1.calendar",
                        "'always' is not a calendar of the pack: use one of ALWAYS, office, customer"),
                broken("an unknown resolve calendar", "resolveCalendar: office", "resolveCalendar: weekend",
                        "editions.ENTERPRISE.support.P3.resolveCalendar",
                        "'weekend' is not a calendar of the pack: use one of ALWAYS, office, customer"),
                broken("a calendar named ALWAYS", "  customer:\n    zone: customer", "  ALWAYS:\n    zone: customer",
                        "calendars.ALWAYS",
                        "is the built-in calendar of every instant: give the pack's calendar another name"),
                broken("a target without a calendar", "P4: {respond: PT4H, calendar: office}", "P4: {respond: PT4H}",
                        "editions.ENTERPRISE.support.P4.calendar", "is missing"),
                // targets: zero, negative, days, seconds
                broken("a target of zero minutes", "respond: PT4H", "respond: PT0M",
                        "editions.ENTERPRISE.support.P4.respond", "'PT0M' must be above zero"),
                broken("a target of zero hours", "respond: PT4H", "respond: PT0H",
                        "editions.ENTERPRISE.support.P4.respond", "'PT0H' must be above zero"),
                broken("a negative target", "respond: PT4H", "respond: PT-4H",
                        "editions.ENTERPRISE.support.P4.respond", "'PT-4H' must be above zero"),
                broken("a negative target, signed outside", "respond: PT4H", "respond: -PT4H",
                        "editions.ENTERPRISE.support.P4.respond", "'-PT4H' must be above zero"),
                broken("a target with days", "resolve: PT8H", "resolve: P1D",
                        "editions.ENTERPRISE.support.P3.resolve",
                        "'P1D' has days, and business time has none: write hours, such as PT24H"),
                broken("a target with days and hours", "resolve: PT8H", "resolve: P1DT2H",
                        "editions.ENTERPRISE.support.P3.resolve",
                        "'P1DT2H' has days, and business time has none: write hours, such as PT24H"),
                broken("a target with seconds", "respond: PT4H", "respond: PT4H30S",
                        "editions.ENTERPRISE.support.P4.respond", "'PT4H30S' has seconds: a target is whole minutes"),
                broken("a target of seconds only", "respond: PT4H", "respond: PT90S",
                        "editions.ENTERPRISE.support.P4.respond", "'PT90S' has seconds: a target is whole minutes"),
                broken("a target with a fraction", "respond: PT4H", "respond: PT1.5H",
                        "editions.ENTERPRISE.support.P4.respond",
                        "'PT1.5H' is not an ISO-8601 duration such as PT8H or PT1H30M"),
                broken("a target that is not ISO-8601", "respond: PT4H", "respond: 4 hours",
                        "editions.ENTERPRISE.support.P4.respond",
                        "'4 hours' is not an ISO-8601 duration such as PT8H or PT1H30M"),
                broken("a target with a negative part", "respond: PT4H", "respond: PT4H-30M",
                        "editions.ENTERPRISE.support.P4.respond",
                        "'PT4H-30M' must be written with hours and minutes only, such as PT8H, PT90M or PT1H30M"),
                broken("a priority with no target", "P4: {respond: PT4H, calendar: office}", "P4: {calendar: office}",
                        "editions.ENTERPRISE.support.P4.respond",
                        "is missing: a priority the edition maps has respond, resolve or both"),
                broken("a resolve calendar without a resolve target", "P4: {respond: PT4H, calendar: office}",
                        "P4: {respond: PT4H, calendar: ALWAYS, resolveCalendar: office}",
                        "editions.ENTERPRISE.support.P4.resolveCalendar",
                        "is the resolve target's own calendar, and this priority has no resolve target"),
                // a calendar with no days, a day twice, opens not before closes
                broken("a calendar with no days", "days: [" + WEEKDAYS + "]\n    opens: \"09:00\"",
                        "days: []\n    opens: \"09:00\"", "calendars.office.days", "needs at least one day of the week"),
                broken("a calendar without days", "    days: [" + WEEKDAYS + "]\n    opens: \"09:00\"",
                        "    opens: \"09:00\"", "calendars.office.days", "is missing"),
                broken("a day listed twice", "days: [" + WEEKDAYS + "]", "days: [MONDAY, TUESDAY, MONDAY]",
                        "calendars.office.days", "lists MONDAY twice"),
                broken("a day not written as java.time names it", "days: [" + WEEKDAYS + "]", "days: [Monday]",
                        "calendars.office.days", "'Monday' is not a day of the week: use " + DAYS),
                broken("opens at the closing time", "opens: \"09:00\"", "opens: \"17:00\"",
                        "calendars.office.opens", "17:00 is not before closes 17:00"),
                broken("opens after the closing time", "opens: \"09:00\"", "opens: \"17:01\"",
                        "calendars.office.opens", "17:01 is not before closes 17:00"),
                broken("opens without its leading zero", "opens: \"09:00\"", "opens: \"9:00\"",
                        "calendars.office.opens", "'9:00' is not a time of day written \"HH:MM\", such as \"09:00\""),
                broken("an hour past the day", "closes: \"17:00\"", "closes: \"24:00\"",
                        "calendars.office.closes", "'24:00' is not a time of day written \"HH:MM\", such as \"09:00\""),
                broken("a time with seconds", "closes: \"17:00\"", "closes: \"17:00:00\"",
                        "calendars.office.closes",
                        "'17:00:00' is not a time of day written \"HH:MM\", such as \"09:00\""),
                broken("a calendar without opens", "    opens: \"09:00\"\n", "", "calendars.office.opens", "is missing"),
                broken("a calendar without closes", "    closes: \"17:00\"\n", "", "calendars.office.closes",
                        "is missing"),
                // a bad country or zone
                broken("a country that is no country", "holidays: NL", "holidays: XX", "calendars.office.holidays",
                        "'XX' is not a country the holiday library knows: use an ISO 3166 code such as NL, or customer"),
                broken("a three-letter country", "holidays: NL", "holidays: NLD", "calendars.office.holidays",
                        "'NLD' is not a country the holiday library knows: use an ISO 3166 code such as NL, or customer"),
                broken("a country the holiday library does not know", "holidays: NL", "holidays: FR",
                        "calendars.office.holidays",
                        "'FR' is not a country the holiday library knows: use an ISO 3166 code such as NL, or customer"),
                broken("a zone that does not exist", "zone: Europe/Amsterdam\n    days", "zone: Europe/Atlantis\n    days",
                        "calendars.office.zone",
                        "'Europe/Atlantis' is not a time zone: use a region such as Europe/Amsterdam, or customer"),
                broken("a calendar without a zone", "    zone: customer\n", "", "calendars.customer.zone", "is missing"),
                broken("a closed day that is no date", "closedDays: [2026-12-24, 2026-12-31]",
                        "closedDays: [2026-12-24, 2026-13-01]", "calendars.office.closedDays",
                        "'2026-13-01' is not a date written YYYY-MM-DD"),
                // credit outside (0, 100]
                broken("perMiss of zero", "perMiss: 5", "perMiss: 0", "support.credit.perMiss",
                        "0 is not a percentage in (0, 100] with at most 3 decimals"),
                broken("a negative perMiss", "perMiss: 5", "perMiss: -5", "support.credit.perMiss",
                        "-5 is not a percentage in (0, 100] with at most 3 decimals"),
                broken("perMiss above 100", "perMiss: 5", "perMiss: 100.5", "support.credit.perMiss",
                        "100.5 is not a percentage in (0, 100] with at most 3 decimals"),
                broken("a cap of zero", "cap: 20", "cap: 0", "support.credit.cap",
                        "0 is not a percentage in (0, 100] with at most 3 decimals"),
                broken("a cap above 100", "cap: 20", "cap: 101", "support.credit.cap",
                        "101 is not a percentage in (0, 100] with at most 3 decimals"),
                broken("a credit without a cap", "{perMiss: 5, cap: 20}", "{perMiss: 5}", "support.credit.cap",
                        "is missing"),
                broken("a cap that is no number", "cap: 20", "cap: twenty", "support.credit.cap",
                        "'twenty' is not a number: write a decimal such as 99.9"),
                // calendars or targets in a pack without support
                broken("calendars in a pack without support",
                        "support:\n  priorities: [P1, P2, P3, P4]\n  resolutionFrom: RESPONSE\n"
                                + "  credit: {perMiss: 5, cap: 20}\n", "",
                        "calendars", "is only for a pack with a support section: add support with its priorities"),
                // unknown keys and values
                broken("resolutionFrom neither REPORT nor RESPONSE", "resolutionFrom: RESPONSE",
                        "resolutionFrom: FIRST_RESPONSE", "support.resolutionFrom",
                        "'FIRST_RESPONSE' is not where the resolution clock starts: use REPORT or RESPONSE"),
                broken("an unknown key in support", "  resolutionFrom: RESPONSE\n",
                        "  resolutionFrom: RESPONSE\n  escalation: PT1H\n", "support.escalation",
                        "is not a key of support: use one of priorities, resolutionFrom, credit"),
                broken("an unknown key in credit", "{perMiss: 5, cap: 20}", "{perMiss: 5, cap: 20, max: 30}",
                        "support.credit.max", "is not a key of support.credit: use perMiss or cap"),
                broken("an unknown key in a calendar", "    holidays: NL\n", "    holidays: NL\n    lunch: \"12:00\"\n",
                        "calendars.office.lunch",
                        "is not a key of a calendar: use one of zone, days, opens, closes, holidays, closedDays"),
                broken("an unknown key in a priority's targets", "P4: {respond: PT4H, calendar: office}",
                        "P4: {respnd: PT4H, calendar: office}", "editions.ENTERPRISE.support.P4.respnd",
                        "is not a key of a priority's targets: use one of respond, resolve, calendar, resolveCalendar"),
                broken("a priority's targets that are not a mapping", "P4: {respond: PT4H, calendar: office}",
                        "P4: PT4H", "editions.ENTERPRISE.support.P4",
                        "must be a mapping such as {respond: PT1H, resolve: PT8H, calendar: office}, not 'PT4H'"));
    }

    private static Arguments broken(String what, String from, String to, String key, String problem) {
        assertThat(SUPPORT).as(what).contains(from);
        int at = SUPPORT.indexOf(from);
        return Arguments.of(what, SUPPORT.substring(0, at) + to + SUPPORT.substring(at + from.length()), key, problem);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPacks")
    void makes_the_pack_invalid(String what, String text, String key, String problem) {
        InvalidPackException e = invalid(text);

        assertThat(e.file()).isEqualTo(FILE);
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.getMessage()).isEqualTo("Policy pack " + FILE + " is invalid: " + key + ": " + problem + ".");
    }

    @Test
    void targets_of_an_edition_in_a_pack_without_support() {
        int support = SUPPORT.indexOf("support:\n  priorities");
        int editions = SUPPORT.indexOf("editions:");
        String text = SUPPORT.substring(0, support) + SUPPORT.substring(editions);

        InvalidPackException e = invalid(text);

        assertThat(e.key()).isEqualTo("editions.ENTERPRISE.support");
        assertThat(e.problem()).isEqualTo("needs a support section at the top of the pack, with its priorities");
    }

    @Test
    void a_priority_mapped_twice_by_an_edition_is_a_duplicate_key() {
        String text = SUPPORT.replace("      P4: {respond: PT4H, calendar: office}\n",
                "      P4: {respond: PT4H, calendar: office}\n      P4: {respond: PT8H, calendar: office}\n");

        InvalidPackException e = invalid(text);

        assertThat(e.key()).isEqualTo("line 35, column 7");
        assertThat(e.problem()).isEqualTo("found duplicate key P4");
    }

    @Test
    void the_holiday_library_decides_which_countries_exist() {
        String france = SUPPORT.replace("holidays: NL", "holidays: FR");

        assertThat(PolicyPackFile.read(FILE, france).support().orElseThrow().calendars().get("office").country())
                .contains("FR");
        assertThat(invalid(france).key()).isEqualTo("calendars.office.holidays");
    }

    private static PolicyPack read(String text) {
        return PolicyPackFile.read(FILE, text, KnownCountries.HOLIDAY_LIBRARY);
    }

    private static InvalidPackException invalid(String text) {
        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> read(text));
        assertThat(e).as("no InvalidPackException for:%n%s", text).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").endsWith(".");
        return e;
    }
}
