package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Credit rules, sections 1 and 7: the standard-2024 values, service months in the pack's zone, the claim window. */
class PolicyPackTest {

    private final PolicyPack standard = PolicyCatalog.standard2024();

    @Test
    void standard_2024_reads_time_in_amsterdam_and_counts_outages_from_five_minutes() {
        assertThat(standard.id()).isEqualTo("standard-2024");
        assertThat(standard.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(standard.minOutageMinutes()).isEqualTo(5);
        assertThat(standard.claimWindow()).isEqualTo(Period.ofDays(30));
    }

    @Test
    void october_2026_has_44700_slots_because_summer_time_ends_on_the_25th() {
        SlotRange october = standard.serviceMonth(YearMonth.of(2026, 10));

        assertThat(october.size()).isEqualTo(44_700);
        assertThat(october.startInstant()).isEqualTo(at("2026-10-01T00:00:00+02:00"));
        assertThat(october.endInstant()).isEqualTo(at("2026-11-01T00:00:00+01:00"));
    }

    @Test
    void march_2026_has_44580_slots_because_summer_time_starts_on_the_29th() {
        SlotRange march = standard.serviceMonth(YearMonth.of(2026, 3));

        assertThat(march.size()).isEqualTo(44_580);
        assertThat(march.startInstant()).isEqualTo(at("2026-03-01T00:00:00+01:00"));
        assertThat(march.endInstant()).isEqualTo(at("2026-04-01T00:00:00+02:00"));
    }

    @Test
    void months_without_a_clock_change_have_a_whole_number_of_days() {
        assertThat(standard.serviceMonth(YearMonth.of(2026, 11)).size()).isEqualTo(30 * 1440);
        assertThat(standard.serviceMonth(YearMonth.of(2026, 2)).size()).isEqualTo(28 * 1440);
        assertThat(standard.serviceMonth(YearMonth.of(2028, 2)).size()).isEqualTo(29 * 1440);
    }

    @Test
    void consecutive_months_meet_without_gap_or_overlap() {
        SlotRange october = standard.serviceMonth(YearMonth.of(2026, 10));
        SlotRange november = standard.serviceMonth(YearMonth.of(2026, 11));

        assertThat(november.first()).isEqualTo(october.end());
    }

    @Test
    void an_october_claim_is_late_from_1_december_midnight_local() {
        assertThat(standard.claimDeadline(YearMonth.of(2026, 10))).isEqualTo(at("2026-12-01T00:00:00+01:00"));
    }

    @Test
    void the_claim_window_is_added_to_the_local_date_time_across_a_clock_change() {
        // February ends 1 March 00:00 (+01:00); 30 days later is 31 March 00:00, by then summer time (+02:00).
        // Thirty times 24 hours would give 31 March 01:00 local instead.
        assertThat(standard.claimDeadline(YearMonth.of(2026, 2))).isEqualTo(at("2026-03-31T00:00:00+02:00"));
        // September ends 1 October 00:00 (+02:00); 31 October 00:00 is winter time (+01:00).
        assertThat(standard.claimDeadline(YearMonth.of(2026, 9))).isEqualTo(at("2026-10-31T00:00:00+01:00"));
    }

    @Test
    void each_edition_has_a_schedule() {
        for (Edition edition : Edition.values()) {
            assertThat(standard.scheduleFor(edition)).as(edition.name()).isNotNull();
        }
    }

    @Test
    void a_pack_missing_an_edition_is_refused() {
        assertThatThrownBy(() -> new PolicyPack("thin", ZoneId.of("UTC"), 5,
                new ExcuseRule(EnumSet.allOf(WindowCause.class), Duration.ofHours(48), OptionalInt.empty()),
                Period.ofDays(30), Map.of(Edition.STARTER, standard.scheduleFor(Edition.STARTER))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_contract_with_no_policy_uses_standard_2024() {
        PolicyCatalog catalog = PolicyCatalog.standard();

        assertThat(PolicyCatalog.DEFAULT_POLICY_ID).isEqualTo("standard-2024");
        assertThat(catalog.find("").map(PolicyPack::id)).contains("standard-2024");
        assertThat(catalog.find(null).map(PolicyPack::id)).contains("standard-2024");
        assertThat(catalog.find("standard-2024").map(PolicyPack::id)).contains("standard-2024");
    }

    @Test
    void an_unknown_policy_is_not_silently_replaced() {
        PolicyCatalog catalog = PolicyCatalog.standard();

        assertThat(catalog.find("premium-2030")).isEmpty();
        assertThatThrownBy(() -> catalog.require("premium-2030")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void another_zone_gives_other_months() {
        PolicyPack utc = new PolicyPack("utc-pack", ZoneId.of("UTC"), 5, standard.excuseRule(), Period.ofDays(30),
                standard.schedules());

        assertThat(utc.serviceMonth(YearMonth.of(2026, 10)).size()).isEqualTo(31 * 1440);
        assertThat(utc.claimDeadline(YearMonth.of(2026, 10))).isEqualTo(at("2026-12-01T00:00:00Z"));
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
