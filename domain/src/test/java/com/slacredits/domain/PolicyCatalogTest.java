package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Policy packs, section 1: the packs a run knows, the built-in ones and a customer's own, each id once. */
class PolicyCatalogTest {

    @Test
    void the_built_in_packs_and_a_customer_s_own_are_found_by_id() {
        PolicyCatalog catalog = Packs.catalog();

        assertThat(catalog.packs()).extracting(PolicyPack::id)
                .containsExactly("standard-2024", "iot-cloud-2022", "cpaas-2024", "plm-2022", "northwind-60d");
        assertThat(catalog.find("northwind-60d").map(PolicyPack::name)).contains("Northwind Hosting SLA");
        assertThat(catalog.find("cpaas-2024").map(PolicyPack::period)).contains(PeriodKind.QUARTER);
    }

    @Test
    void a_duplicate_id_is_refused_naming_the_key_and_the_id() {
        List<PolicyPack> packs = new ArrayList<>(Packs.builtIn());
        packs.add(Packs.variant(Packs.northwind60d(), "plm-2022", Packs.AMSTERDAM, PeriodKind.MONTH,
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(60))));

        assertThatThrownBy(() -> new PolicyCatalog(packs))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> {
                    assertThat(e.key()).isEqualTo("id");
                    assertThat(e.problem()).contains("plm-2022");
                });
    }

    @Test
    void the_same_pack_twice_is_a_duplicate_too() {
        assertThatThrownBy(() -> new PolicyCatalog(List.of(Packs.standard2024(), Packs.standard2024())))
                .isInstanceOfSatisfying(PackDefinitionException.class, e -> assertThat(e.key()).isEqualTo("id"));
    }

    @Test
    void a_pack_definition_problem_names_its_key_under_where_the_loader_found_it() {
        PackDefinitionException problem = new PackDefinitionException("tiers", "a gap");

        assertThat(problem.under("editions.STARTER").key()).isEqualTo("editions.STARTER.tiers");
        assertThat(problem.under("editions.STARTER").problem()).isEqualTo("a gap");
        assertThat(problem.under("editions.STARTER")).hasMessage("editions.STARTER.tiers: a gap");
        assertThat(problem).isInstanceOf(IllegalArgumentException.class);
    }
}
