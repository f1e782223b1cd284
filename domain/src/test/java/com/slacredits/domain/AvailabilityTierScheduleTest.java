package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit rules, section 5, policy packs, section 3 ({@code AVAILABILITY_TIERS}): the tier tables of
 * standard-2024 and of the customer's pack, each line hit exactly and missed by a hair, and the tables a
 * pack may not define.
 *
 * <p>Availabilities are built from slot counts so that they are exact: with 100,000 measured slots,
 * U = (100 - p) x 1,000 gives exactly p %; with 1,000,000 measured, one more slot than
 * (100 - p) x 10,000 lands one ten-thousandth of a percent below p.
 */
class AvailabilityTierScheduleTest {

    private static final PolicyPack STANDARD = Packs.standard2024();

    @ParameterizedTest(name = "ENTERPRISE at {0} %: {3}")
    @CsvSource({
            // the spec's own examples
            "99.85,  100000, 150,  TIER 10",
            "99.8,   100000, 200,  TIER 10",
            "99.79,  100000, 210,  TIER 20",
            "97,     100000, 3000, TIER 30",
            "96.99,  100000, 3010, MATERIAL_BREACH 30",
            "99.9,   100000, 100,  NO_CREDIT",
    })
    void the_spec_examples_for_enterprise(String shown, long measured, long down, String expected) {
        assertThat(new Availability(measured, 0, down).percentShown()).isEqualByComparingTo(shown);
        assertThat(assess("ENTERPRISE", measured, down)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1}/{2} down: {3}")
    @CsvSource({
            "STARTER,    100000,  0,     NO_CREDIT",
            "STARTER,    100000,  200,   NO_CREDIT",          // exactly 99.8: the guarantee is met
            "STARTER,    1000000, 2001,  TIER 10",            // 99.7999
            "STARTER,    100000,  2000,  TIER 10",            // exactly 98
            "STARTER,    1000000, 20001, TIER 20",            // 97.9999
            "STARTER,    100000,  3000,  TIER 20",            // exactly 97
            "STARTER,    1000000, 30001, TIER 30",            // 96.9999
            "STARTER,    100000,  4000,  TIER 30",            // exactly 96
            "STARTER,    1000000, 40001, MATERIAL_BREACH 30", // 95.9999
            "STARTER,    100000,  100000, MATERIAL_BREACH 30",
            "ESSENTIAL,  100000,  200,   NO_CREDIT",
            "ESSENTIAL,  1000000, 2001,  TIER 10",
            "ESSENTIAL,  100000,  2000,  TIER 10",
            "ESSENTIAL,  1000000, 20001, TIER 20",
            "ESSENTIAL,  100000,  3000,  TIER 20",
            "ESSENTIAL,  1000000, 30001, TIER 30",
            "ESSENTIAL,  100000,  4000,  TIER 30",
            "ESSENTIAL,  1000000, 40001, MATERIAL_BREACH 30",
            "GROWTH,     100000,  150,   NO_CREDIT",          // exactly 99.85
            "GROWTH,     1000000, 1501,  TIER 10",            // 99.8499
            "GROWTH,     100000,  200,   TIER 10",            // 99.8: enough for STARTER, not for GROWTH
            "GROWTH,     100000,  1000,  TIER 10",            // exactly 99
            "GROWTH,     1000000, 10001, TIER 20",            // 98.9999
            "GROWTH,     100000,  1500,  TIER 20",            // exactly 98.5
            "GROWTH,     1000000, 15001, TIER 30",            // 98.4999
            "GROWTH,     100000,  3500,  TIER 30",            // exactly 96.5
            "GROWTH,     1000000, 35001, MATERIAL_BREACH 30", // 96.4999
            "ENTERPRISE, 100000,  0,     NO_CREDIT",
            "ENTERPRISE, 1000000, 1001,  TIER 10",            // 99.8999
            "ENTERPRISE, 1000000, 2001,  TIER 20",            // 99.7999
            "ENTERPRISE, 100000,  2000,  TIER 20",            // exactly 98
            "ENTERPRISE, 1000000, 20001, TIER 30",            // 97.9999
            "ENTERPRISE, 1000000, 30001, MATERIAL_BREACH 30", // 96.9999
            "CUSTOM,     100000,  100,   NO_CREDIT",
            "CUSTOM,     1000000, 1001,  TIER 10",
            "CUSTOM,     100000,  200,   TIER 10",
            "CUSTOM,     1000000, 2001,  TIER 20",
            "CUSTOM,     100000,  2000,  TIER 20",
            "CUSTOM,     1000000, 20001, TIER 30",
            "CUSTOM,     100000,  3000,  TIER 30",
            "CUSTOM,     1000000, 30001, MATERIAL_BREACH 30",
    })
    void every_edition_on_and_just_below_each_line(String edition, long measured, long down, String expected) {
        assertThat(assess(edition, measured, down)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "northwind BUSINESS at {0}/{1} down: {2}")
    @CsvSource({
            "100000,  500,    NO_CREDIT",              // exactly 99.5
            "1000000, 5001,   TIER 10",                // 99.4999
            "100000,  1000,   TIER 10",                // exactly 99
            "1000000, 10001,  TIER 25",                // 98.9999
            "100000,  5000,   TIER 25",                // exactly 95
            "1000000, 50001,  MATERIAL_BREACH 100",    // 94.9999
            "44700,   447,    TIER 10",                // the five-packs example, K-N1 October: exactly 99.000
    })
    void the_customer_pack_on_and_just_below_each_line(long measured, long down, String expected) {
        EditionTerms business = Packs.northwind60d().edition("BUSINESS").orElseThrow();

        assertThat(describe(business.schedule().assess(new Availability(measured, 0, down),
                business.fixedGuarantee().orElseThrow()))).isEqualTo(expected);
    }

    @Test
    void a_real_month_exactly_on_the_line() {
        // October 2026, 200 slots excused, 89 down: 44,411 / 44,500 is exactly 99.8 %.
        Availability exactly = new Availability(44_700, 200, 89);
        // One more minute down: 99.797... %.
        Availability oneMore = new Availability(44_700, 200, 90);

        assertThat(describe(assess("ENTERPRISE", exactly))).isEqualTo("TIER 10");
        assertThat(describe(assess("STARTER", exactly))).isEqualTo("NO_CREDIT");
        assertThat(describe(assess("STARTER", oneMore))).isEqualTo("TIER 10");
    }

    @Test
    void nothing_measured_earns_nothing() {
        assertThat(describe(assess("ENTERPRISE", new Availability(44_700, 44_700, 0)))).isEqualTo("NO_CREDIT");
    }

    @Test
    void each_edition_guarantees_its_line() {
        assertThat(guarantee("STARTER")).isEqualByComparingTo("99.8");
        assertThat(guarantee("ESSENTIAL")).isEqualByComparingTo("99.8");
        assertThat(guarantee("GROWTH")).isEqualByComparingTo("99.85");
        assertThat(guarantee("ENTERPRISE")).isEqualByComparingTo("99.9");
        assertThat(guarantee("CUSTOM")).isEqualByComparingTo("99.9");
    }

    @Test
    void each_edition_breaches_below_its_last_line() {
        assertThat(schedule("STARTER").breachBelowPercent()).isEqualByComparingTo("96");
        assertThat(schedule("ESSENTIAL").breachBelowPercent()).isEqualByComparingTo("96");
        assertThat(schedule("GROWTH").breachBelowPercent()).isEqualByComparingTo("96.5");
        assertThat(schedule("ENTERPRISE").breachBelowPercent()).isEqualByComparingTo("97");
        assertThat(schedule("CUSTOM").breachBelowPercent()).isEqualByComparingTo("97");
    }

    @Test
    void only_a_breach_under_termination_refund_allows_a_termination() {
        AvailabilityTierSchedule refund = schedule("ENTERPRISE");
        AvailabilityTierSchedule creditOnly = (AvailabilityTierSchedule) Packs.northwind60d().edition("BUSINESS")
                .orElseThrow().schedule();
        Availability breach = new Availability(100_000, 0, 10_000); // 90 %
        Availability tier = new Availability(100_000, 0, 1_000);    // 99 %

        CreditAssessment refundBreach = refund.assess(breach, new BigDecimal("99.9"));
        assertThat(refundBreach.outcome()).isEqualTo(Outcome.CREDIT);
        assertThat(refundBreach.reason()).isEqualTo(Reason.MATERIAL_BREACH);
        assertThat(refundBreach.terminationAllowed()).isTrue();
        assertThat(refund.assess(tier, new BigDecimal("99.9")).terminationAllowed()).isFalse();
        assertThat(refund.assess(new Availability(100_000, 0, 0), new BigDecimal("99.9")).terminationAllowed())
                .isFalse();
        CreditAssessment creditBreach = creditOnly.assess(breach, new BigDecimal("99.5"));
        assertThat(describe(creditBreach)).isEqualTo("MATERIAL_BREACH 100");
        assertThat(creditBreach.terminationAllowed()).isFalse();
    }

    @Test
    void tiers_out_of_order_are_refused_and_in_order_they_credit_from_the_top() {
        // policy packs, section 3: rows go from the highest atLeast down, strictly decreasing.
        assertThatThrownBy(() -> new AvailabilityTierSchedule(
                List.of(AvailabilityTier.of("97", "30"), AvailabilityTier.of("99.8", "10"), AvailabilityTier.of("98", "20")),
                new BigDecimal("30"), BreachRemedy.TERMINATION_REFUND))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
        AvailabilityTierSchedule ordered = new AvailabilityTierSchedule(
                List.of(AvailabilityTier.of("99.8", "10"), AvailabilityTier.of("98", "20"), AvailabilityTier.of("97", "30")),
                new BigDecimal("30"), BreachRemedy.TERMINATION_REFUND);
        BigDecimal guarantee = new BigDecimal("99.9");

        assertThat(describe(ordered.assess(new Availability(100_000, 0, 150), guarantee))).isEqualTo("TIER 10");
        assertThat(describe(ordered.assess(new Availability(100_000, 0, 1_500), guarantee))).isEqualTo("TIER 20"); // 98.5
        assertThat(describe(ordered.assess(new Availability(100_000, 0, 2_500), guarantee))).isEqualTo("TIER 30"); // 97.5
        assertThat(ordered.breachCreditPercent()).isEqualByComparingTo("30");
    }

    @Test
    void an_equal_line_twice_is_refused_as_not_strictly_decreasing() {
        assertThatThrownBy(() -> Packs.availabilityTiers("30", BreachRemedy.CREDIT, "99", "10", "99", "20"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
    }

    @Test
    void everything_below_the_last_line_is_a_material_breach_at_the_breach_credit() {
        // The breach line is the last atLeast: a pack cannot leave a gap between its lowest tier and the breach,
        // and the breach credit applies however low availability falls.
        AvailabilityTierSchedule schedule = Packs.availabilityTiers("25", BreachRemedy.CREDIT, "99", "10", "97", "25");
        BigDecimal guarantee = new BigDecimal("99.9");

        assertThat(describe(schedule.assess(new Availability(100_000, 0, 3_000), guarantee))).isEqualTo("TIER 25");
        assertThat(describe(schedule.assess(new Availability(1_000_000, 0, 30_001), guarantee)))
                .isEqualTo("MATERIAL_BREACH 25");
        assertThat(describe(schedule.assess(new Availability(100_000, 0, 4_000), guarantee)))
                .isEqualTo("MATERIAL_BREACH 25");
        assertThat(describe(schedule.assess(new Availability(100_000, 0, 100_000), guarantee)))
                .isEqualTo("MATERIAL_BREACH 25");
        assertThat(schedule.breachBelowPercent()).isEqualByComparingTo("97");
    }

    @Test
    void inconsistent_tables_are_refused() {
        // The first line must lie below the guarantee (policy packs, section 3): at or above it is refused.
        assertThatThrownBy(() -> EditionTerms.fixed("99", Packs.availabilityTiers("10", BreachRemedy.CREDIT,
                "99.5", "10")))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
        assertThatThrownBy(() -> EditionTerms.fixed("99", Packs.availabilityTiers("10", BreachRemedy.CREDIT,
                "99", "10")))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
        assertThat(EditionTerms.fixed("99.01", Packs.availabilityTiers("10", BreachRemedy.CREDIT, "99", "10"))
                .fixedGuarantee()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("99.01"));
        assertThatThrownBy(() -> new AvailabilityTierSchedule(List.of(), new BigDecimal("30"), BreachRemedy.CREDIT))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
        assertThatThrownBy(() -> AvailabilityTier.of("99", "0"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("credit"));
        assertThatThrownBy(() -> AvailabilityTier.of("0", "10"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("atLeast"));
        assertThatThrownBy(() -> Packs.availabilityTiers("100.5", BreachRemedy.CREDIT, "99", "10"))
                .isInstanceOfSatisfying(PackDefinitionException.class,
                        e -> assertThat(e.key()).isEqualTo("breach.credit"));
    }

    @Test
    void a_lower_tier_crediting_less_than_a_higher_one_is_refused() {
        // A lower tier crediting less than a higher one would punish lower availability less.
        assertThatThrownBy(() -> Packs.availabilityTiers("20", BreachRemedy.CREDIT, "99", "20", "98", "10"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
    }

    private static String assess(String edition, long measured, long down) {
        return describe(assess(edition, new Availability(measured, 0, down)));
    }

    private static CreditAssessment assess(String edition, Availability availability) {
        return schedule(edition).assess(availability, guarantee(edition));
    }

    private static AvailabilityTierSchedule schedule(String edition) {
        return (AvailabilityTierSchedule) STANDARD.edition(edition).orElseThrow().schedule();
    }

    private static BigDecimal guarantee(String edition) {
        return STANDARD.edition(edition).orElseThrow().fixedGuarantee().orElseThrow();
    }

    /** NO_CREDIT, TIER p or MATERIAL_BREACH p, as the old assessment kinds read. */
    static String describe(CreditAssessment assessment) {
        if (assessment.outcome() == Outcome.REJECTED) {
            assertThat(assessment.reason()).isEqualTo(Reason.NO_CREDIT_DUE);
            assertThat(assessment.creditPercent()).isEmpty();
            return "NO_CREDIT";
        }
        if (assessment.outcome() == Outcome.COMPLIANCE) {
            assertThat(assessment.creditPercent()).isEmpty();
            return assessment.reason().name();
        }
        assertThat(assessment.outcome()).isEqualTo(Outcome.CREDIT);
        return assessment.reason().name() + " " + assessment.creditPercent().orElseThrow().stripTrailingZeros()
                .toPlainString();
    }
}
