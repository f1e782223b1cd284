package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Credit rules, sections 6-8, policy packs, sections 3, 4 and 6: the order of the rejection rules (with
 * AUTOMATIC and WRONG_PERIOD), verification against the records, the run's own decisions of automatic packs,
 * compliance-only decisions, settlement, termination at most once.
 *
 * <p>Three services in October 2026 (44,700 slots): {@code svc-ok} never down; {@code svc-tier} down
 * 80 minutes, 44,620 / 44,700 = 99.821 %; {@code svc-breach} down 1,500 minutes, 43,200 / 44,700 = 96.644 %.
 */
class ClaimAdjudicatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate AFTER_OCTOBER = LocalDate.of(2026, 11, 5);
    private static final LocalDate AFTER_THE_CLAIM_WINDOW = LocalDate.of(2026, 12, 5);
    private static final PolicyCatalog POLICIES = Packs.catalog();
    /** standard-2024 measured by quarters, claims within P30D: the only way to file a claim on a quarterly pack. */
    private static final PolicyPack QUARTERLY_CLAIMS = Packs.variant(Packs.standard2024(), "quarterly-claims",
            Packs.AMSTERDAM, PeriodKind.QUARTER, ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30)));

    private final List<Contract> contracts = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<SlotTimeline> timelines = new ArrayList<>();
    private final Set<ContractPeriod> verifiedBefore = new HashSet<>();
    private final List<ContractPeriod> automatic = new ArrayList<>();
    private final Set<String> withheld = new HashSet<>();
    private ContractBook book;
    private PolicyCatalog policies = POLICIES;

    @BeforeEach
    void octoberOfThreeServices() {
        down("svc-tier", "2026-10-12T08:00:00Z", 80);
        down("svc-breach", "2026-10-24T18:00:00Z", 1_500);
        SlotTimeline ok = new SlotTimeline("svc-ok");
        ok.observe(at("2026-10-12T08:00:00Z"), ProbeStatus.UP);
        timelines.add(ok);
    }

    // --- the claim window (rule 3) ---

    @Test
    void a_claim_one_second_before_the_deadline_is_on_time() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-11-30T23:59:59+01:00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.CREDIT);
        assertThat(decision.reason()).isEqualTo(Reason.TIER);
        assertThat(decision.serviceMonth(policies)).contains(YearMonth.of(2026, 10));
    }

    @Test
    void a_claim_at_the_exact_deadline_is_late() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-01T00:00:00+01:00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.reason()).isEqualTo(Reason.LATE);
        assertThat(decision.availability()).isEmpty();
        assertThat(decision.amount()).isEmpty();
    }

    @Test
    void the_deadline_is_an_instant_whatever_offset_the_claim_was_written_with() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        // 2026-11-30T23:00Z is 2026-12-01T00:00+01:00.
        assertThat(decideOne(AFTER_THE_CLAIM_WINDOW, claim("CL-1", "K-1", "2026-10", "2026-11-30T23:00:00Z"))
                .reason()).isEqualTo(Reason.LATE);
        assertThat(decideOne(AFTER_THE_CLAIM_WINDOW, claim("CL-2", "K-1", "2026-10", "2026-11-30T22:59:59Z"))
                .reason()).isEqualTo(Reason.TIER);
    }

    // --- the order of the rules ---

    @Test
    void an_unknown_contract_is_rejected_first_and_names_no_customer() {
        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-ZZ", "2026-10", "2026-12-02T09:00:00+01:00", Channel.PHONE, false));

        assertThat(decision.reason()).isEqualTo(Reason.UNKNOWN_CONTRACT);
        assertThat(decision.contract()).isEmpty();
        assertThat(decision.customerId()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"PHONE", "CHAT"})
    void a_spoken_claim_is_not_in_writing_even_when_it_is_also_late(Channel channel) {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-02T09:00:00+01:00", channel, false));

        assertThat(decision.reason()).isEqualTo(Reason.NOT_IN_WRITING);
        assertThat(decision.customerId()).contains("CU-K-1");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"EMAIL", "PORTAL", "LETTER"})
    void written_channels_pass(Channel channel) {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", channel, false));

        assertThat(decision.reason()).isEqualTo(Reason.TIER);
    }

    @Test
    void a_late_claim_is_late_even_for_a_month_the_contract_does_not_cover() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00", "2026-11-01");

        assertThat(decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-02T09:00:00+01:00")).reason()).isEqualTo(Reason.LATE);
    }

    @Test
    void a_contract_starting_after_the_month_does_not_cover_it() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00", "2026-11-01");
        verifiedBefore.add(new ContractPeriod("K-1", october()));

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision.reason()).isEqualTo(Reason.NOT_COVERED);
        assertThat(decision.availability()).isEmpty();
    }

    @Test
    void a_contract_starting_on_the_last_day_of_the_month_covers_it() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00", "2026-10-31");

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        // Only 31 October is measured, from 00:00 to 24:00 local (+01:00): 1,440 slots, no downtime.
        assertThat(decision.reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(decision.availability()).contains(new Availability(1_440, 0, 0));
    }

    @Test
    void a_late_claim_on_a_month_already_verified_is_late_not_a_duplicate() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        verifiedBefore.add(new ContractPeriod("K-1", october()));

        assertThat(decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-01T00:00:00+01:00")).reason()).isEqualTo(Reason.LATE);
    }

    // --- duplicates (rule 5) ---

    @Test
    void a_second_claim_for_the_same_contract_and_month_is_a_duplicate_even_if_the_first_earned_nothing() {
        contract("K-1", "ENTERPRISE", "svc-ok", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-2", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(decision(result, "CL-2").availability()).isEmpty();
    }

    @Test
    void the_earlier_receipt_wins_whatever_the_ids_say() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"),
                claim("CL-2", "K-1", "2026-10", "2026-11-03T08:59:59+01:00"));

        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void at_the_same_instant_the_lower_claim_id_wins() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-B", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"),
                claim("CL-A", "K-1", "2026-10", "2026-11-03T08:00:00Z"));

        assertThat(decision(result, "CL-A").reason()).isEqualTo(Reason.TIER);
        assertThat(decision(result, "CL-B").reason()).isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void a_claim_rejected_by_rules_1_to_4_does_not_use_up_the_month() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", Channel.PHONE, false),
                claim("CL-2", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.NOT_IN_WRITING);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
    }

    @Test
    void a_month_verified_in_an_earlier_run_makes_a_duplicate() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        verifiedBefore.add(new ContractPeriod("K-1", october()));

        assertThat(decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00")).reason())
                .isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void other_months_and_other_contracts_are_not_duplicates() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        contract("K-2", "ENTERPRISE", "svc-tier", "60000.00");
        verifiedBefore.add(new ContractPeriod("K-1", ServicePeriod.month(YearMonth.of(2026, 9))));

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-2", "K-2", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.TIER);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
    }

    // --- closed months ---

    @Test
    void a_claim_waits_while_its_month_is_not_over() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        Claim november = claim("CL-10", "K-1", "2026-11", "2026-11-03T09:00:00+01:00");

        Adjudication result = decide(AFTER_OCTOBER, november);

        assertThat(result.decisions()).isEmpty();
        assertThat(result.pending()).containsExactly(november);
    }

    @Test
    void a_month_is_closed_from_the_day_after_its_last_day() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        Claim october = claim("CL-1", "K-1", "2026-10", "2026-10-31T09:00:00+01:00");

        assertThat(october.period().hasEndedBefore(LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(october.period().hasEndedBefore(LocalDate.of(2026, 11, 1))).isTrue();
        assertThat(decide(LocalDate.of(2026, 10, 31), october).pending()).containsExactly(october);
        assertThat(decide(LocalDate.of(2026, 11, 1), october).decisions()).extracting(ClaimDecision::claimId)
                .containsExactly("CL-1");
    }

    @Test
    void a_waiting_claim_does_not_make_a_decided_one_a_duplicate() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        Adjudication result = decide(LocalDate.of(2026, 11, 1),
                claim("CL-1", "K-1", "2026-11", "2026-11-01T09:00:00+01:00"),
                claim("CL-2", "K-1", "2026-10", "2026-11-01T10:00:00+01:00"));

        assertThat(result.pending()).extracting(Claim::claimId).containsExactly("CL-1");
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
    }

    // --- verification against the records ---

    @Test
    void the_records_decide_not_the_downtime_the_customer_counted() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        Claim counted500 = new Claim("CL-1", "K-1", october(), at("2026-11-02T09:00:00+01:00"),
                Channel.EMAIL, OptionalLong.of(500), false);

        ClaimDecision decision = decideOne(AFTER_OCTOBER, counted500);

        assertThat(decision.availability()).contains(new Availability(44_700, 0, 80));
        assertThat(decision.creditPercent()).hasValueSatisfying(pct -> assertThat(pct).isEqualByComparingTo("10"));
        assertThat(decision.claim().claimedDowntimeMinutes()).hasValue(500);
    }

    @Test
    void at_or_above_the_guarantee_no_credit_is_due() {
        contract("K-1", "ENTERPRISE", "svc-ok", "60000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(decision.availability()).contains(new Availability(44_700, 0, 0));
        assertThat(decision.guaranteePercent()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("99.9"));
        assertThat(decision.creditPercent()).isEmpty();
        assertThat(decision.amount()).isEmpty();
        assertThat(decision.adjustment()).isEmpty();
        assertThat(decision.termination()).isEqualTo(Termination.NONE);
    }

    @Test
    void a_service_shared_by_contracts_of_different_editions_credits_each_by_its_own_table() {
        // 99.821 %: below ENTERPRISE's 99.9 and GROWTH's 99.85, above STARTER's 99.8.
        contract("K-E", "ENTERPRISE", "svc-tier", "60000.00");
        contract("K-G", "GROWTH", "svc-tier", "24000.00");
        contract("K-S", "STARTER", "svc-tier", "9000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-E", "K-E", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-G", "K-G", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-S", "K-S", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(row(decision(result, "CL-E"))).isEqualTo("CREDIT TIER 99.821/99.900 10 500.00 EUR NONE");
        assertThat(row(decision(result, "CL-G"))).isEqualTo("CREDIT TIER 99.821/99.850 10 200.00 EUR NONE");
        assertThat(row(decision(result, "CL-S"))).isEqualTo("REJECTED NO_CREDIT_DUE 99.821/99.800 - - - NONE");
    }

    @Test
    void below_the_breach_line_without_termination_credits_the_highest_tier() {
        contract("K-1", "ENTERPRISE", "svc-breach", "120000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        // 120,000 x 30 / 100 / 12 = 3,000.
        assertThat(row(decision)).isEqualTo("CREDIT MATERIAL_BREACH 96.644/99.900 30 3000.00 EUR NONE");
        assertThat(decision.adjustment()).hasValueSatisfying(adjustment -> {
            assertThat(adjustment.kind()).isEqualTo(AdjustmentKind.SLA_CREDIT);
            assertThat(adjustment.settlement()).isEqualTo(Settlement.NEXT_INVOICE);
        });
    }

    @Test
    void a_starter_contract_on_the_same_breached_service_is_only_in_its_lowest_tier() {
        // 96.644 % is at least STARTER's 96.
        contract("K-1", "STARTER", "svc-breach", "12000.00");

        assertThat(row(decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"))))
                .isEqualTo("CREDIT TIER 96.644/99.800 30 300.00 EUR NONE");
    }

    @Test
    void a_yen_credit_is_rounded_to_whole_yen_half_up() {
        // 1,000,020 x 30 / 100 / 12 = 25,000.5.
        contracts.add(AContract.id("K-JP").customer("CU-JP").on("svc-breach").fee("1000020", "JPY").build());

        assertThat(row(decideOne(AFTER_OCTOBER, claim("CL-1", "K-JP", "2026-10", "2026-11-02T09:00:00+01:00"))))
                .isEqualTo("CREDIT MATERIAL_BREACH 96.644/99.900 30 25001 JPY NONE");
    }

    // --- termination (section 8) ---

    @Test
    void a_material_breach_with_termination_refunds_the_invoices_for_the_days_after_receipt() {
        contract("K-C1", "ENTERPRISE", "svc-breach", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T16:45:00+01:00", Channel.EMAIL, true));

        // 120,000 x 51 / 365 = 16,767.123...
        assertThat(row(decision)).isEqualTo("TERMINATION_REFUND MATERIAL_BREACH 96.644/99.900 - 16767.12 EUR GRANTED");
        assertThat(decision.terminationEffective()).contains(LocalDate.of(2026, 11, 10));
        assertThat(decision.adjustment()).hasValueSatisfying(adjustment -> {
            assertThat(adjustment.kind()).isEqualTo(AdjustmentKind.TERMINATION_REFUND);
            assertThat(adjustment.settlement()).isEqualTo(Settlement.REFUND);
            assertThat(adjustment.amount().plain()).isEqualTo("16767.12");
        });
    }

    @Test
    void a_termination_with_no_invoice_days_left_is_granted_but_posts_no_adjustment() {
        contract("K-C1", "ENTERPRISE", "svc-breach", "120000.00");
        invoice("INV-1", "K-C1", "2026-10-01", "2026-10-31", "10000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T16:45:00+01:00", Channel.EMAIL, true));

        // Nothing of October's invoice pays for days after 10 November: the customer gets nothing,
        // and an adjustment is only ever what the customer gets.
        assertThat(row(decision)).isEqualTo("TERMINATION_REFUND MATERIAL_BREACH 96.644/99.900 - 0.00 EUR GRANTED");
        assertThat(decision.adjustment()).isEmpty();
    }

    @Test
    void the_termination_date_is_the_local_date_of_receipt() {
        contract("K-C1", "ENTERPRISE", "svc-breach", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");

        // 23:30Z on 10 November is 00:30 on 11 November in Amsterdam: 50 days left, 120,000 x 50 / 365.
        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T23:30:00Z", Channel.EMAIL, true));

        assertThat(decision.terminationEffective()).contains(LocalDate.of(2026, 11, 11));
        assertThat(decision.amount().map(Money::plain)).contains("16438.36");
    }

    @Test
    void a_termination_without_breach_is_denied_and_the_tier_still_credits() {
        contract("K-1", "GROWTH", "svc-tier", "18000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-12", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", Channel.PORTAL, true));

        assertThat(row(decision)).isEqualTo("CREDIT TIER 99.821/99.850 10 150.00 EUR DENIED");
        assertThat(decision.terminationEffective()).isEmpty();
    }

    @Test
    void a_termination_with_no_credit_due_is_denied() {
        contract("K-1", "ENTERPRISE", "svc-ok", "60000.00");

        assertThat(row(decideOne(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", Channel.EMAIL, true))))
                .isEqualTo("REJECTED NO_CREDIT_DUE 100.000/99.900 - - - DENIED");
    }

    @Test
    void a_termination_asked_for_on_a_rejected_claim_is_denied() {
        contract("K-1", "ENTERPRISE", "svc-breach", "120000.00");

        Adjudication result = decide(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", Channel.CHAT, true),
                claim("CL-2", "K-1", "2026-10", "2026-12-01T00:00:00+01:00", Channel.EMAIL, true),
                claim("CL-3", "K-ZZ", "2026-10", "2026-11-02T09:00:00+01:00", Channel.EMAIL, true));

        assertThat(result.decisions()).extracting(ClaimDecision::termination)
                .containsOnly(Termination.DENIED);
        assertThat(result.adjustments()).isEmpty();
    }

    @Test
    void after_a_termination_later_claims_meet_the_shortened_contract() {
        contract("K-C1", "ENTERPRISE", "svc-breach", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");
        up("svc-breach", "2026-11-01T00:00:00Z");

        Adjudication result = decide(LocalDate.of(2027, 1, 5),
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T16:45:00+01:00", Channel.EMAIL, true),
                claim("CL-5", "K-C1", "2026-10", "2026-11-12T09:00:00+01:00", Channel.EMAIL, true),
                claim("CL-6", "K-C1", "2026-11", "2026-12-02T09:00:00+01:00", Channel.EMAIL, false),
                claim("CL-7", "K-C1", "2026-12", "2027-01-04T09:00:00+01:00", Channel.EMAIL, false));

        assertThat(decision(result, "CL-4").outcome()).isEqualTo(Outcome.TERMINATION_REFUND);
        // The same month again: already verified.
        assertThat(decision(result, "CL-5").reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(decision(result, "CL-5").termination()).isEqualTo(Termination.DENIED);
        // November is covered up to the end of the 10th: 1 to 10 November, 10 x 1,440 slots.
        assertThat(decision(result, "CL-6").reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(decision(result, "CL-6").availability()).contains(new Availability(14_400, 0, 0));
        // December is no longer covered at all.
        assertThat(decision(result, "CL-7").reason()).isEqualTo(Reason.NOT_COVERED);
        assertThat(book.find("K-C1").flatMap(Contract::lastCoveredDay)).contains(LocalDate.of(2026, 11, 10));
        assertThat(book.find("K-C1").flatMap(Contract::terminatedOn)).contains(LocalDate.of(2026, 11, 10));
        assertThat(book.find("K-C1").flatMap(Contract::endDate)).isEmpty();
        assertThat(result.adjustments()).extracting(Adjustment::claimId).containsExactly("CL-4");
    }

    @Test
    void a_termination_never_lengthens_a_contract_that_already_ends_earlier() {
        Contract contract = contract("K-1", "ENTERPRISE", "svc-breach", "120000.00");
        Contract ending = AContract.id("K-1").on("svc-breach").until("2026-11-05").build();

        assertThat(contract.lastCoveredDay()).isEmpty();
        assertThat(ending.terminatedOn(LocalDate.of(2026, 11, 30)).lastCoveredDay()).contains(LocalDate.of(2026, 11, 5));
        assertThat(ending.terminatedOn(LocalDate.of(2026, 11, 2)).lastCoveredDay()).contains(LocalDate.of(2026, 11, 2));
        // The end date stays as contracts.csv gave it; the termination is kept beside it.
        assertThat(ending.terminatedOn(LocalDate.of(2026, 11, 2)).endDate()).contains(LocalDate.of(2026, 11, 5));
    }

    @Test
    void a_contract_is_terminated_at_most_once() {
        Contract terminated = contract("K-1", "ENTERPRISE", "svc-breach", "120000.00")
                .terminatedOn(LocalDate.of(2026, 11, 10));

        assertThat(terminated.isTerminated()).isTrue();
        assertThatThrownBy(() -> terminated.terminatedOn(LocalDate.of(2026, 12, 2)))
                .isInstanceOf(IllegalStateException.class);
    }

    // --- adjustments ---

    @Test
    void each_credit_or_refund_posts_one_adjustment_under_an_id_derived_from_the_claim() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        contract("K-2", "ENTERPRISE", "svc-ok", "60000.00");
        Claim credited = claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00");
        Claim rejected = claim("CL-2", "K-2", "2026-10", "2026-11-02T09:00:00+01:00");

        List<Adjustment> first = decide(AFTER_OCTOBER, credited, rejected).adjustments();
        List<Adjustment> again = new ClaimAdjudicator(POLICIES, newBook(), ledger(), Set.of())
                .decide(List.of(credited), AFTER_OCTOBER).adjustments();

        assertThat(first).hasSize(1);
        Adjustment adjustment = first.get(0);
        assertThat(adjustment.claimId()).isEqualTo("CL-1");
        assertThat(adjustment.contractId()).isEqualTo("K-1");
        assertThat(adjustment.customerId()).isEqualTo("CU-K-1");
        assertThat(adjustment.period()).isEqualTo(october());
        assertThat(adjustment.amount().plain()).isEqualTo("500.00");
        assertThat(adjustment.kind()).isEqualTo(AdjustmentKind.SLA_CREDIT);
        assertThat(adjustment.settlement()).isEqualTo(Settlement.NEXT_INVOICE);
        assertThat(adjustment.adjustmentId()).isEqualTo("ADJ-CL-1");
        assertThat(again).extracting(Adjustment::adjustmentId).containsExactly(adjustment.adjustmentId());
    }

    @Test
    void decisions_and_waiting_claims_come_out_in_claim_id_order() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        contract("K-2", "ENTERPRISE", "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-3", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-1", "K-2", "2026-10", "2026-11-04T09:00:00+01:00"),
                claim("CL-2", "K-2", "2026-10", "2026-11-03T09:00:00+01:00"),
                claim("CL-5", "K-1", "2026-11", "2026-11-03T09:00:00+01:00"),
                claim("CL-4", "K-2", "2026-11", "2026-11-03T09:00:00+01:00"));

        assertThat(result.decisions()).extracting(ClaimDecision::claimId).containsExactly("CL-1", "CL-2", "CL-3");
        assertThat(result.pending()).extracting(Claim::claimId).containsExactly("CL-4", "CL-5");
        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.DUPLICATE);
    }

    // --- policy packs, section 6: WRONG_PERIOD, checked right after NOT_IN_WRITING ---

    @Test
    void a_quarter_named_for_a_monthly_pack_is_the_wrong_period() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-Q3", "2026-10-02T09:00:00+02:00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.reason()).isEqualTo(Reason.WRONG_PERIOD);
        assertThat(decision.availability()).isEmpty();
        assertThat(decision.guaranteePercent()).isEmpty();
        assertThat(decision.amount()).isEmpty();
        assertThat(decision.claim().period()).hasToString("2026-Q3");
        assertThat(decision.serviceMonth(policies)).isEmpty();
        assertThat(decision.policyId().flatMap(policies::find).map(PolicyPack::id)).contains("standard-2024");
    }

    @Test
    void a_month_named_for_a_quarterly_pack_is_the_wrong_period() {
        withPack(QUARTERLY_CLAIMS);
        add(AContract.id("K-Q").on("svc-breach").fee("120000.00").policy("quarterly-claims"));

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-Q", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision.reason()).isEqualTo(Reason.WRONG_PERIOD);
        assertThat(decision.availability()).isEmpty();
        assertThat(decision.claim().period()).hasToString("2026-10");
        // service_month is empty under a quarterly pack whatever the claim named (policy packs, section 8).
        assertThat(decision.serviceMonth(policies)).isEmpty();
    }

    @Test
    void wrong_period_comes_after_not_in_writing_and_before_late_and_not_covered() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        contract("K-2", "ENTERPRISE", "svc-tier", "60000.00", "2027-01-01");

        Adjudication result = decide(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-Q3", "2026-10-02T09:00:00+02:00", Channel.PHONE, false),
                // Q3's window, read as a quarter, closed on 31 October; this one would be late either way.
                claim("CL-2", "K-1", "2026-Q3", "2026-12-02T09:00:00+01:00"),
                claim("CL-3", "K-2", "2026-Q3", "2026-10-02T09:00:00+02:00", Channel.EMAIL, true),
                claim("CL-4", "K-ZZ", "2026-Q3", "2026-10-02T09:00:00+02:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.NOT_IN_WRITING);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.WRONG_PERIOD);
        assertThat(decision(result, "CL-3").reason()).isEqualTo(Reason.WRONG_PERIOD);
        assertThat(decision(result, "CL-3").termination()).isEqualTo(Termination.DENIED);
        assertThat(decision(result, "CL-4").reason()).isEqualTo(Reason.UNKNOWN_CONTRACT);
        assertThat(Packs.standard2024().claimDeadline(ServicePeriod.quarter(2026, 3)))
                .isBefore(at("2026-12-02T09:00:00+01:00"));
    }

    @Test
    void a_wrong_period_claim_waits_until_the_period_it_names_has_ended() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");
        Claim quarter = claim("CL-1", "K-1", "2026-Q4", "2026-11-02T09:00:00+01:00");

        assertThat(decide(AFTER_OCTOBER, quarter).pending()).containsExactly(quarter);
        assertThat(decide(LocalDate.of(2026, 12, 31), quarter).pending()).containsExactly(quarter);
        assertThat(decide(LocalDate.of(2027, 1, 1), quarter).decisions()).extracting(ClaimDecision::reason)
                .containsExactly(Reason.WRONG_PERIOD);
    }

    @Test
    void a_wrong_period_claim_does_not_use_up_the_period() {
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-Q3", "2026-10-02T09:00:00+02:00"),
                claim("CL-2", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.WRONG_PERIOD);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
    }

    @Test
    void a_quarter_on_a_quarterly_pack_is_verified_over_the_quarter_and_credited_on_a_quarter_s_fee() {
        withPack(QUARTERLY_CLAIMS);
        add(AContract.id("K-Q").on("svc-breach").fee("120000.00").policy("quarterly-claims"));

        ClaimDecision decision = decideOne(LocalDate.of(2027, 1, 15),
                claim("CL-1", "K-Q", "2026-Q4", "2027-01-10T09:00:00+01:00"));

        // 131,040 / 132,540 = 98.868 %: ENTERPRISE's 20 % row; 120,000.00 / 4 x 20 % = 6,000.00.
        assertThat(decision.availability()).contains(new Availability(132_540, 0, 1_500));
        assertThat(row(decision)).isEqualTo("CREDIT TIER 98.868/99.900 20 6000.00 EUR NONE");
        assertThat(decision.serviceMonth(policies)).isEmpty();
        assertThat(decision.adjustment()).hasValueSatisfying(adjustment -> {
            assertThat(adjustment.period()).isEqualTo(ServicePeriod.quarter(2026, 4));
            assertThat(adjustment.settlement()).isEqualTo(Settlement.NEXT_INVOICE);
        });
    }

    @Test
    void a_quarter_s_claim_window_runs_from_the_end_of_the_quarter() {
        withPack(QUARTERLY_CLAIMS);
        add(AContract.id("K-Q").on("svc-breach").fee("120000.00").policy("quarterly-claims"));
        LocalDate asOf = LocalDate.of(2027, 2, 5);

        // Q4 ends 1 January 00:00 (+01:00); 30 days later is 31 January 00:00 (+01:00).
        assertThat(decideOne(asOf, claim("CL-1", "K-Q", "2026-Q4", "2027-01-30T23:59:59+01:00")).reason())
                .isEqualTo(Reason.TIER);
        assertThat(decideOne(asOf, claim("CL-2", "K-Q", "2026-Q4", "2027-01-31T00:00:00+01:00")).reason())
                .isEqualTo(Reason.LATE);
    }

    // --- policy packs, section 4: AUTOMATIC, checked right after UNKNOWN_CONTRACT ---

    @Test
    void a_claim_filed_on_an_automatic_pack_is_rejected_as_automatic() {
        iotContract("K-I2", "HOME_APP", "svc-tier", "21000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-7", "K-I2", "2026-10", "2026-11-02T09:00:00+02:00", Channel.EMAIL, true));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.reason()).isEqualTo(Reason.AUTOMATIC);
        assertThat(decision.availability()).isEmpty();
        assertThat(decision.amount()).isEmpty();
        assertThat(decision.adjustment()).isEmpty();
        assertThat(decision.termination()).isEqualTo(Termination.DENIED);
        assertThat(decision.customerId()).contains("CU-K-I2");
        assertThat(decision.policyId()).contains("iot-cloud-2022");
    }

    @Test
    void automatic_comes_right_after_unknown_contract_before_every_other_rule() {
        iotContract("K-I", "HOME_APP", "svc-tier", "21000.00");
        add(AContract.id("K-LATER").edition("HOME_APP").on("svc-tier").policy(Packs.IOT).from("2026-12-01"));
        add(AContract.id("K-M1").edition("BUSINESS_MESSAGING").on("svc-tier").policy(Packs.CPAAS));

        Adjudication result = decide(LocalDate.of(2027, 1, 5),
                claim("CL-1", "K-I", "2026-10", "2026-11-02T09:00:00+02:00", Channel.PHONE, false),
                claim("CL-2", "K-I", "2026-09", "2026-12-20T09:00:00+02:00"),
                claim("CL-3", "K-LATER", "2026-10", "2026-11-02T09:00:00+02:00"),
                // A month for a quarterly pack: AUTOMATIC, not WRONG_PERIOD (the five-packs example, CL-08).
                claim("CL-4", "K-M1", "2026-10", "2026-11-03T10:00:00+01:00"),
                claim("CL-5", "K-I", "2026-11", "2026-12-02T09:00:00+02:00"),
                claim("CL-6", "K-ZZ", "2026-10", "2026-11-02T09:00:00+02:00", Channel.PHONE, false));

        assertThat(result.decisions()).extracting(ClaimDecision::claimId, ClaimDecision::reason).containsExactly(
                tuple("CL-1", Reason.AUTOMATIC),
                tuple("CL-2", Reason.AUTOMATIC),
                tuple("CL-3", Reason.AUTOMATIC),
                tuple("CL-4", Reason.AUTOMATIC),
                // A second claim for another month, or the same one again, is AUTOMATIC too, never DUPLICATE.
                tuple("CL-5", Reason.AUTOMATIC),
                tuple("CL-6", Reason.UNKNOWN_CONTRACT));
    }

    @Test
    void a_claim_filed_on_an_automatic_pack_waits_for_its_period_to_end_like_any_other() {
        iotContract("K-I", "HOME_APP", "svc-tier", "21000.00");
        Claim november = claim("CL-1", "K-I", "2026-11", "2026-11-03T09:00:00+02:00");

        Adjudication result = decide(AFTER_OCTOBER, november);

        assertThat(result.decisions()).isEmpty();
        assertThat(result.pending()).containsExactly(november);
    }

    @Test
    void the_run_decides_the_period_a_customer_claimed_anyway() {
        // The five-packs example, CL-07: the claim is AUTOMATIC, the month is decided by the run, once.
        iotContract("K-I2", "HOME_APP", "svc-breach", "21000.00");
        automatic.add(new ContractPeriod("K-I2", october()));

        Adjudication result = decide(AFTER_OCTOBER, claim("CL-7", "K-I2", "2026-10", "2026-11-02T09:00:00+02:00"));

        assertThat(decision(result, "CL-7").reason()).isEqualTo(Reason.AUTOMATIC);
        // Sofia's October: 43,200 / 44,700 = 96.644 %, U = 1,500, above 1,440 up to 4,320: 32 % of 1,750.00.
        assertThat(row(decision(result, "AUTO-K-I2-2026-10"))).isEqualTo("CREDIT TIER 96.644/99.900 32 560.00 EUR NONE");
        assertThat(result.decisions()).hasSize(2);
    }

    // --- policy packs, section 4: the run's own decisions ---

    @Test
    void an_automatic_period_is_decided_as_a_verified_claim_made_by_the_system() {
        iotContract("K-7", "HOME_APP", "svc-tier", "36000.00");
        automatic.add(new ContractPeriod("K-7", october()));

        Adjudication result = decide(AFTER_OCTOBER);

        assertThat(result.decisions()).hasSize(1);
        assertThat(result.pending()).isEmpty();
        assertThat(result.gaps()).isEmpty();
        ClaimDecision decision = result.decisions().get(0);
        Claim claim = decision.claim();
        assertThat(claim.claimId()).isEqualTo("AUTO-K-7-2026-10");
        assertThat(claim.contractId()).isEqualTo("K-7");
        assertThat(claim.period()).isEqualTo(october());
        assertThat(claim.channel()).isEqualTo(Channel.SYSTEM);
        assertThat(claim.isAutomatic()).isTrue();
        assertThat(claim.claimedDowntimeMinutes()).isEmpty();
        assertThat(claim.terminationElected()).isFalse();
        // Received when Sofia's October ended: 1 November 00:00 (+02:00).
        assertThat(claim.receivedAt()).isEqualTo(at("2026-11-01T00:00:00+02:00"));
        // 44,620 / 44,700 = 99.821 % < 99.9 and U = 80 is above 43 up to 480: 15 % of 3,000.00.
        assertThat(decision.availability()).contains(new Availability(44_700, 0, 80));
        assertThat(row(decision)).isEqualTo("CREDIT TIER 99.821/99.900 15 450.00 EUR NONE");
        assertThat(decision.settlement()).contains(Settlement.NEXT_INVOICE);
        assertThat(decision.adjustment()).hasValueSatisfying(adjustment -> {
            assertThat(adjustment.adjustmentId()).isEqualTo("ADJ-AUTO-K-7-2026-10");
            assertThat(adjustment.kind()).isEqualTo(AdjustmentKind.SLA_CREDIT);
            assertThat(adjustment.period()).isEqualTo(october());
        });
    }

    @Test
    void an_automatic_period_waits_until_the_period_has_ended_in_the_pack_s_zone() {
        iotContract("K-7", "HOME_APP", "svc-tier", "36000.00");
        automatic.add(new ContractPeriod("K-7", october()));

        Adjudication result = decide(LocalDate.of(2026, 10, 31));

        assertThat(result.decisions()).isEmpty();
        assertThat(result.pending()).extracting(Claim::claimId).containsExactly("AUTO-K-7-2026-10");
    }

    @Test
    void a_quarterly_automatic_period_is_named_by_its_quarter_and_decided_for_compliance_only() {
        add(AContract.id("K-9").edition("VOICE").on("svc-tier").fee("40000.00", "USD").policy(Packs.CPAAS));
        add(AContract.id("K-10").edition("SERVICE_CLOUD").on("svc-tier").fee("40000.00", "USD").policy(Packs.CPAAS));
        ServicePeriod q4 = ServicePeriod.quarter(2026, 4);
        automatic.add(new ContractPeriod("K-9", q4));
        automatic.add(new ContractPeriod("K-10", q4));

        Adjudication result = decide(LocalDate.of(2027, 1, 5));

        // 132,460 / 132,540 = 99.93964 %: below VOICE's 99.99, at least SERVICE_CLOUD's 99.9.
        ClaimDecision voice = decision(result, "AUTO-K-9-2026-Q4");
        ClaimDecision cloud = decision(result, "AUTO-K-10-2026-Q4");
        assertThat(voice.availability()).contains(new Availability(132_540, 0, 80));
        assertThat(row(voice)).isEqualTo("COMPLIANCE MISSED 99.939/99.990 - - - NONE");
        assertThat(row(cloud)).isEqualTo("COMPLIANCE MET 99.939/99.900 - - - NONE");
        for (ClaimDecision compliance : List.of(voice, cloud)) {
            assertThat(compliance.claim().channel()).isEqualTo(Channel.SYSTEM);
            assertThat(compliance.creditPercent()).isEmpty();
            assertThat(compliance.settlement()).isEmpty();
            assertThat(compliance.adjustment()).isEmpty();
            assertThat(compliance.serviceMonth(policies)).isEmpty();
        }
        assertThat(result.adjustments()).isEmpty();
    }

    @Test
    void an_automatic_period_with_no_probe_is_not_decided_but_reported_as_a_gap() {
        iotContract("K-8", "HOME_APP", "svc-silent", "36000.00");
        add(AContract.id("K-V").edition("VOICE").on("trunk-x|trunk-y").policy(Packs.CPAAS));
        automatic.add(new ContractPeriod("K-8", october()));
        automatic.add(new ContractPeriod("K-V", ServicePeriod.quarter(2026, 4)));

        Adjudication result = decide(LocalDate.of(2027, 1, 5));

        assertThat(result.decisions()).isEmpty();
        assertThat(result.pending()).isEmpty();
        assertThat(result.gaps()).containsExactly(new MonitoringGap("svc-silent", october()),
                new MonitoringGap("trunk-x|trunk-y", ServicePeriod.quarter(2026, 4)));
    }

    @Test
    void an_automatic_period_is_decided_on_a_probe_anywhere_in_the_period_not_only_in_the_covered_days() {
        // svc-tier's only probes are on 12 October; the contract starts on the 20th.
        iotContract("K-8", "HOME_APP", "svc-tier", "36000.00", "2026-10-20");
        automatic.add(new ContractPeriod("K-8", october()));

        ClaimDecision decision = decideOne(AFTER_OCTOBER);

        // 20 October 00:00 (+03:00) to 1 November 00:00 (+02:00): 12 days and the hour given back.
        assertThat(decision.availability()).contains(new Availability(12 * 1440 + 60, 0, 0));
        assertThat(decision.reason()).isEqualTo(Reason.NO_CREDIT_DUE);
    }

    @Test
    void an_automatic_credit_on_a_contract_that_ended_before_the_run_is_paid_out() {
        add(AContract.id("K-7").edition("HOME_APP").on("svc-tier").fee("36000.00").policy(Packs.IOT)
                .until("2026-10-31"));
        automatic.add(new ContractPeriod("K-7", october()));

        ClaimDecision decision = decideOne(AFTER_OCTOBER);

        assertThat(row(decision)).isEqualTo("CREDIT TIER 99.821/99.900 15 450.00 EUR NONE");
        assertThat(decision.settlement()).contains(Settlement.REFUND);
        assertThat(decision.adjustment().map(Adjustment::settlement)).contains(Settlement.REFUND);
    }

    @Test
    void the_periods_due_skip_the_decided_ones_so_a_second_run_decides_nothing() {
        Contract contract = iotContract("K-7", "HOME_APP", "svc-tier", "36000.00");
        PolicyPack iot = Packs.iotCloud2022();
        Instant began = at("2026-10-12T07:59:17Z");
        AutomaticPeriods.due(contract, iot, AFTER_OCTOBER, began, Set.of())
                .forEach(period -> automatic.add(new ContractPeriod("K-7", period)));
        Adjudication first = decide(AFTER_OCTOBER);
        Set<ServicePeriod> decided = new HashSet<>();
        first.decisions().forEach(d -> {
            decided.add(d.claim().period());
            verifiedBefore.add(d.claim().contractPeriod());
        });
        automatic.clear();
        AutomaticPeriods.due(contract, iot, AFTER_OCTOBER, began, decided)
                .forEach(period -> automatic.add(new ContractPeriod("K-7", period)));

        Adjudication second = decide(AFTER_OCTOBER);

        assertThat(first.decisions()).extracting(ClaimDecision::claimId).containsExactly("AUTO-K-7-2026-10");
        assertThat(automatic).isEmpty();
        assertThat(second.decisions()).isEmpty();
        assertThat(second.adjustments()).isEmpty();
    }

    @Test
    void deciding_an_automatic_period_again_with_the_earlier_decision_as_verified_before_gives_no_second_decision() {
        iotContract("K-7", "HOME_APP", "svc-tier", "36000.00");
        automatic.add(new ContractPeriod("K-7", october()));
        Adjudication first = decide(AFTER_OCTOBER);
        first.decisions().forEach(d -> verifiedBefore.add(d.claim().contractPeriod()));

        Adjudication second = decide(AFTER_OCTOBER);

        assertThat(first.decisions()).extracting(ClaimDecision::claimId).containsExactly("AUTO-K-7-2026-10");
        assertThat(second.decisions()).isEmpty();
        assertThat(second.adjustments()).isEmpty();
    }

    // --- schedule NONE with the contract's own guarantee (plm-2022) ---

    @Test
    void a_guarantee_from_the_contract_decides_met_or_missed_on_the_same_measurements() {
        // The five-packs example, November: U = 230 of 43,200 is 99.467 %: MISSED at 99.5, MET at 99.45.
        down("plm-core", "2026-11-20T08:00:00Z", 230);
        plmContract("K-P1", "plm-core", "99.5");
        plmContract("K-P2", "plm-core", "99.45");
        ServicePeriod november = ServicePeriod.month(YearMonth.of(2026, 11));
        automatic.add(new ContractPeriod("K-P1", november));
        automatic.add(new ContractPeriod("K-P2", november));

        Adjudication result = decide(AFTER_THE_CLAIM_WINDOW);

        assertThat(row(decision(result, "AUTO-K-P1-2026-11"))).isEqualTo("COMPLIANCE MISSED 99.467/99.500 - - - NONE");
        assertThat(row(decision(result, "AUTO-K-P2-2026-11"))).isEqualTo("COMPLIANCE MET 99.467/99.450 - - - NONE");
        assertThat(decision(result, "AUTO-K-P1-2026-11").guaranteePercent())
                .hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("99.5"));
        assertThat(result.adjustments()).isEmpty();
    }

    @Test
    void exactly_the_contract_s_guarantee_is_met_and_one_minute_less_is_missed() {
        // Brussels' November has 43,200 slots: 216 down is exactly 99.5 %.
        down("plm-a", "2026-11-10T08:00:00Z", 216);
        down("plm-b", "2026-11-10T08:00:00Z", 217);
        plmContract("K-A", "plm-a", "99.5");
        plmContract("K-B", "plm-b", "99.5");
        ServicePeriod november = ServicePeriod.month(YearMonth.of(2026, 11));
        automatic.add(new ContractPeriod("K-A", november));
        automatic.add(new ContractPeriod("K-B", november));

        Adjudication result = decide(AFTER_THE_CLAIM_WINDOW);

        assertThat(row(decision(result, "AUTO-K-A-2026-11"))).isEqualTo("COMPLIANCE MET 99.500/99.500 - - - NONE");
        assertThat(row(decision(result, "AUTO-K-B-2026-11"))).isEqualTo("COMPLIANCE MISSED 99.497/99.500 - - - NONE");
    }

    // --- settlement (credit rules, section 6) ---

    @Test
    void a_credit_on_a_contract_that_ended_before_the_run_is_paid_out_and_on_one_ending_that_day_is_not() {
        add(AContract.id("K-E").on("svc-tier").fee("60000.00").until("2026-11-04"));
        add(AContract.id("K-F").on("svc-tier").fee("60000.00").until("2026-11-05"));

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-E", "K-E", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-F", "K-F", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(row(decision(result, "CL-E"))).isEqualTo("CREDIT TIER 99.821/99.900 10 500.00 EUR NONE");
        assertThat(decision(result, "CL-E").settlement()).contains(Settlement.REFUND);
        assertThat(row(decision(result, "CL-F"))).isEqualTo("CREDIT TIER 99.821/99.900 10 500.00 EUR NONE");
        assertThat(decision(result, "CL-F").settlement()).contains(Settlement.NEXT_INVOICE);
        assertThat(result.adjustments()).extracting(Adjustment::claimId, Adjustment::settlement).containsExactly(
                tuple("CL-E", Settlement.REFUND),
                tuple("CL-F", Settlement.NEXT_INVOICE));
    }

    @Test
    void a_credit_on_a_contract_terminated_earlier_in_the_same_run_is_paid_out() {
        down("svc-two", "2026-10-24T18:00:00Z", 1_500);
        down("svc-two", "2026-11-03T08:00:00Z", 90);
        contract("K-C1", "ENTERPRISE", "svc-two", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");

        Adjudication result = decide(AFTER_THE_CLAIM_WINDOW,
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T16:45:00+01:00", Channel.EMAIL, true),
                claim("CL-6", "K-C1", "2026-11", "2026-12-02T09:00:00+01:00"));

        assertThat(decision(result, "CL-4").termination()).isEqualTo(Termination.GRANTED);
        // November is covered 1 to 10 November: 14,310 / 14,400 = 99.375 %, ENTERPRISE's 20 % row.
        assertThat(row(decision(result, "CL-6"))).isEqualTo("CREDIT TIER 99.375/99.900 20 2000.00 EUR NONE");
        assertThat(decision(result, "CL-6").settlement()).contains(Settlement.REFUND);
    }

    @Test
    void a_credit_decided_before_a_termination_later_in_the_same_run_is_paid_out_too() {
        // Judged on the coverage once all the contract's claims are decided (credit rules, section 6).
        down("svc-two", "2026-09-12T08:00:00Z", 80);
        down("svc-two", "2026-10-24T18:00:00Z", 1_500);
        contract("K-C1", "ENTERPRISE", "svc-two", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");

        Adjudication result = decide(LocalDate.of(2026, 11, 15),
                claim("CL-S", "K-C1", "2026-09", "2026-10-05T09:00:00+02:00"),
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T16:45:00+01:00", Channel.EMAIL, true));

        // September: 43,120 / 43,200 = 99.814 %, 10 % of 10,000.00.
        assertThat(row(decision(result, "CL-S"))).isEqualTo("CREDIT TIER 99.814/99.900 10 1000.00 EUR NONE");
        assertThat(decision(result, "CL-S").settlement()).contains(Settlement.REFUND);
        assertThat(decision(result, "CL-4").settlement()).contains(Settlement.REFUND);
        assertThat(result.adjustments()).extracting(Adjustment::claimId, Adjustment::kind, Adjustment::settlement)
                .containsExactly(
                        tuple("CL-4", AdjustmentKind.TERMINATION_REFUND, Settlement.REFUND),
                        tuple("CL-S", AdjustmentKind.SLA_CREDIT, Settlement.REFUND));
    }

    @Test
    void the_same_credit_goes_on_the_next_invoice_when_no_termination_ends_the_contract() {
        down("svc-two", "2026-09-12T08:00:00Z", 80);
        contract("K-C1", "ENTERPRISE", "svc-two", "120000.00");

        ClaimDecision decision = decideOne(LocalDate.of(2026, 11, 15),
                claim("CL-S", "K-C1", "2026-09", "2026-10-05T09:00:00+02:00"));

        assertThat(decision.settlement()).contains(Settlement.NEXT_INVOICE);
    }

    // --- a contract is terminated at most once (credit rules, section 8) ---

    @Test
    void a_second_termination_in_the_same_run_is_denied_and_decided_as_a_breach_credit() {
        down("svc-two", "2026-10-24T18:00:00Z", 1_500);
        down("svc-two", "2026-11-03T08:00:00Z", 1_500);
        contract("K-C1", "ENTERPRISE", "svc-two", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");

        Adjudication result = decide(AFTER_THE_CLAIM_WINDOW,
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T16:45:00+01:00", Channel.EMAIL, true),
                claim("CL-9", "K-C1", "2026-11", "2026-12-02T09:00:00+01:00", Channel.EMAIL, true));

        assertThat(row(decision(result, "CL-4")))
                .isEqualTo("TERMINATION_REFUND MATERIAL_BREACH 96.644/99.900 - 16767.12 EUR GRANTED");
        // November 1 to 10: 12,900 / 14,400 = 89.583 %, a breach; the contract is already terminated.
        ClaimDecision second = decision(result, "CL-9");
        assertThat(row(second)).isEqualTo("CREDIT MATERIAL_BREACH 89.583/99.900 30 3000.00 EUR DENIED");
        assertThat(second.terminationEffective()).isEmpty();
        assertThat(second.settlement()).contains(Settlement.REFUND);
        assertThat(result.adjustments()).extracting(Adjustment::claimId, Adjustment::kind, Adjustment::amount)
                .containsExactly(
                        tuple("CL-4", AdjustmentKind.TERMINATION_REFUND,
                                new Money(new BigDecimal("16767.12"), EUR)),
                        tuple("CL-9", AdjustmentKind.SLA_CREDIT,
                                new Money(new BigDecimal("3000.00"), EUR)));
        assertThat(book.find("K-C1").flatMap(Contract::terminatedOn)).contains(LocalDate.of(2026, 11, 10));
    }

    @Test
    void a_termination_elected_on_a_contract_terminated_in_an_earlier_run_is_denied() {
        down("svc-two", "2026-11-03T08:00:00Z", 1_500);
        add(AContract.id("K-C1").on("svc-two").fee("120000.00").terminatedOn("2026-11-10"));
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");
        verifiedBefore.add(new ContractPeriod("K-C1", october()));

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-9", "K-C1", "2026-11", "2026-12-02T09:00:00+01:00", Channel.EMAIL, true));

        assertThat(row(decision)).isEqualTo("CREDIT MATERIAL_BREACH 89.583/99.900 30 3000.00 EUR DENIED");
        assertThat(decision.settlement()).contains(Settlement.REFUND);
        assertThat(decision.adjustment().map(Adjustment::kind)).contains(AdjustmentKind.SLA_CREDIT);
        assertThat(book.find("K-C1").flatMap(Contract::terminatedOn)).contains(LocalDate.of(2026, 11, 10));
    }

    @Test
    void remedy_credit_never_terminates() {
        // The five-packs example, CL-10: the customer's pack pays a 100 % breach credit and denies the termination.
        down("nw-db", "2026-11-09T00:00:00Z", 2_400);
        add(AContract.id("K-N2").edition("BUSINESS").on("nw-db").fee("20000.00").policy(Packs.NORTHWIND));
        invoice("INV-N2", "K-N2", "2026-01-01", "2026-12-31", "20000.00");

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-10", "K-N2", "2026-11", "2026-12-02T09:00:00+01:00", Channel.LETTER, true));

        assertThat(row(decision)).isEqualTo("CREDIT MATERIAL_BREACH 94.444/99.500 100 1666.67 EUR DENIED");
        assertThat(decision.settlement()).contains(Settlement.NEXT_INVOICE);
        assertThat(book.find("K-N2").map(Contract::isTerminated)).contains(false);
    }

    @Test
    void a_termination_elected_under_a_downtime_table_is_denied() {
        // A customer's own pack may take claims on a downtime table: no termination there either.
        withPack(Packs.variant(Packs.iotCloud2022(), "iot-claims", Packs.SOFIA, PeriodKind.MONTH, ClaimsMode.REQUIRED,
                Optional.of(Period.ofDays(30))));
        add(AContract.id("K-D").edition("HOME_APP").on("svc-breach").fee("21000.00").policy("iot-claims"));
        invoice("INV-D", "K-D", "2026-01-01", "2026-12-31", "21000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-1", "K-D", "2026-10", "2026-11-02T09:00:00+01:00", Channel.EMAIL, true));

        assertThat(row(decision)).isEqualTo("CREDIT TIER 96.644/99.900 32 560.00 EUR DENIED");
        assertThat(book.find("K-D").map(Contract::isTerminated)).contains(false);
    }

    @Test
    void a_termination_elected_under_compliance_only_is_denied() {
        withPack(Packs.variant(Packs.cpaas2024(), "cpaas-claims", Packs.AMSTERDAM, PeriodKind.QUARTER,
                ClaimsMode.REQUIRED, Optional.of(Period.ofDays(30))));
        add(AContract.id("K-C").edition("VOICE").on("svc-breach").fee("40000.00").policy("cpaas-claims"));

        ClaimDecision decision = decideOne(LocalDate.of(2027, 1, 15),
                claim("CL-1", "K-C", "2026-Q4", "2027-01-10T09:00:00+01:00", Channel.EMAIL, true));

        assertThat(row(decision)).isEqualTo("COMPLIANCE MISSED 98.868/99.990 - - - DENIED");
        assertThat(decision.adjustment()).isEmpty();
        assertThat(book.find("K-C").map(Contract::isTerminated)).contains(false);
    }

    // --- claims on a service without monitoring data (credit rules, section 7) ---

    @Test
    void a_claim_on_a_service_without_any_probe_in_the_month_is_reported_as_a_gap() {
        contract("K-1", "ENTERPRISE", "svc-silent", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(result.gaps()).containsExactly(new MonitoringGap("svc-silent", october()));
    }

    @Test
    void a_claim_on_a_service_without_any_probe_in_the_month_waits_for_monitoring_data() {
        contract("K-1", "ENTERPRISE", "svc-silent", "60000.00");
        Claim first = claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00");
        Claim second = claim("CL-2", "K-1", "2026-10", "2026-11-03T09:00:00+01:00");

        Adjudication result = decide(AFTER_OCTOBER, first, second);

        assertThat(result.decisions()).isEmpty();
        assertThat(result.pending()).containsExactly(first, second);
        assertThat(result.gaps()).containsExactly(new MonitoringGap("svc-silent", october()));
    }

    // --- claims on a contract whose row was rejected (credit rules, section 7) ---

    @Test
    void a_claim_on_a_contract_known_only_from_rejected_rows_waits_for_a_good_row() {
        withheld.add("K-9");
        Claim claim = claim("CL-1", "K-9", "2026-10", "2026-11-02T09:00:00+01:00");

        Adjudication result = decide(AFTER_OCTOBER, claim);

        assertThat(result.decisions()).isEmpty();
        assertThat(result.pending()).containsExactly(claim);
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void a_claim_on_a_contract_never_named_is_still_an_unknown_contract() {
        withheld.add("K-9");

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-8", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision.reason()).isEqualTo(Reason.UNKNOWN_CONTRACT);
    }

    @Test
    void once_a_good_row_arrives_the_waiting_claim_is_decided_against_it() {
        withheld.add("K-1");
        contract("K-1", "ENTERPRISE", "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.CREDIT);
    }

    @Test
    void a_month_claimed_on_a_quarterly_pack_has_no_service_month() {
        add(AContract.id("K-M1").edition("BUSINESS_MESSAGING").on("svc-tier").policy(Packs.CPAAS));

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-8", "K-M1", "2026-10", "2026-11-03T10:00:00+01:00"));

        assertThat(decision.reason()).isEqualTo(Reason.AUTOMATIC);
        assertThat(decision.claim().period()).hasToString("2026-10");
        assertThat(decision.serviceMonth(policies)).isEmpty();
    }

    // --- builders ---


    private Adjudication decide(LocalDate asOf, Claim... claims) {
        book = newBook();
        return new ClaimAdjudicator(policies, book, ledger(), verifiedBefore)
                .decide(List.of(claims), automatic, asOf);
    }

    private ClaimDecision decideOne(LocalDate asOf, Claim... claim) {
        Adjudication result = decide(asOf, claim);
        assertThat(result.decisions()).hasSize(1);
        return result.decisions().get(0);
    }

    private ContractBook newBook() {
        return new ContractBook(contracts, invoices, withheld);
    }

    private AvailabilityLedger ledger() {
        List<SlotTimeline> copies = new ArrayList<>();
        for (SlotTimeline original : timelines) {
            SlotTimeline copy = new SlotTimeline(original.serviceId());
            copy.absorb(original);
            copies.add(copy);
        }
        return new AvailabilityLedger(copies, List.of());
    }

    private static ClaimDecision decision(Adjudication result, String claimId) {
        return result.decisions().stream().filter(d -> d.claimId().equals(claimId)).findFirst().orElseThrow();
    }

    /** The decision as one line: outcome, reason, shown/guarantee, credit %, amount, currency, termination. */
    private static String row(ClaimDecision decision) {
        String availability = decision.availability().map(a -> a.percentShown().toPlainString()).orElse("-")
                + "/" + decision.guaranteePercent().map(g -> g.setScale(3).toPlainString()).orElse("-");
        return String.join(" ",
                decision.outcome().name(),
                decision.reason().name(),
                availability,
                decision.creditPercent().map(p -> p.stripTrailingZeros().toPlainString()).orElse("-"),
                decision.amount().map(Money::plain).orElse("-"),
                decision.amount().map(m -> m.currency().getCurrencyCode()).orElse("-"),
                decision.termination().name());
    }

    private Contract contract(String id, String edition, String serviceId, String annualFee) {
        return contract(id, edition, serviceId, annualFee, "2024-01-01");
    }

    private Contract contract(String id, String edition, String serviceId, String annualFee, String startDate) {
        return add(AContract.id(id).edition(edition).on(serviceId).fee(annualFee).from(startDate));
    }

    private Contract iotContract(String id, String edition, String serviceId, String annualFee) {
        return iotContract(id, edition, serviceId, annualFee, "2024-06-01");
    }

    private Contract iotContract(String id, String edition, String serviceId, String annualFee, String startDate) {
        return add(AContract.id(id).edition(edition).on(serviceId).fee(annualFee).policy(Packs.IOT).from(startDate));
    }

    private Contract plmContract(String id, String serviceId, String guarantee) {
        return add(AContract.id(id).edition("PLATFORM").on(serviceId).fee("90000.00").policy(Packs.PLM)
                .guarantee(guarantee).from("2022-01-01"));
    }

    private void withPack(PolicyPack pack) {
        List<PolicyPack> packs = new ArrayList<>(POLICIES.packs());
        packs.add(pack);
        policies = new PolicyCatalog(packs);
    }

    private Contract add(AContract contract) {
        Contract built = contract.build();
        contracts.add(built);
        return built;
    }

    private void invoice(String id, String contractId, String from, String to, String amount) {
        invoices.add(new Invoice(id, contractId, LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(amount), EUR));
    }

    /** One UP probe, so that the service has monitoring data in that instant's month. */
    private void up(String serviceId, String instant) {
        SlotTimeline timeline = timelines.stream().filter(t -> t.serviceId().equals(serviceId)).findFirst()
                .orElseGet(() -> {
                    SlotTimeline added = new SlotTimeline(serviceId);
                    timelines.add(added);
                    return added;
                });
        timeline.observe(at(instant), ProbeStatus.UP);
    }

    private void down(String serviceId, String from, int minutes) {
        SlotTimeline timeline = new SlotTimeline(serviceId);
        Instant start = at(from);
        timeline.observe(start.minusSeconds(43), ProbeStatus.UP);
        for (int i = 0; i < minutes; i++) {
            timeline.observe(start.plusSeconds(60L * i + 17), ProbeStatus.DOWN);
        }
        timeline.observe(start.plusSeconds(60L * minutes + 17), ProbeStatus.UP);
        timelines.add(timeline);
    }

    private static Claim claim(String id, String contractId, String month, String receivedAt) {
        return claim(id, contractId, month, receivedAt, Channel.EMAIL, false);
    }

    private static Claim claim(String id, String contractId, String month, String receivedAt, Channel channel,
            boolean terminate) {
        return new Claim(id, contractId, ServicePeriod.parse(month), at(receivedAt), channel, OptionalLong.empty(),
                terminate);
    }

    private static ServicePeriod october() {
        return ServicePeriod.month(YearMonth.of(2026, 10));
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
