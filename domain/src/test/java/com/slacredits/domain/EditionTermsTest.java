package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy packs, section 3: an edition's guarantee, fixed by the pack or taken from the contract
 * ({@code guarantee: contract}), and the guarantee_pct a contract may or must bring.
 */
class EditionTermsTest {

    private static final EditionTerms PLATFORM = Packs.plm2022().edition("PLATFORM").orElseThrow();
    private static final EditionTerms ENTERPRISE = Packs.standard2024().edition("ENTERPRISE").orElseThrow();

    @Test
    void plm_platform_takes_its_guarantee_from_the_contract() {
        Contract p1 = plm("K-P1", "99.5");
        Contract p2 = plm("K-P2", "99.45");

        assertThat(PLATFORM.guaranteeFromContract()).isTrue();
        assertThat(PLATFORM.fixedGuarantee()).isEmpty();
        assertThat(PLATFORM.guaranteeOf(p1)).isEqualByComparingTo("99.5");
        assertThat(PLATFORM.guaranteeOf(p2)).isEqualByComparingTo("99.45");
        // The same measurements: 42,970 / 43,200 = 99.467 %.
        Availability november = new Availability(43_200, 0, 230);
        assertThat(PLATFORM.schedule().assess(november, PLATFORM.guaranteeOf(p1)).reason()).isEqualTo(Reason.MISSED);
        assertThat(PLATFORM.schedule().assess(november, PLATFORM.guaranteeOf(p2)).reason()).isEqualTo(Reason.MET);
    }

    @Test
    void a_fixed_guarantee_is_the_pack_s_whatever_the_contract_says() {
        assertThat(ENTERPRISE.guaranteeFromContract()).isFalse();
        assertThat(ENTERPRISE.guaranteeOf(AContract.id("K-1").build())).isEqualByComparingTo("99.9");
        assertThat(ENTERPRISE.guaranteeOf(AContract.id("K-2").guarantee("95").build())).isEqualByComparingTo("99.9");
    }

    @Test
    void a_contract_without_the_guarantee_its_edition_needs_cannot_be_measured() {
        assertThatThrownBy(() -> PLATFORM.guaranteeOf(AContract.id("K-P").edition("PLATFORM").policy(Packs.PLM).build()))
                .isInstanceOf(IllegalStateException.class);
    }

    // --- guarantee_pct: the two rejected-row cases and the range (policy packs, sections 3 and 8) ---

    @Test
    void a_guarantee_pct_is_required_where_the_pack_takes_it_from_the_contract() {
        assertThat(PLATFORM.problemWith(Optional.empty())).isPresent();
        assertThat(PLATFORM.problemWith(Optional.of(new BigDecimal("99.5")))).isEmpty();
    }

    @Test
    void a_guarantee_pct_is_refused_where_the_pack_gives_a_number_even_the_same_number() {
        assertThat(ENTERPRISE.problemWith(Optional.of(new BigDecimal("99.5")))).isPresent();
        assertThat(ENTERPRISE.problemWith(Optional.of(new BigDecimal("99.9")))).isPresent();
        assertThat(ENTERPRISE.problemWith(Optional.empty())).isEmpty();
        assertThat(Packs.cpaas2024().edition("VOICE").orElseThrow().problemWith(Optional.of(new BigDecimal("99.99"))))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-1", "100", "100.000", "100.5", "150"})
    void a_guarantee_pct_outside_0_to_100_exclusive_is_refused(String guarantee) {
        assertThat(PLATFORM.problemWith(Optional.of(new BigDecimal(guarantee)))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.001", "50", "99", "99.45", "99.5", "99.999", "99.9990"})
    void a_guarantee_pct_inside_0_to_100_is_accepted(String guarantee) {
        assertThat(PLATFORM.problemWith(Optional.of(new BigDecimal(guarantee)))).isEmpty();
    }

    @Test
    void a_contract_s_guarantee_must_lie_above_the_first_line_of_an_availability_table() {
        EditionTerms ownTable = EditionTerms.fromContract(Packs.availabilityTiers("30", BreachRemedy.CREDIT,
                "99", "10", "98", "20"));

        assertThat(ownTable.problemWith(Optional.of(new BigDecimal("99.01")))).isEmpty();
        assertThat(ownTable.problemWith(Optional.of(new BigDecimal("99")))).isPresent();
        assertThat(ownTable.problemWith(Optional.of(new BigDecimal("98.5")))).isPresent();
        // Measured against the contract's own line: 99.3 % is below 99.5 and in the 10 % row.
        CreditAssessment assessment = ownTable.schedule().assess(new Availability(100_000, 0, 700), new BigDecimal("99.5"));
        assertThat(assessment.reason()).isEqualTo(Reason.TIER);
        assertThat(assessment.creditPercent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("10"));
    }

    // --- a fixed guarantee the pack itself gives ---

    @Test
    void a_pack_s_guarantee_is_a_percentage_in_0_to_100() {
        assertThatThrownBy(() -> EditionTerms.fixed("0", new ComplianceSchedule()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("guarantee"));
        assertThatThrownBy(() -> EditionTerms.fixed("100.5", new ComplianceSchedule()))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("guarantee"));
        assertThat(EditionTerms.fixed("100", new ComplianceSchedule()).fixedGuarantee())
                .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("100"));
    }

    @Test
    void a_pack_s_guarantee_must_lie_above_its_first_tier_line() {
        assertThatThrownBy(() -> EditionTerms.fixed("99.8", Packs.availabilityTiers("30",
                BreachRemedy.TERMINATION_REFUND, "99.8", "10", "98", "20", "97", "30")))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("tiers"));
        // A downtime table or compliance has no line to lie above.
        assertThat(EditionTerms.fixed("99.9", Packs.iotCloud2022().edition("HOME_APP").orElseThrow().schedule())
                .fixedGuarantee()).isPresent();
    }

    private static Contract plm(String id, String guarantee) {
        return AContract.id(id).edition("PLATFORM").on("plm-core").policy(Packs.PLM).guarantee(guarantee).build();
    }
}
