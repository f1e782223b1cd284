package com.slacredits.domain.support;

import static com.slacredits.domain.support.SupportPacks.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.EditionTerms;
import com.slacredits.domain.PackDefinitionException;
import com.slacredits.domain.Packs;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.ServicePeriod;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Support SLAs, section 3: what a pack's support section may say, and a pack without one as before. */
class SupportTermsTest {

    private static final PolicyPack PACK = SupportPacks.pack(ResolutionStart.RESPONSE);

    private static PackDefinitionException problem(Runnable construction) {
        try {
            construction.run();
        } catch (PackDefinitionException e) {
            return e;
        }
        throw new AssertionError("no PackDefinitionException");
    }

    @Test
    void a_pack_without_support_accepts_any_priority_and_has_no_targets() {
        PolicyPack standard = Packs.standard2024();

        assertThat(standard.support()).isEmpty();
        assertThat(standard.acceptsPriority("P1")).isTrue();
        assertThat(standard.acceptsPriority("whatever")).isTrue();
        assertThat(standard.supportTargets(SupportPacks.contract("K-1", "ENTERPRISE"), "P1")).isEmpty();
        assertThat(standard.editions().values()).allMatch(terms -> terms.support().isEmpty());
    }

    @Test
    void a_pack_with_support_accepts_its_priorities_only() {
        assertThat(PACK.acceptsPriority("P4")).isTrue();
        assertThat(PACK.acceptsPriority("P5")).isFalse();
        assertThat(PACK.acceptsPriority("p1")).isFalse();
    }

    @Test
    void a_priority_the_edition_does_not_map_has_no_target() {
        assertThat(PACK.supportTargets(SupportPacks.contract("K-1", "OWN_HOURS"), "P1")).isEmpty();
        assertThat(PACK.supportTargets(SupportPacks.contract("K-1", "OWN_HOURS"), "P2")).isPresent();
    }

    @Test
    void targets_in_a_pack_without_support_make_it_invalid() {
        EditionTerms withTargets = Packs.standard2024().edition("ENTERPRISE").orElseThrow()
                .withSupport(Map.of("P1", targets("PT1H", null, BusinessCalendar.ALWAYS, null)));

        assertThat(problem(() -> withEnterprise(withTargets, Optional.empty())).key())
                .isEqualTo("editions.ENTERPRISE.support");
    }

    @Test
    void a_target_for_a_priority_not_listed_makes_the_pack_invalid() {
        EditionTerms withTargets = Packs.standard2024().edition("ENTERPRISE").orElseThrow()
                .withSupport(Map.of("P9", targets("PT1H", null, BusinessCalendar.ALWAYS, null)));

        PackDefinitionException e = problem(() -> withEnterprise(withTargets, PACK.support()));

        assertThat(e.key()).isEqualTo("editions.ENTERPRISE.support.P9");
        assertThat(e.problem()).isEqualTo("is not a priority of support.priorities (P1, P2, P3, P4)");
    }

    @Test
    void a_target_on_a_calendar_of_another_pack_makes_the_pack_invalid() {
        EditionTerms withTargets = Packs.standard2024().edition("ENTERPRISE").orElseThrow()
                .withSupport(Map.of("P1", targets("PT1H", "PT2H", BusinessCalendar.ALWAYS, SupportPacks.SOFIA_OFFICE)));

        assertThat(problem(() -> withEnterprise(withTargets, PACK.support())).key())
                .isEqualTo("editions.ENTERPRISE.support.P1.resolveCalendar");
    }

    @Test
    void priorities_are_listed_once_each() {
        assertThat(problem(() -> new SupportTerms(List.of("P1", "P2", "P1"), ResolutionStart.RESPONSE,
                Optional.empty(), Map.of())).problem()).isEqualTo("lists P1 twice");
        assertThat(problem(() -> new SupportTerms(List.of(), ResolutionStart.RESPONSE, Optional.empty(), Map.of()))
                .key()).isEqualTo("priorities");
    }

