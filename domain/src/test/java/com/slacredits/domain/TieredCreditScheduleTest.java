package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit rules, section 5: the tier tables of standard-2024, each line hit exactly and missed by a hair.
 *
 * <p>Availabilities are built from slot counts so that they are exact: with 100,000 measured slots,
 * U = (100 - p) x 1,000 gives exactly p %; with 1,000,000 measured, one more slot than
 * (100 - p) x 10,000 lands one ten-thousandth of a percent below p.
 */
class TieredCreditScheduleTest {

    private static final PolicyPack STANDARD = PolicyCatalog.standard2024();

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
        assertThat(assess(Edition.ENTERPRISE, measured, down)).isEqualTo(expected);
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
    void every_edition_on_and_just_below_each_line(Edition edition, long measured, long down, String expected) {
        assertThat(assess(edition, measured, down)).isEqualTo(expected);
    }

    @Test
    void a_real_month_exactly_on_the_line() {
        // October 2026, 200 slots excused, 89 down: 44,411 / 44,500 is exactly 99.8 %.
        Availability exactly = new Availability(44_700, 200, 89);
        // One more minute down: 99.797... %.
        Availability oneMore = new Availability(44_700, 200, 90);

        assertThat(describe(schedule(Edition.ENTERPRISE).assess(exactly))).isEqualTo("TIER 10");
        assertThat(describe(schedule(Edition.STARTER).assess(exactly))).isEqualTo("NO_CREDIT");
        assertThat(describe(schedule(Edition.STARTER).assess(oneMore))).isEqualTo("TIER 10");
    }

    @Test
    void nothing_measured_earns_nothing() {
        assertThat(describe(schedule(Edition.ENTERPRISE).assess(new Availability(44_700, 44_700, 0))))
                .isEqualTo("NO_CREDIT");
    }

    @Test
    void each_edition_guarantees_its_line() {
        assertThat(schedule(Edition.STARTER).guaranteePercent()).isEqualByComparingTo("99.8");
        assertThat(schedule(Edition.ESSENTIAL).guaranteePercent()).isEqualByComparingTo("99.8");
        assertThat(schedule(Edition.GROWTH).guaranteePercent()).isEqualByComparingTo("99.85");
        assertThat(schedule(Edition.ENTERPRISE).guaranteePercent()).isEqualByComparingTo("99.9");
        assertThat(schedule(Edition.CUSTOM).guaranteePercent()).isEqualByComparingTo("99.9");
    }

    @Test
    void tiers_may_be_given_in_any_order() {
        TieredCreditSchedule shuffled = new TieredCreditSchedule(new BigDecimal("99.9"),
                List.of(CreditTier.of("97", "30"), CreditTier.of("99.8", "10"), CreditTier.of("98", "20")),
                new BigDecimal("97"));

        assertThat(describe(shuffled.assess(new Availability(100_000, 0, 150)))).isEqualTo("TIER 10");
        assertThat(describe(shuffled.assess(new Availability(100_000, 0, 1_500)))).isEqualTo("TIER 20"); // 98.5
        assertThat(describe(shuffled.assess(new Availability(100_000, 0, 2_500)))).isEqualTo("TIER 30"); // 97.5
        assertThat(shuffled.highestCreditPercent()).isEqualByComparingTo("30");
    }

    @Test
    void a_gap_between_the_lowest_tier_and_the_breach_line_still_credits_the_highest_tier() {
        // A pack whose last tier starts at 97 but whose breach line is 95: 96 % must not earn nothing.
        TieredCreditSchedule gapped = new TieredCreditSchedule(new BigDecimal("99.9"),
                List.of(CreditTier.of("99", "10"), CreditTier.of("97", "25")), new BigDecimal("95"));

        assertThat(describe(gapped.assess(new Availability(100_000, 0, 4_000)))).isEqualTo("TIER 25");
        assertThat(describe(gapped.assess(new Availability(100_000, 0, 5_001)))).isEqualTo("MATERIAL_BREACH 25");
    }

    @Test
    void inconsistent_tables_are_refused() {
        // A lower tier crediting less than a higher one would punish lower availability less.
        assertThatThrownBy(() -> new TieredCreditSchedule(new BigDecimal("99.9"),
                List.of(CreditTier.of("99", "20"), CreditTier.of("98", "10")), new BigDecimal("98")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TieredCreditSchedule(new BigDecimal("99"),
                List.of(CreditTier.of("99.5", "10")), new BigDecimal("98")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TieredCreditSchedule(new BigDecimal("99.9"),
                List.of(CreditTier.of("99", "10")), new BigDecimal("99.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TieredCreditSchedule(new BigDecimal("99.9"), List.of(), new BigDecimal("97")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditTier.of("99", "0")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String assess(Edition edition, long measured, long down) {
        return describe(schedule(edition).assess(new Availability(measured, 0, down)));
    }

    private static CreditSchedule schedule(Edition edition) {
        return STANDARD.scheduleFor(edition);
    }

    private static String describe(CreditAssessment assessment) {
        return assessment.creditPercent()
                .map(pct -> assessment.kind() + " " + pct.stripTrailingZeros().toPlainString())
                .orElse(assessment.kind().name());
    }
}
