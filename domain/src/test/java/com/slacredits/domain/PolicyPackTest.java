package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Credit rules, sections 1 and 7, policy packs, sections 2 and 7: the standard-2024 values, periods in
 * the pack's zone, the claim window, the keys a pack cannot do without.
 */
class PolicyPackTest {

    private final PolicyPack standard = Packs.standard2024();

    @Test
    void standard_2024_reads_time_in_amsterdam_and_counts_outages_from_five_minutes() {
        assertThat(standard.id()).isEqualTo("standard-2024");
        assertThat(standard.zone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        assertThat(standard.minOutageMinutes()).isEqualTo(5);
        assertThat(standard.claimWindow()).contains(Period.ofDays(30));
        assertThat(standard.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(standard.claims()).isEqualTo(ClaimsMode.REQUIRED);
        assertThat(standard.isAutomatic()).isFalse();
    }

    @Test
    void october_2026_has_44700_slots_because_summer_time_ends_on_the_25th() {
        SlotRange october = standard.slotsOf(month(2026, 10));

        assertThat(october.size()).isEqualTo(44_700);
        assertThat(october.startInstant()).isEqualTo(at("2026-10-01T00:00:00+02:00"));
        assertThat(october.endInstant()).isEqualTo(at("2026-11-01T00:00:00+01:00"));
    }

    @Test
    void march_2026_has_44580_slots_because_summer_time_starts_on_the_29th() {
        SlotRange march = standard.slotsOf(month(2026, 3));

        assertThat(march.size()).isEqualTo(44_580);
        assertThat(march.startInstant()).isEqualTo(at("2026-03-01T00:00:00+01:00"));
        assertThat(march.endInstant()).isEqualTo(at("2026-04-01T00:00:00+02:00"));
    }

    @Test
    void months_without_a_clock_change_have_a_whole_number_of_days() {
        assertThat(standard.slotsOf(month(2026, 11)).size()).isEqualTo(30 * 1440);
        assertThat(standard.slotsOf(month(2026, 2)).size()).isEqualTo(28 * 1440);
        assertThat(standard.slotsOf(month(2028, 2)).size()).isEqualTo(29 * 1440);
    }

    @Test
    void consecutive_months_meet_without_gap_or_overlap() {
        SlotRange october = standard.slotsOf(month(2026, 10));
        SlotRange november = standard.slotsOf(month(2026, 11));

        assertThat(november.first()).isEqualTo(october.end());
    }

    @Test
    void an_october_claim_is_late_from_1_december_midnight_local() {
        assertThat(standard.claimDeadline(month(2026, 10))).isEqualTo(at("2026-12-01T00:00:00+01:00"));
    }

    @Test
    void the_claim_window_is_added_to_the_local_date_time_across_a_clock_change() {
        // February ends 1 March 00:00 (+01:00); 30 days later is 31 March 00:00, by then summer time (+02:00).
        // Thirty times 24 hours would give 31 March 01:00 local instead.
        assertThat(standard.claimDeadline(month(2026, 2))).isEqualTo(at("2026-03-31T00:00:00+02:00"));
        // September ends 1 October 00:00 (+02:00); 31 October 00:00 is winter time (+01:00).
        assertThat(standard.claimDeadline(month(2026, 9))).isEqualTo(at("2026-10-31T00:00:00+01:00"));
    }

    @Test
    void the_customer_pack_gives_sixty_days_from_the_local_end_of_the_month() {
        // October ends 1 November 00:00 (+01:00); plus 60 days is 31 December 00:00 (+01:00).
        assertThat(Packs.northwind60d().claimDeadline(month(2026, 10))).isEqualTo(at("2026-12-31T00:00:00+01:00"));
    }

    @Test
    void a_quarter_s_claim_window_starts_when_its_last_month_ends() {
        PolicyPack quarterly = Packs.variant(standard, "quarterly-claims", Packs.AMSTERDAM, PeriodKind.QUARTER,
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)));

        // Q3 2026 ends 1 October 00:00 (+02:00); 30 days later, 31 October 00:00, is winter time.
        assertThat(quarterly.claimDeadline(ServicePeriod.quarter(2026, 3))).isEqualTo(at("2026-10-31T00:00:00+01:00"));
    }

