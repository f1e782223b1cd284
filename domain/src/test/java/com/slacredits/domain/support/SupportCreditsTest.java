package com.slacredits.domain.support;

import static com.slacredits.domain.support.SupportPacks.contract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.slacredits.domain.ClaimsMode;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Packs;
import com.slacredits.domain.PeriodKind;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Support SLAs, section 6: perMiss for each missed clock, capped per contract and period over all runs,
 * taken in order of reported_at then ticket_id; a credit that rounds to zero still takes its share.
 */
class SupportCreditsTest {

    private static final PolicyPack PAYING = SupportPacks.pack(ResolutionStart.RESPONSE,
            Optional.of(new SupportCreditTerms(new BigDecimal("5"), new BigDecimal("20"))));
    private static final PolicyCatalog CATALOG = new PolicyCatalog(List.of(PAYING));
    /** 12,000.00 EUR a year: a month's fee base is 1,000.00, so 5 % is 50.00. */
    private static final Contract K1 = contract("K-1", "ENTERPRISE");
    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ContractPeriod K1_OCTOBER = new ContractPeriod("K-1", OCTOBER);

    private static TicketMeasurement missed(String ticketId, Contract contract, String reportedAt, int missedClocks) {
        return measured(ticketId, contract, reportedAt, missedClocks, OCTOBER);
    }

    private static TicketMeasurement measured(String ticketId, Contract contract, String reportedAt, int missedClocks,
            ServicePeriod period) {
        Ticket ticket = new Ticket(ticketId, contract.contractId(), "P2", Instant.parse(reportedAt), Optional.empty(),
                Optional.empty());
        return new TicketMeasurement(ticket, contract, period, Optional.of(clock(missedClocks >= 1)),
                Optional.of(clock(missedClocks >= 2)));
    }

    private static ClockMeasurement clock(boolean missed) {
        Duration target = Duration.ofHours(2);
        return new ClockMeasurement("office", target, Instant.parse("2026-10-05T09:00:00Z"),
                Optional.of(missed ? target.plusSeconds(1) : target), Duration.ZERO, !missed);
    }

    private static SupportCredits noEarlierRuns() {
        return new SupportCredits(CATALOG, Map.of());
    }

    @Test
    void each_missed_clock_earns_per_miss_on_the_periods_fee_base() {
        List<SupportCredit> credits = noEarlierRuns().decide(List.of(
                missed("T-1", K1, "2026-10-05T09:00:00Z", 1),
                missed("T-2", K1, "2026-10-06T09:00:00Z", 2)));

        assertThat(credits).extracting(SupportCredit::claimId, SupportCredit::outcome, SupportCredit::creditPercent,
                        SupportCredit::amount)
                .containsExactly(
                        tuple("SUP-T-1", Outcome.CREDIT, Optional.of(new BigDecimal("5")), Optional.of(eur("50.00"))),
                        tuple("SUP-T-2", Outcome.CREDIT, Optional.of(new BigDecimal("10")), Optional.of(eur("100.00"))));
        assertThat(credits).allMatch(SupportCredit::postsAdjustment);
    }

    @Test
    void a_ticket_that_missed_nothing_is_no_decision() {
        assertThat(noEarlierRuns().decide(List.of(missed("T-1", K1, "2026-10-05T09:00:00Z", 0)))).isEmpty();
    }

    @Test
    void the_cap_leaves_a_ticket_what_is_left_and_then_rejects_with_cap_reached() {
        SupportCredits credits = noEarlierRuns();

        List<SupportCredit> decided = credits.decide(List.of(
                missed("T-1", K1, "2026-10-05T09:00:00Z", 2),
                missed("T-2", K1, "2026-10-06T09:00:00Z", 1),
                missed("T-3", K1, "2026-10-07T09:00:00Z", 2),
                missed("T-4", K1, "2026-10-08T09:00:00Z", 1)));

        assertThat(decided).extracting(SupportCredit::claimId, SupportCredit::creditPercent, SupportCredit::capReached)
                .containsExactly(
                        tuple("SUP-T-1", Optional.of(new BigDecimal("10")), false),
                        tuple("SUP-T-2", Optional.of(new BigDecimal("5")), false),
                        tuple("SUP-T-3", Optional.of(new BigDecimal("5")), false),
                        tuple("SUP-T-4", Optional.empty(), true));
        SupportCredit rejected = decided.get(3);
        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(rejected.amount()).isEmpty();
        assertThat(rejected.postsAdjustment()).isFalse();
        assertThat(credits.used(K1_OCTOBER)).isEqualByComparingTo("20");
    }

    @Test
    void the_cap_holds_over_two_runs() {
        SupportCredits first = noEarlierRuns();
        first.decide(List.of(missed("T-1", K1, "2026-10-05T09:00:00Z", 2), missed("T-2", K1, "2026-10-06T09:00:00Z", 1)));
        assertThat(first.used(K1_OCTOBER)).isEqualByComparingTo("15");

        SupportCredits second = new SupportCredits(CATALOG, Map.of(K1_OCTOBER, first.used(K1_OCTOBER)));
        List<SupportCredit> decided = second.decide(List.of(
                missed("T-3", K1, "2026-10-07T09:00:00Z", 2),
                missed("T-4", K1, "2026-10-08T09:00:00Z", 1)));

        assertThat(decided).extracting(SupportCredit::creditPercent)
                .containsExactly(Optional.of(new BigDecimal("5")), Optional.empty());
        assertThat(decided.get(0).amount()).contains(eur("50.00"));
    }