    @Test
    void a_target_is_whole_minutes_above_zero() {
        assertThat(problem(() -> targets("PT0M", null, BusinessCalendar.ALWAYS, null)).key()).isEqualTo("respond");
        assertThat(problem(() -> targets("PT1H", "PT-1H", BusinessCalendar.ALWAYS, null)).key()).isEqualTo("resolve");
        assertThat(problem(() -> targets("PT1H30S", null, BusinessCalendar.ALWAYS, null)).problem())
                .isEqualTo("must be whole minutes, without seconds");
        assertThat(targets("PT1M", null, BusinessCalendar.ALWAYS, null).respond()).contains(Duration.ofMinutes(1));
    }

    @Test
    void a_priority_has_a_respond_or_a_resolve_target_and_its_own_resolve_calendar_only_with_resolve() {
        assertThat(problem(() -> targets(null, null, BusinessCalendar.ALWAYS, null)).key()).isEqualTo("respond");
        assertThat(problem(() -> targets("PT1H", null, BusinessCalendar.ALWAYS, SupportPacks.OFFICE)).key())
                .isEqualTo("resolveCalendar");
    }

    @Test
    void a_calendar_opens_before_it_closes_on_at_least_one_day() {
        assertThat(problem(() -> calendar(Set.of(DayOfWeek.MONDAY), "17:00", "17:00")).key())
                .isEqualTo("opens");
        assertThat(problem(() -> calendar(Set.of(DayOfWeek.MONDAY), "17:01", "17:00")).key())
                .isEqualTo("opens");
        assertThat(problem(() -> calendar(Set.of(), "09:00", "17:00")).key()).isEqualTo("days");
        assertThat(calendar(Set.of(DayOfWeek.MONDAY), "16:59", "17:00").opens())
                .isEqualTo(LocalTime.of(16, 59));
    }

    @Test
    void support_credit_percentages_lie_in_zero_to_a_hundred() {
        assertThat(problem(() -> new SupportCreditTerms(BigDecimal.ZERO, BigDecimal.TEN)).key()).isEqualTo("perMiss");
        assertThat(problem(() -> new SupportCreditTerms(BigDecimal.ONE, new BigDecimal("100.5"))).key()).isEqualTo("cap");
        assertThat(new SupportCreditTerms(new BigDecimal("100"), new BigDecimal("0.001")).cap()).isEqualByComparingTo("0.001");
    }

    @Test
    void an_edition_on_the_customers_hours_needs_a_support_zone() {
        assertThat(PACK.edition("OWN_HOURS").orElseThrow().needsSupportZone()).isTrue();
        assertThat(PACK.edition("ENTERPRISE").orElseThrow().needsSupportZone()).isFalse();
        assertThat(SupportPacks.CUSTOMER.usesCustomerZone()).isTrue();
        assertThat(BusinessCalendar.ALWAYS.usesCustomerZone()).isFalse();
    }

    @Test
    void the_period_and_cut_off_are_read_in_the_packs_zone() {
        assertThat(PACK.periodOf(Instant.parse("2026-10-31T22:59:59Z"))).isEqualTo(ServicePeriod.month(YearMonth.of(2026, 10)));
        assertThat(PACK.periodOf(Instant.parse("2026-10-31T23:00:00Z"))).isEqualTo(ServicePeriod.month(YearMonth.of(2026, 11)));
        assertThat(PACK.cutOff(LocalDate.of(2026, 11, 2))).isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
        assertThat(Packs.cpaas2024().periodOf(Instant.parse("2026-11-15T12:00:00Z"))).isEqualTo(ServicePeriod.quarter(2026, 4));
    }

    private static WeeklyCalendar calendar(Set<DayOfWeek> days, String opens, String closes) {
        return new WeeklyCalendar("office", Optional.of(SupportPacks.AMSTERDAM), days, LocalTime.parse(opens),
                LocalTime.parse(closes), Optional.empty(), false, Set.of());
    }

    private static PolicyPack withEnterprise(EditionTerms enterprise, Optional<SupportTerms> support) {
        PolicyPack standard = Packs.standard2024();
        return new PolicyPack("p", "P", standard.zone(), standard.period(), 5, standard.excuseRule(), standard.claims(),
                standard.claimWindow(), Map.of("ENTERPRISE", enterprise), support);
    }
}
