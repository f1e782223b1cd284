package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Credit rules, sections 7 and 8: the order of the rejection rules, verification against the records,
 * termination.
 *
 * <p>Three services in October 2026 (44,700 slots): {@code svc-ok} never down; {@code svc-tier} down
 * 80 minutes, 44,620 / 44,700 = 99.821 %; {@code svc-breach} down 1,500 minutes, 43,200 / 44,700 = 96.644 %.
 */
class ClaimAdjudicatorTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate AFTER_OCTOBER = LocalDate.of(2026, 11, 5);
    private static final LocalDate AFTER_THE_CLAIM_WINDOW = LocalDate.of(2026, 12, 5);

    private final List<Contract> contracts = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<SlotTimeline> timelines = new ArrayList<>();
    private final Set<ContractMonth> verifiedBefore = new HashSet<>();
    private ContractBook book;

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
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-11-30T23:59:59+01:00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.CREDIT);
        assertThat(decision.reason()).isEqualTo(Reason.TIER);
    }

    @Test
    void a_claim_at_the_exact_deadline_is_late() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-01T00:00:00+01:00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.reason()).isEqualTo(Reason.LATE);
        assertThat(decision.availability()).isEmpty();
        assertThat(decision.amount()).isEmpty();
    }

    @Test
    void the_deadline_is_an_instant_whatever_offset_the_claim_was_written_with() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

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
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-02T09:00:00+01:00", channel, false));

        assertThat(decision.reason()).isEqualTo(Reason.NOT_IN_WRITING);
        assertThat(decision.customerId()).contains("CU-K-1");
    }

    @ParameterizedTest
    @EnumSource(value = Channel.class, names = {"EMAIL", "PORTAL", "LETTER"})
    void written_channels_pass(Channel channel) {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", channel, false));

        assertThat(decision.reason()).isEqualTo(Reason.TIER);
    }

    @Test
    void a_late_claim_is_late_even_for_a_month_the_contract_does_not_cover() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00", "2026-11-01");

        assertThat(decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-02T09:00:00+01:00")).reason()).isEqualTo(Reason.LATE);
    }

    @Test
    void a_contract_starting_after_the_month_does_not_cover_it() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00", "2026-11-01");
        verifiedBefore.add(new ContractMonth("K-1", YearMonth.of(2026, 10)));

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision.reason()).isEqualTo(Reason.NOT_COVERED);
        assertThat(decision.availability()).isEmpty();
    }

    @Test
    void a_contract_starting_on_the_last_day_of_the_month_covers_it() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00", "2026-10-31");

        ClaimDecision decision = decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"));

        // Only 31 October is measured, from 00:00 to 24:00 local (+01:00): 1,440 slots, no downtime.
        assertThat(decision.reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(decision.availability()).contains(new Availability(1_440, 0, 0));
    }

    @Test
    void a_late_claim_on_a_month_already_verified_is_late_not_a_duplicate() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");
        verifiedBefore.add(new ContractMonth("K-1", YearMonth.of(2026, 10)));

        assertThat(decideOne(AFTER_THE_CLAIM_WINDOW,
                claim("CL-1", "K-1", "2026-10", "2026-12-01T00:00:00+01:00")).reason()).isEqualTo(Reason.LATE);
    }

    // --- duplicates (rule 5) ---

    @Test
    void a_second_claim_for_the_same_contract_and_month_is_a_duplicate_even_if_the_first_earned_nothing() {
        contract("K-1", Edition.ENTERPRISE, "svc-ok", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-2", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.NO_CREDIT_DUE);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.DUPLICATE);
        assertThat(decision(result, "CL-2").availability()).isEmpty();
    }

    @Test
    void the_earlier_receipt_wins_whatever_the_ids_say() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"),
                claim("CL-2", "K-1", "2026-10", "2026-11-03T08:59:59+01:00"));

        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void at_the_same_instant_the_lower_claim_id_wins() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-B", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"),
                claim("CL-A", "K-1", "2026-10", "2026-11-03T08:00:00Z"));

        assertThat(decision(result, "CL-A").reason()).isEqualTo(Reason.TIER);
        assertThat(decision(result, "CL-B").reason()).isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void a_claim_rejected_by_rules_1_to_4_does_not_use_up_the_month() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", Channel.PHONE, false),
                claim("CL-2", "K-1", "2026-10", "2026-11-03T09:00:00+01:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.NOT_IN_WRITING);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
    }

    @Test
    void a_month_verified_in_an_earlier_run_makes_a_duplicate() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");
        verifiedBefore.add(new ContractMonth("K-1", YearMonth.of(2026, 10)));

        assertThat(decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00")).reason())
                .isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void other_months_and_other_contracts_are_not_duplicates() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");
        contract("K-2", Edition.ENTERPRISE, "svc-tier", "60000.00");
        verifiedBefore.add(new ContractMonth("K-1", YearMonth.of(2026, 9)));

        Adjudication result = decide(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"),
                claim("CL-2", "K-2", "2026-10", "2026-11-02T09:00:00+01:00"));

        assertThat(decision(result, "CL-1").reason()).isEqualTo(Reason.TIER);
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
    }

    // --- closed months ---

    @Test
    void a_claim_waits_while_its_month_is_not_over() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");
        Claim november = claim("CL-10", "K-1", "2026-11", "2026-11-03T09:00:00+01:00");

        Adjudication result = decide(AFTER_OCTOBER, november);

        assertThat(result.decisions()).isEmpty();
        assertThat(result.pending()).containsExactly(november);
    }

    @Test
    void a_month_is_closed_from_the_day_after_its_last_day() {
        Claim october = claim("CL-1", "K-1", "2026-10", "2026-10-31T09:00:00+01:00");

        assertThat(ClaimAdjudicator.isMonthClosed(october, LocalDate.of(2026, 10, 31))).isFalse();
        assertThat(ClaimAdjudicator.isMonthClosed(october, LocalDate.of(2026, 11, 1))).isTrue();
    }

    @Test
    void a_waiting_claim_does_not_make_a_decided_one_a_duplicate() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");

        Adjudication result = decide(LocalDate.of(2026, 11, 1),
                claim("CL-1", "K-1", "2026-11", "2026-11-01T09:00:00+01:00"),
                claim("CL-2", "K-1", "2026-10", "2026-11-01T10:00:00+01:00"));

        assertThat(result.pending()).extracting(Claim::claimId).containsExactly("CL-1");
        assertThat(decision(result, "CL-2").reason()).isEqualTo(Reason.TIER);
    }

    // --- verification against the records ---

    @Test
    void the_records_decide_not_the_downtime_the_customer_counted() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");
        Claim counted500 = new Claim("CL-1", "K-1", YearMonth.of(2026, 10), at("2026-11-02T09:00:00+01:00"),
                Channel.EMAIL, OptionalLong.of(500), false);

        ClaimDecision decision = decideOne(AFTER_OCTOBER, counted500);

        assertThat(decision.availability()).contains(new Availability(44_700, 0, 80));
        assertThat(decision.creditPercent()).hasValueSatisfying(pct -> assertThat(pct).isEqualByComparingTo("10"));
        assertThat(decision.claim().claimedDowntimeMinutes()).hasValue(500);
    }

    @Test
    void at_or_above_the_guarantee_no_credit_is_due() {
        contract("K-1", Edition.ENTERPRISE, "svc-ok", "60000.00");

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
        contract("K-E", Edition.ENTERPRISE, "svc-tier", "60000.00");
        contract("K-G", Edition.GROWTH, "svc-tier", "24000.00");
        contract("K-S", Edition.STARTER, "svc-tier", "9000.00");

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
        contract("K-1", Edition.ENTERPRISE, "svc-breach", "120000.00");

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
        contract("K-1", Edition.STARTER, "svc-breach", "12000.00");

        assertThat(row(decideOne(AFTER_OCTOBER, claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00"))))
                .isEqualTo("CREDIT TIER 96.644/99.800 30 300.00 EUR NONE");
    }

    @Test
    void a_yen_credit_is_rounded_to_whole_yen_half_up() {
        // 1,000,020 x 30 / 100 / 12 = 25,000.5.
        contracts.add(new Contract("K-JP", "CU-JP", "Kabushiki", "jp@example.com", Edition.ENTERPRISE, "svc-breach",
                new BigDecimal("1000020"), JPY, LocalDate.parse("2024-01-01"), Optional.empty(), ""));

        assertThat(row(decideOne(AFTER_OCTOBER, claim("CL-1", "K-JP", "2026-10", "2026-11-02T09:00:00+01:00"))))
                .isEqualTo("CREDIT MATERIAL_BREACH 96.644/99.900 30 25001 JPY NONE");
    }

    // --- termination (section 8) ---

    @Test
    void a_material_breach_with_termination_refunds_the_invoices_for_the_days_after_receipt() {
        contract("K-C1", Edition.ENTERPRISE, "svc-breach", "120000.00");
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
        contract("K-C1", Edition.ENTERPRISE, "svc-breach", "120000.00");
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
        contract("K-C1", Edition.ENTERPRISE, "svc-breach", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");

        // 23:30Z on 10 November is 00:30 on 11 November in Amsterdam: 50 days left, 120,000 x 50 / 365.
        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-4", "K-C1", "2026-10", "2026-11-10T23:30:00Z", Channel.EMAIL, true));

        assertThat(decision.terminationEffective()).contains(LocalDate.of(2026, 11, 11));
        assertThat(decision.amount().map(Money::plain)).contains("16438.36");
    }

    @Test
    void a_termination_without_breach_is_denied_and_the_tier_still_credits() {
        contract("K-1", Edition.GROWTH, "svc-tier", "18000.00");

        ClaimDecision decision = decideOne(AFTER_OCTOBER,
                claim("CL-12", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", Channel.PORTAL, true));

        assertThat(row(decision)).isEqualTo("CREDIT TIER 99.821/99.850 10 150.00 EUR DENIED");
        assertThat(decision.terminationEffective()).isEmpty();
    }

    @Test
    void a_termination_with_no_credit_due_is_denied() {
        contract("K-1", Edition.ENTERPRISE, "svc-ok", "60000.00");

        assertThat(row(decideOne(AFTER_OCTOBER,
                claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00", Channel.EMAIL, true))))
                .isEqualTo("REJECTED NO_CREDIT_DUE 100.000/99.900 - - - DENIED");
    }

    @Test
    void a_termination_asked_for_on_a_rejected_claim_is_denied() {
        contract("K-1", Edition.ENTERPRISE, "svc-breach", "120000.00");

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
        contract("K-C1", Edition.ENTERPRISE, "svc-breach", "120000.00");
        invoice("INV-1", "K-C1", "2026-01-01", "2026-12-31", "120000.00");

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
        assertThat(book.find("K-C1").flatMap(Contract::endDate)).contains(LocalDate.of(2026, 11, 10));
        assertThat(result.adjustments()).extracting(Adjustment::claimId).containsExactly("CL-4");
    }

    @Test
    void a_termination_never_lengthens_a_contract_that_already_ends_earlier() {
        Contract contract = contract("K-1", Edition.ENTERPRISE, "svc-breach", "120000.00");
        Contract ending = contract.endingOn(LocalDate.of(2026, 11, 5));

        assertThat(ending.endingOn(LocalDate.of(2026, 11, 30)).endDate()).contains(LocalDate.of(2026, 11, 5));
        assertThat(ending.endingOn(LocalDate.of(2026, 11, 2)).endDate()).contains(LocalDate.of(2026, 11, 2));
    }

    // --- adjustments ---

    @Test
    void each_credit_or_refund_posts_one_adjustment_under_an_id_derived_from_the_claim() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");
        contract("K-2", Edition.ENTERPRISE, "svc-ok", "60000.00");
        Claim credited = claim("CL-1", "K-1", "2026-10", "2026-11-02T09:00:00+01:00");
        Claim rejected = claim("CL-2", "K-2", "2026-10", "2026-11-02T09:00:00+01:00");

        List<Adjustment> first = decide(AFTER_OCTOBER, credited, rejected).adjustments();
        List<Adjustment> again = new ClaimAdjudicator(PolicyCatalog.standard(), newBook(), ledger(), Set.of())
                .decide(List.of(credited), AFTER_OCTOBER).adjustments();

        assertThat(first).hasSize(1);
        Adjustment adjustment = first.get(0);
        assertThat(adjustment.claimId()).isEqualTo("CL-1");
        assertThat(adjustment.contractId()).isEqualTo("K-1");
        assertThat(adjustment.customerId()).isEqualTo("CU-K-1");
        assertThat(adjustment.serviceMonth()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(adjustment.amount().plain()).isEqualTo("500.00");
        assertThat(again).extracting(Adjustment::adjustmentId).containsExactly(adjustment.adjustmentId());
    }

    @Test
    void decisions_and_waiting_claims_come_out_in_claim_id_order() {
        contract("K-1", Edition.ENTERPRISE, "svc-tier", "60000.00");
        contract("K-2", Edition.ENTERPRISE, "svc-tier", "60000.00");

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

    // --- builders ---


    private Adjudication decide(LocalDate asOf, Claim... claims) {
        book = newBook();
        return new ClaimAdjudicator(PolicyCatalog.standard(), book, ledger(), verifiedBefore)
                .decide(List.of(claims), asOf);
    }

    private ClaimDecision decideOne(LocalDate asOf, Claim claim) {
        Adjudication result = decide(asOf, claim);
        assertThat(result.decisions()).hasSize(1);
        return result.decisions().get(0);
    }

    private ContractBook newBook() {
        return new ContractBook(contracts, invoices);
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

    private Contract contract(String id, Edition edition, String serviceId, String annualFee) {
        return contract(id, edition, serviceId, annualFee, "2024-01-01");
    }

    private Contract contract(String id, Edition edition, String serviceId, String annualFee, String startDate) {
        Contract contract = new Contract(id, "CU-" + id, "Customer " + id, id + "@example.com", edition, serviceId,
                new BigDecimal(annualFee), EUR, LocalDate.parse(startDate), Optional.empty(), "");
        contracts.add(contract);
        return contract;
    }

    private void invoice(String id, String contractId, String from, String to, String amount) {
        invoices.add(new Invoice(id, contractId, LocalDate.parse(from), LocalDate.parse(to), new BigDecimal(amount), EUR));
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
        return new Claim(id, contractId, YearMonth.parse(month), at(receivedAt), channel, OptionalLong.empty(), terminate);
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