    @Test
    void each_contract_and_period_has_a_cap_of_its_own() {
        Contract k2 = contract("K-2", "ENTERPRISE");
        ServicePeriod november = ServicePeriod.month(YearMonth.of(2026, 11));

        List<SupportCredit> decided = new SupportCredits(CATALOG, Map.of(K1_OCTOBER, new BigDecimal("20"))).decide(
                List.of(missed("T-1", K1, "2026-10-05T09:00:00Z", 1),
                        missed("T-2", k2, "2026-10-05T09:00:00Z", 1),
                        measured("T-3", K1, "2026-11-05T09:00:00Z", 1, november)));

        assertThat(decided).extracting(SupportCredit::claimId, SupportCredit::capReached)
                .containsExactly(tuple("SUP-T-1", true), tuple("SUP-T-2", false), tuple("SUP-T-3", false));
    }

    @Test
    void tickets_take_the_cap_in_order_of_reported_at_then_ticket_id() {
        List<SupportCredit> decided = new SupportCredits(CATALOG, Map.of(K1_OCTOBER, new BigDecimal("10"))).decide(
                List.of(missed("T-9", K1, "2026-10-20T09:00:00Z", 2),
                        missed("T-B", K1, "2026-10-05T09:00:00Z", 1),
                        missed("T-A", K1, "2026-10-05T09:00:00Z", 1),
                        missed("T-1", K1, "2026-10-06T09:00:00Z", 2)));

        assertThat(decided).extracting(SupportCredit::claimId, SupportCredit::creditPercent)
                .containsExactly(
                        tuple("SUP-T-A", Optional.of(new BigDecimal("5"))),
                        tuple("SUP-T-B", Optional.of(new BigDecimal("5"))),
                        tuple("SUP-T-1", Optional.empty()),
                        tuple("SUP-T-9", Optional.empty()));
    }

    @Test
    void a_credit_that_rounds_to_zero_is_decided_takes_its_share_and_posts_nothing() {
        // 100 yen a year: a month's fee base is 8.33 yen, 5 % of it 0.42 yen, which rounds to none.
        Contract yen = new Contract("K-Y", "CU-Y", "Yen", "y@example.com", "ENTERPRISE", "svc", new BigDecimal("100"),
                Currency.getInstance("JPY"), LocalDate.of(2024, 1, 1), Optional.empty(), SupportPacks.PACK_ID,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        SupportCredits credits = noEarlierRuns();

        List<SupportCredit> decided = credits.decide(List.of(missed("T-1", yen, "2026-10-05T09:00:00Z", 1)));

        SupportCredit credit = decided.get(0);
        assertThat(credit.outcome()).isEqualTo(Outcome.CREDIT);
        assertThat(credit.creditPercent()).contains(new BigDecimal("5"));
        assertThat(credit.amount()).contains(new Money(BigDecimal.ZERO, Currency.getInstance("JPY")));
        assertThat(credit.postsAdjustment()).isFalse();
        assertThat(credits.used(new ContractPeriod("K-Y", OCTOBER))).isEqualByComparingTo("5");
    }

    @Test
    void the_amount_is_rounded_once_half_up_to_the_minor_unit() {
        // 1,000.10 EUR a year: 5 % of a twelfth is 4.1670833..., so 4.17; two misses 8.3341666..., so 8.33.
        Contract odd = contract("K-O", "ENTERPRISE", "1000.10", Optional.empty(), Optional.empty());

        List<SupportCredit> decided = noEarlierRuns().decide(List.of(missed("T-1", odd, "2026-10-05T09:00:00Z", 1),
                missed("T-2", odd, "2026-10-06T09:00:00Z", 2)));

        assertThat(decided).extracting(SupportCredit::amount)
                .containsExactly(Optional.of(eur("4.17")), Optional.of(eur("8.33")));
    }

    @Test
    void a_quarterly_pack_credits_a_quarter_of_the_annual_fee() {
        PolicyPack quarterly = Packs.variant(PAYING, "quarterly-support", SupportPacks.AMSTERDAM, PeriodKind.QUARTER,
                ClaimsMode.AUTOMATIC, Optional.empty());
        Contract contract = new Contract("K-Q", "CU-Q", "Q", "q@example.com", "ENTERPRISE", "svc",
                new BigDecimal("12000.00"), Currency.getInstance("EUR"), LocalDate.of(2024, 1, 1), Optional.empty(),
                "quarterly-support", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        List<SupportCredit> decided = new SupportCredits(new PolicyCatalog(List.of(quarterly)), Map.of()).decide(List.of(
                measured("T-1", contract, "2026-10-05T09:00:00Z", 1, ServicePeriod.quarter(2026, 4))));

        assertThat(decided.get(0).amount()).contains(eur("150.00"));
    }

    @Test
    void a_pack_without_support_credit_pays_nothing() {
        PolicyPack free = SupportPacks.pack(ResolutionStart.RESPONSE);

        assertThat(new SupportCredits(new PolicyCatalog(List.of(free)), Map.of())
                .decide(List.of(missed("T-1", K1, "2026-10-05T09:00:00Z", 2)))).isEmpty();
    }

    @Test
    void a_credit_is_paid_out_when_coverage_ended_before_the_run() {
        SupportCredit credit = noEarlierRuns().decide(List.of(missed("T-1", K1, "2026-10-05T09:00:00Z", 1))).get(0);
        Contract ended = K1.terminatedOn(LocalDate.of(2026, 10, 31));

        assertThat(credit.settlement(K1, LocalDate.of(2026, 11, 2))).isEqualTo(Settlement.NEXT_INVOICE);
        assertThat(credit.settlement(ended, LocalDate.of(2026, 11, 2))).isEqualTo(Settlement.REFUND);
        assertThat(credit.settlement(ended, LocalDate.of(2026, 10, 31))).isEqualTo(Settlement.NEXT_INVOICE);
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), Currency.getInstance("EUR"));
    }
}
