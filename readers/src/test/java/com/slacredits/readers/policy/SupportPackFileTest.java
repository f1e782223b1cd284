package com.slacredits.readers.policy;

import static com.slacredits.readers.policy.SupportPackTexts.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.BusinessCalendar;
import com.slacredits.domain.support.PriorityTargets;
import com.slacredits.domain.support.ResolutionStart;
import com.slacredits.domain.support.SupportCreditTerms;
import com.slacredits.domain.support.SupportTerms;
import com.slacredits.domain.support.WeeklyCalendar;
import com.slacredits.readers.KnownCountries;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Support SLAs, section 3: a pack's support section, calendars and targets, read exactly as written. */
class SupportPackFileTest {

    private static PolicyPack read(String text) {
        return PolicyPackFile.read("acme.yaml", text, KnownCountries.HOLIDAY_LIBRARY);
    }

    private final PolicyPack pack = read(SUPPORT);

    private SupportTerms support() {
        return pack.support().orElseThrow();
    }

    private PriorityTargets targets(String edition, String priority) {
        return pack.edition(edition).orElseThrow().supportTargets(priority).orElseThrow();
    }

    @Test
    void reads_the_priorities_in_order_where_the_resolution_clock_starts_and_the_credit() {
        assertThat(support().priorities()).containsExactly("P1", "P2", "P3", "P4");
        assertThat(support().resolutionFrom()).isEqualTo(ResolutionStart.RESPONSE);
        assertThat(support().credit()).contains(new SupportCreditTerms(new BigDecimal("5"), new BigDecimal("20")));
    }

    @Test
    void resolution_from_defaults_to_the_response_and_credit_to_none() {
        PolicyPack plain = read(SUPPORT.replace("  resolutionFrom: RESPONSE\n", "")
                .replace("  credit: {perMiss: 5, cap: 20}\n", ""));

        assertThat(plain.support().orElseThrow().resolutionFrom()).isEqualTo(ResolutionStart.RESPONSE);
        assertThat(plain.support().orElseThrow().credit()).isEmpty();
        assertThat(read(SUPPORT.replace("resolutionFrom: RESPONSE", "resolutionFrom: REPORT")).support().orElseThrow()
                .resolutionFrom()).isEqualTo(ResolutionStart.REPORT);
    }

