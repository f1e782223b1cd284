package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fourth quarter of 2026 under the five packs, worked by hand (examples/five-packs-2026), fed to the domain
 * alone: the four built-in packs and the customer's own as {@link Packs} builds them, the automatic periods as
 * {@link AutomaticPeriods} lists them, every claim and period decided by one {@link ClaimAdjudicator}.
 */
class FivePacksExampleTest {

    private static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);

    private static final PolicyCatalog POLICIES = Packs.catalog();
    private static final ExampleFolder EXAMPLE = new ExampleFolder("five-packs-2026");
    private static List<ContractPeriod> automatic;
    private static Adjudication adjudication;

    @BeforeAll
    static void runTheQuarter() throws IOException {
        Map<String, SlotTimeline> timelines = EXAMPLE.timelines();
        List<Contract> contracts = EXAMPLE.contracts();
        automatic = new ArrayList<>();
        for (Contract contract : contracts) {
            PolicyPack pack = POLICIES.require(contract.policyId());
            Instant monitoringBegan = contract.services().members().stream().map(EXAMPLE.firstProbe::get)
                    .filter(Objects::nonNull).min(Instant::compareTo).orElseThrow();
            AutomaticPeriods.due(contract, pack, AS_OF, monitoringBegan, Set.of())
                    .forEach(period -> automatic.add(new ContractPeriod(contract.contractId(), period)));
        }
        AvailabilityLedger ledger = new AvailabilityLedger(timelines.values(), EXAMPLE.windows());
        adjudication = new ClaimAdjudicator(POLICIES, new ContractBook(contracts, EXAMPLE.invoices()), ledger, Set.of())
                .decide(EXAMPLE.claims(), automatic, AS_OF);
    }

    @Test
    void seventeen_automatic_periods_are_due() {
        // 3 iot contracts x 3 months, 3 cpaas contracts x Q4, plm K-P1 x 3 and K-P2 x 2 (it ends on 30 November).
        assertThat(automatic).hasSize(17);
        assertThat(automatic).filteredOn(due -> due.contractId().equals("K-P2")).extracting(ContractPeriod::period)
                .extracting(ServicePeriod::toString).containsExactly("2026-10", "2026-11");
        assertThat(automatic).filteredOn(due -> due.contractId().startsWith("K-N")).isEmpty();
    }

    @Test
    void decisions_match_expected_decisions_csv() throws IOException {
        ExampleFolder.assertMatches(EXAMPLE.expected("decisions.csv"), adjudication.decisions(),
                ClaimDecision::claimId, decision -> ExampleFolder.decisionRow(decision, POLICIES));
    }

    @Test
    void adjustments_match_expected_adjustments_csv() throws IOException {
        // posted as the run posts them: naming the invoice each corrects among the example's invoices
        List<Invoice> invoices = EXAMPLE.invoices();
        ExampleFolder.assertMatches(EXAMPLE.expected("adjustments.csv"), adjudication.adjustments(),
                Adjustment::claimId, adjustment -> ExampleFolder.adjustmentRow(adjustment.correcting(invoices)));
    }

    @Test
    void nothing_waits_and_no_period_lacks_monitoring_data() {
        assertThat(adjudication.pending()).isEmpty();
        assertThat(adjudication.gaps()).isEmpty();
    }

    @Test
    void the_totals_are_those_of_the_readme() {
        RunSummary summary = new RunSummary(AS_OF, false, adjudication.decisions(), 0, new TreeMap<>(), List.of());

        assertThat(summary.decidedCount()).isEqualTo(30);
        assertThat(adjudication.decisions()).filteredOn(d -> d.claim().isAutomatic()).hasSize(17);
        assertThat(summary.totals()).containsExactly(
                new RunDecisions.Total("EUR", Settlement.NEXT_INVOICE, AdjustmentKind.SLA_CREDIT, new BigDecimal("5291.94"), 9),
                new RunDecisions.Total("JPY", Settlement.NEXT_INVOICE, AdjustmentKind.SLA_CREDIT, new BigDecimal("20833"), 1),
                new RunDecisions.Total("USD", Settlement.NEXT_INVOICE, AdjustmentKind.SLA_CREDIT, new BigDecimal("875.00"), 2),
                // CL-05: K-E1 ended before the as-of date, so its credit is paid out, a cash refund
                new RunDecisions.Total("EUR", Settlement.REFUND, AdjustmentKind.SLA_CREDIT, new BigDecimal("400.00"), 1));
    }

    /** ¥20,833 is about €120: ranked by face value it would head the list, so the list is per currency. */
    @Test
    void the_largest_adjustments_are_ranked_within_their_currency_never_across() {
        RunSummary summary = new RunSummary(AS_OF, false, adjudication.decisions(), 0, new TreeMap<>(), List.of());

        var largest = summary.largestAdjustments(2);

        assertThat(largest.keySet()).containsExactly("EUR", "JPY", "USD");
        assertThat(largest.get("EUR")).extracting(Adjustment::claimId).containsExactly("CL-10", "AUTO-K-I2-2026-11");
        assertThat(largest.get("JPY")).extracting(Adjustment::claimId).containsExactly("CL-04");
        assertThat(largest.get("USD")).extracting(Adjustment::claimId).containsExactly("CL-12", "CL-09");
    }
}
