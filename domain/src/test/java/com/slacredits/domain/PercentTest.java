package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Policy packs, section 1: every percentage and guarantee of a pack lies in (0, 100]. */
class PercentTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-0.001", "-10", "100.5", "100.001", "101"})
    void outside_0_to_100_is_refused_naming_the_key(String percent) {
        assertThat(Percent.isValid(new BigDecimal(percent))).isFalse();
        assertThatThrownBy(() -> Percent.require("breach.credit", new BigDecimal(percent)))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> {
                    assertThat(e.key()).isEqualTo("breach.credit");
                    assertThat(e.problem()).contains(new BigDecimal(percent).toPlainString());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "1", "10", "99.99", "100", "100.000"})
    void inside_0_to_100_is_a_percentage(String percent) {
        assertThat(Percent.isValid(new BigDecimal(percent))).isTrue();
        assertThat(Percent.require("credit", new BigDecimal(percent))).isEqualByComparingTo(percent);
    }

    @Test
    void a_missing_percentage_is_named() {
        assertThatThrownBy(() -> Percent.require("guarantee", null))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("guarantee"));
    }

    @Test
    void at_most_three_decimals_the_outputs_can_show() {
        // Not in the spec: the domain's own rule (Percent.MAX_DECIMALS), since outputs show three decimals.
        assertThat(Percent.MAX_DECIMALS).isEqualTo(3);
        assertThat(Percent.isValid(new BigDecimal("99.995"))).isTrue();
        assertThat(Percent.isValid(new BigDecimal("99.9950"))).isTrue();
        assertThat(Percent.isValid(new BigDecimal("99.9995"))).isFalse();
    }

    @Test
    void every_percentage_of_a_pack_is_checked_where_it_is_given() {
        assertThatThrownBy(() -> AvailabilityTier.of("99", "0"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("credit"));
        assertThatThrownBy(() -> AvailabilityTier.of("99", "100.5"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("credit"));
        assertThatThrownBy(() -> AvailabilityTier.of("100.5", "10"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("atLeast"));
        assertThatThrownBy(() -> Packs.availabilityTiers("0", BreachRemedy.CREDIT, "99", "10"))
                .isInstanceOfSatisfying(PackDefinitionException.class,
                        e -> assertThat(e.key()).isEqualTo("breach.credit"));
        assertThatThrownBy(() -> Packs.downtimeTier(43, 480, "0"))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("credit"));
        assertThatThrownBy(() -> EditionTerms.fixed("100.5", new ComplianceSchedule()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("guarantee"));
        assertThatThrownBy(() -> EditionTerms.fixed("0", new ComplianceSchedule()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("guarantee"));
    }
}