    @Test
    void reads_a_calendar_of_the_pack() {
        assertThat(support().calendars().get("office")).isEqualTo(new WeeklyCalendar("office",
                Optional.of(ZoneId.of("Europe/Amsterdam")), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), Optional.of("NL"), false,
                Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31))));
    }

    @Test
    void reads_a_calendar_in_the_customers_zone_with_the_customers_holidays() {
        WeeklyCalendar customer = support().calendars().get("customer");

        assertThat(customer.zone()).isEmpty();
        assertThat(customer.usesCustomerZone()).isTrue();
        assertThat(customer.customerHolidays()).isTrue();
        assertThat(customer.country()).isEmpty();
        assertThat(customer.opens()).isEqualTo(LocalTime.of(8, 30));
        assertThat(customer.closes()).isEqualTo(LocalTime.of(17, 30));
        assertThat(customer.closedDays()).isEmpty();
    }

    @Test
    void zone_customer_and_holidays_customer_each_go_without_the_other() {
        PolicyPack ownZoneDutchHolidays = read(SUPPORT.replace("holidays: customer", "holidays: NL"));
        PolicyPack fixedZoneOwnHolidays = read(SUPPORT.replace("holidays: NL", "holidays: customer"));

        WeeklyCalendar first = ownZoneDutchHolidays.support().orElseThrow().calendars().get("customer");
        assertThat(first.usesCustomerZone()).isTrue();
        assertThat(first.country()).contains("NL");
        WeeklyCalendar second = fixedZoneOwnHolidays.support().orElseThrow().calendars().get("office");
        assertThat(second.zone()).contains(ZoneId.of("Europe/Amsterdam"));
        assertThat(second.customerHolidays()).isTrue();
    }

    @Test
    void a_calendar_without_holidays_has_none_and_a_country_is_read_in_any_case() {
        PolicyPack noHolidays = read(SUPPORT.replace("    holidays: NL\n", ""));
        PolicyPack lowerCase = read(SUPPORT.replace("holidays: NL", "holidays: nl"));

        WeeklyCalendar office = noHolidays.support().orElseThrow().calendars().get("office");
        assertThat(office.country()).isEmpty();
        assertThat(office.customerHolidays()).isFalse();
        assertThat(lowerCase.support().orElseThrow().calendars().get("office").country()).contains("NL");
    }

    @Test
    void a_time_of_day_may_be_written_without_quotes_as_the_loader_resolves_no_type() {
        PolicyPack unquoted = read(SUPPORT.replace("opens: \"09:00\"", "opens: 09:00"));

        assertThat(unquoted.support().orElseThrow().calendars().get("office").opens()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void reads_each_priority_targets_and_calendars() {
        PriorityTargets p1 = targets("ENTERPRISE", "P1");
        assertThat(p1.respond()).contains(Duration.ofHours(1));
        assertThat(p1.resolve()).contains(Duration.ofHours(1));
        assertThat(p1.calendar()).isSameAs(BusinessCalendar.ALWAYS);

        PriorityTargets p3 = targets("ENTERPRISE", "P3");
        assertThat(p3.responseCalendar()).isSameAs(BusinessCalendar.ALWAYS);
        assertThat(p3.resolutionCalendar()).isSameAs(support().calendars().get("office"));
        assertThat(p3.resolve()).contains(Duration.ofHours(8));

        PriorityTargets p4 = targets("ENTERPRISE", "P4");
        assertThat(p4.respond()).contains(Duration.ofHours(4));
        assertThat(p4.resolve()).isEmpty();

        PriorityTargets own = targets("OWN_HOURS", "P2");
        assertThat(own.respond()).contains(Duration.ofMinutes(90));
        assertThat(own.resolve()).contains(Duration.ofMinutes(90));
        assertThat(own.calendar().name()).isEqualTo("customer");
    }

    @Test
    void a_priority_an_edition_does_not_map_has_no_target() {
        assertThat(pack.edition("OWN_HOURS").orElseThrow().supportTargets("P1")).isEmpty();
        assertThat(pack.edition("MONITORED").orElseThrow().support()).isEmpty();
        assertThat(pack.edition("OWN_HOURS").orElseThrow().needsSupportZone()).isTrue();
        assertThat(pack.edition("ENTERPRISE").orElseThrow().needsSupportZone()).isFalse();
    }

    @Test
    void targets_take_hours_and_minutes_in_either_case() {
        PolicyPack lower = read(SUPPORT.replace("respond: PT4H", "respond: pt4h").replace("resolve: PT8H", "resolve: PT0H480M"));

        assertThat(lower.edition("ENTERPRISE").orElseThrow().supportTargets("P4").orElseThrow().respond())
                .contains(Duration.ofHours(4));
        assertThat(lower.edition("ENTERPRISE").orElseThrow().supportTargets("P3").orElseThrow().resolve())
                .contains(Duration.ofHours(8));
    }

    @Test
    void an_empty_support_mapping_in_an_edition_has_no_target() {
        String monitored = "  MONITORED:\n    guarantee: 99.9\n    schedule: NONE\n";
        String text = SUPPORT.replace(monitored, monitored + "    support: {}\n");
        assertThat(text).contains("MONITORED:\n    guarantee: 99.9\n    schedule: NONE\n    support: {}\n");

        PolicyPack empty = read(text);

        assertThat(empty.edition("MONITORED").orElseThrow().support()).isEmpty();
        assertThat(List.copyOf(empty.editions().keySet())).containsExactly("ENTERPRISE", "OWN_HOURS", "MONITORED");
    }
}
