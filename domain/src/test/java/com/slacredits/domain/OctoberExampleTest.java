package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The month worked by hand in the spec (examples/october-2026), fed to the domain alone: no Spring, no
 * database, no real readers or writers. The CSV handling ({@link ExampleFolder}) is the least that reads this
 * example; the product's readers and writers live in other modules.
 */
class OctoberExampleTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 5);
    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));

    private static final PolicyCatalog POLICIES = Packs.catalog();
    private static final ExampleFolder EXAMPLE = new ExampleFolder("october-2026");
    private static Adjudication adjudication;
    private static AvailabilityLedger ledger;

    @BeforeAll
    static void runTheMonth() throws IOException {
        ledger = new AvailabilityLedger(EXAMPLE.timelines().values(), EXAMPLE.windows());
        adjudication = new ClaimAdjudicator(POLICIES, new ContractBook(EXAMPLE.contracts(), EXAMPLE.invoices()), ledger,
                Set.of()).decide(EXAMPLE.claims(), AS_OF);
    }

    @Test
    void october_2026_has_44700_slots_and_march_44580() {
        PolicyPack standard = POLICIES.require(PolicyCatalog.DEFAULT_POLICY_ID);

        assertThat(standard.slotsOf(OCTOBER).size()).isEqualTo(44_700);
        assertThat(standard.slotsOf(ServicePeriod.month(YearMonth.of(2026, 3))).size()).isEqualTo(44_580);
    }

    @Test
    void the_rows_without_an_offset_are_not_read() {
        // One probe and one claim (CL-13) have no offset: they go to rejects.csv in the real run.
        assertThat(EXAMPLE.unreadableProbes).isEqualTo(1);
        assertThat(EXAMPLE.unreadableClaims).isEqualTo(1);
        assertThat(adjudication.decisions()).extracting(ClaimDecision::claimId).doesNotContain("CL-13");
    }

    @Test
    void the_november_claim_waits() {
        assertThat(adjudication.pending()).extracting(Claim::claimId).containsExactly("CL-10");
    }

    @Test
    void every_service_a_claim_needed_had_monitoring_data() {
        assertThat(adjudication.gaps()).isEmpty();
    }

    @Test
    void the_services_measure_as_worked_by_hand() {
        PolicyPack standard = Packs.standard2024();

        assertThat(ledger.availabilityOf(contractOn("svc-a"), standard, OCTOBER))
                .isEqualTo(new Availability(44_700, 60, 50));
        assertThat(ledger.availabilityOf(contractOn("svc-b"), standard, OCTOBER))
                .isEqualTo(new Availability(44_700, 0, 160));
        assertThat(ledger.availabilityOf(contractOn("svc-c"), standard, OCTOBER))
                .isEqualTo(new Availability(44_700, 0, 1_500));
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
    void every_decision_is_made_under_standard_2024_for_october_by_the_customer_s_channel() {
        assertThat(adjudication.decisions()).allSatisfy(decision -> {
            assertThat(decision.claim().period()).isEqualTo(OCTOBER);
            assertThat(decision.claim().channel()).isNotEqualTo(Channel.SYSTEM);
            if (decision.reason() != Reason.UNKNOWN_CONTRACT) {
                assertThat(decision.policyId()).contains("standard-2024");
            }
        });
        // The termination refund is paid out; the credits go on the next invoice.
        assertThat(adjudication.decisions()).filteredOn(d -> d.outcome() == Outcome.TERMINATION_REFUND)
                .extracting(ClaimDecision::settlement).containsExactly(Optional.of(Settlement.REFUND));
        assertThat(adjudication.decisions()).filteredOn(d -> d.outcome() == Outcome.CREDIT)
                .extracting(ClaimDecision::settlement).containsOnly(Optional.of(Settlement.NEXT_INVOICE));
    }

    @Test
    void the_run_summary_adds_up_per_currency_and_kind() {
        RunSummary summary = new RunSummary(AS_OF, false, adjudication.decisions(), adjudication.pending().size(),
                new TreeMap<>(Map.of("probes.csv", 1L, "claims.csv", 1L)), List.of());

        // From expected/adjustments.csv: EUR credits 500.00 + 300.00, one EUR refund, USD credits 200.00 + 150.00.
        assertThat(summary.totals()).containsExactly(
                new RunDecisions.Total("EUR", Settlement.NEXT_INVOICE, AdjustmentKind.SLA_CREDIT, new BigDecimal("800.00"), 2),
                new RunDecisions.Total("USD", Settlement.NEXT_INVOICE, AdjustmentKind.SLA_CREDIT, new BigDecimal("350.00"), 2),
                new RunDecisions.Total("EUR", Settlement.REFUND, AdjustmentKind.TERMINATION_REFUND, new BigDecimal("16767.12"), 1));
        assertThat(summary.decidedCount()).isEqualTo(11);
        assertThat(summary.pendingClaims()).isEqualTo(1);
        assertThat(summary.rejectedRows()).isEqualTo(2);
        assertThat(summary.decidedByOutcomeAndReason()).containsExactly(
                Map.entry("CREDIT TIER", 4L),
                Map.entry("TERMINATION_REFUND MATERIAL_BREACH", 1L),
                Map.entry("REJECTED UNKNOWN_CONTRACT", 1L),
                Map.entry("REJECTED NOT_IN_WRITING", 1L),
                Map.entry("REJECTED LATE", 1L),
                Map.entry("REJECTED NOT_COVERED", 1L),
                Map.entry("REJECTED DUPLICATE", 1L),
                Map.entry("REJECTED NO_CREDIT_DUE", 1L));
    }

    private static Contract contractOn(String serviceId) {
        return AContract.id("probe-" + serviceId).customer("CU-0").on(serviceId).fee("1")
                .from("2020-01-01").policy(PolicyCatalog.DEFAULT_POLICY_ID).build();
    }
}