    @Test
    void an_automatic_pack_takes_no_claims_and_has_no_deadline() {
        assertThatThrownBy(() -> Packs.iotCloud2022().claimDeadline(month(2026, 10)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void each_edition_of_standard_2024_has_terms() {
        // In the pack's own order, as statements and the summary list them.
        assertThat(standard.editions().keySet())
                .containsExactly("STARTER", "ESSENTIAL", "GROWTH", "ENTERPRISE", "CUSTOM");
        for (String edition : standard.editions().keySet()) {
            assertThat(standard.edition(edition)).as(edition).isPresent();
        }
        assertThat(standard.edition("PLATINUM")).isEmpty();
    }

    @Test
    void a_contract_naming_an_edition_the_pack_does_not_know_has_no_terms() {
        Contract platinum = AContract.id("K-1").edition("PLATINUM").build();

        assertThatThrownBy(() -> standard.termsOf(platinum)).isInstanceOf(IllegalStateException.class);
        // Editions are named by the pack: the iot edition is unknown to standard-2024, and the other way round.
        assertThatThrownBy(() -> standard.termsOf(AContract.id("K-2").edition("HOME_APP").build()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Packs.iotCloud2022().termsOf(AContract.id("K-3").edition("STARTER").build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_pack_s_editions_cannot_be_changed_from_outside() {
        Map<String, EditionTerms> editions = new LinkedHashMap<>(standard.editions());
        PolicyPack copy = new PolicyPack("copy", "Copy", Packs.AMSTERDAM, PeriodKind.MONTH, 5, standard.excuseRule(),
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)), editions);
        editions.remove("STARTER");

        assertThat(copy.edition("STARTER")).isPresent();
        assertThatThrownBy(() -> copy.editions().remove("GROWTH")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_pack_without_editions_is_refused() {
        assertThatThrownBy(() -> new PolicyPack("thin", "Thin", ZoneId.of("UTC"), PeriodKind.MONTH, 5,
                standard.excuseRule(), ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)), Map.of()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("editions"));
    }

    @Test
    void a_pack_taking_claims_needs_a_claim_window() {
        assertThatThrownBy(() -> Packs.variant(standard, "no-window", Packs.AMSTERDAM, PeriodKind.MONTH,
                ClaimsMode.REQUIRED, Optional.empty()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("claimWindow"));
        // An automatic pack needs none.
        assertThat(Packs.variant(standard, "auto", Packs.AMSTERDAM, PeriodKind.MONTH, ClaimsMode.AUTOMATIC,
                Optional.empty()).isAutomatic()).isTrue();
    }

    @Test
    void other_bad_pack_values_name_their_key() {
        assertThatThrownBy(() -> Packs.variant(standard, "negative-window", Packs.AMSTERDAM, PeriodKind.MONTH,
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(-1))))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("claimWindow"));
        assertThatThrownBy(() -> new PolicyPack(" ", "Blank", Packs.AMSTERDAM, PeriodKind.MONTH, 5,
                standard.excuseRule(), ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)), standard.editions()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("id"));
        assertThatThrownBy(() -> new PolicyPack("zero", "Zero", Packs.AMSTERDAM, PeriodKind.MONTH, 0,
                standard.excuseRule(), ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)), standard.editions()))
                .isInstanceOfSatisfying(PackDefinitionException.class,
                        e -> assertThat(e.key()).isEqualTo("minOutageMinutes"));
        assertThatThrownBy(() -> new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE), Optional.of(Duration.ofHours(-1)),
                OptionalInt.empty()))
                .isInstanceOfSatisfying(PackDefinitionException.class,
                        e -> assertThat(e.key()).isEqualTo("maintenanceNotice"));
        assertThatThrownBy(() -> new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE), Optional.empty(), OptionalInt.of(0)))
                .isInstanceOfSatisfying(PackDefinitionException.class,
                        e -> assertThat(e.key()).isEqualTo("maintenanceMaxMinutes"));
    }

    @Test
    void a_contract_with_no_policy_uses_standard_2024() {
        PolicyCatalog catalog = new PolicyCatalog(Packs.builtIn());

        assertThat(PolicyCatalog.DEFAULT_POLICY_ID).isEqualTo("standard-2024");
        assertThat(catalog.find("").map(PolicyPack::id)).contains("standard-2024");
        assertThat(catalog.find(null).map(PolicyPack::id)).contains("standard-2024");
        assertThat(catalog.find("standard-2024").map(PolicyPack::id)).contains("standard-2024");
        assertThat(catalog.find("plm-2022").map(PolicyPack::id)).contains("plm-2022");
    }

    @Test
    void an_unknown_policy_is_not_silently_replaced() {
        PolicyCatalog catalog = new PolicyCatalog(Packs.builtIn());

        assertThat(catalog.find("premium-2030")).isEmpty();
        assertThatThrownBy(() -> catalog.require("premium-2030")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void another_zone_gives_other_months() {
        PolicyPack utc = Packs.variant(standard, "utc-pack", ZoneId.of("UTC"), PeriodKind.MONTH, ClaimsMode.REQUIRED,
                Optional.of(Period.ofDays(30)));

        assertThat(utc.slotsOf(month(2026, 10)).size()).isEqualTo(31 * 1440);
        assertThat(utc.claimDeadline(month(2026, 10))).isEqualTo(at("2026-12-01T00:00:00Z"));
    }

    @Test
    void a_pack_measures_only_periods_of_its_own_kind() {
        assertThat(standard.measures(month(2026, 10))).isTrue();
        assertThat(standard.measures(ServicePeriod.quarter(2026, 4))).isFalse();
        assertThat(Packs.cpaas2024().measures(ServicePeriod.quarter(2026, 4))).isTrue();
        assertThat(Packs.cpaas2024().measures(month(2026, 10))).isFalse();
    }

    @Test
    void the_built_in_packs_are_those_of_section_7() {
        PolicyPack iot = Packs.iotCloud2022();
        PolicyPack cpaas = Packs.cpaas2024();
        PolicyPack plm = Packs.plm2022();

        assertThat(List.of(iot.zone(), cpaas.zone(), plm.zone())).containsExactly(
                ZoneId.of("Europe/Sofia"), ZoneId.of("Europe/Amsterdam"), ZoneId.of("Europe/Brussels"));
        assertThat(List.of(iot.period(), cpaas.period(), plm.period()))
                .containsExactly(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.MONTH);
        assertThat(List.of(iot.minOutageMinutes(), cpaas.minOutageMinutes(), plm.minOutageMinutes()))
                .containsExactly(5, 1, 5);
        assertThat(List.of(iot, cpaas, plm)).allSatisfy(pack -> {
            assertThat(pack.isAutomatic()).as(pack.id()).isTrue();
            assertThat(pack.claimWindow()).as(pack.id()).isEmpty();
        });
        assertThat(iot.editions().keySet()).containsExactly("ENTERPRISE_DASHBOARD", "HOME_APP", "BACKEND_API");
        assertThat(cpaas.editions().keySet()).containsExactly("BUSINESS_MESSAGING", "VOICE", "SERVICE_CLOUD",
                "MARKETING_CLOUD", "CONVERSATIONAL_AI");
        assertThat(cpaas.editions()).hasSize(5);
        assertThat(cpaas.edition("VOICE").flatMap(EditionTerms::fixedGuarantee))
                .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("99.99"));
        assertThat(cpaas.edition("SERVICE_CLOUD").flatMap(EditionTerms::fixedGuarantee))
                .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("99.9"));
        assertThat(plm.edition("PLATFORM").map(EditionTerms::guaranteeFromContract)).contains(true);
        assertThat(plm.excuseRule().maintenanceNotice()).contains(Duration.ofHours(336));
        assertThat(iot.excuseRule().maintenanceMaxMinutes()).hasValue(60);
        assertThat(Packs.northwind60d().edition("BUSINESS").flatMap(EditionTerms::fixedGuarantee))
                .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo(new BigDecimal("99.5")));
    }

    private static ServicePeriod month(int year, int month) {
        return ServicePeriod.month(YearMonth.of(year, month));
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
