package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.RejectionListing.Group;
import com.slacredits.domain.RejectionListing.Unlisted;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** files.md, "Many rejections": of a contract, period and reason, the first ten by claim id, then one line. */
class RejectionListingTest {

    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ServicePeriod NOVEMBER = ServicePeriod.month(YearMonth.of(2026, 11));
    private static final Contract K_1 = AContract.id("K-1").customer("CU-1").build();
    private static final Contract K_2 = AContract.id("K-2").customer("CU-1").build();

    @Test
    void tenOfAGroupAreAllListed() {
        RejectionListing listing = RejectionListing.of(rejected("D-", 10, K_1, OCTOBER, Reason.DUPLICATE));

        assertThat(listing.listed()).hasSize(10);
        assertThat(listing.unlisted()).isEmpty();
    }

    @Test
    void theEleventhIsOneMoreAfterTheTenthByClaimId() {
        List<ClaimDecision> eleven = new ArrayList<>(rejected("D-", 11, K_1, OCTOBER, Reason.DUPLICATE));
        Collections.shuffle(eleven, new Random(3));

        RejectionListing listing = RejectionListing.of(eleven);

        assertThat(listing.listed()).extracting(ClaimDecision::claimId)
                .containsExactly("D-01", "D-02", "D-03", "D-04", "D-05", "D-06", "D-07", "D-08", "D-09", "D-10");
        assertThat(listing.unlisted()).containsExactly(
                new Unlisted(new Group(new ContractPeriod("K-1", OCTOBER), Reason.DUPLICATE), 1, "D-10"));
    }

    @Test
    void aGroupAmongOtherLinesLeavesThemListedInClaimOrder() {
        List<ClaimDecision> decisions = new ArrayList<>(rejected("D-", 25, K_1, OCTOBER, Reason.DUPLICATE));
        decisions.add(credit("A-1", K_1));
        decisions.add(credit("Z-1", K_2));
        decisions.add(rejected("E-1", K_2, OCTOBER, Reason.DUPLICATE));

        RejectionListing listing = RejectionListing.of(decisions);

        assertThat(listing.listed()).extracting(ClaimDecision::claimId).containsExactly("A-1", "D-01", "D-02", "D-03",
                "D-04", "D-05", "D-06", "D-07", "D-08", "D-09", "D-10", "E-1", "Z-1");
        assertThat(listing.unlisted()).extracting(Unlisted::count, Unlisted::afterClaimId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(15L, "D-10"));
    }

    @Test
    void eachReasonContractAndPeriodIsAGroupOfItsOwn() {
        List<ClaimDecision> decisions = new ArrayList<>();
        decisions.addAll(rejected("D-", 12, K_1, OCTOBER, Reason.DUPLICATE));
        decisions.addAll(rejected("L-", 11, K_1, OCTOBER, Reason.LATE));
        decisions.addAll(rejected("N-", 10, K_1, OCTOBER, Reason.NOT_IN_WRITING));
        decisions.addAll(rejected("P-", 13, K_1, NOVEMBER, Reason.DUPLICATE));
        decisions.addAll(rejected("Q-", 14, K_2, OCTOBER, Reason.DUPLICATE));

        RejectionListing listing = RejectionListing.of(decisions);

        assertThat(listing.listed()).hasSize(50);
        assertThat(listing.unlisted()).containsExactly(
                new Unlisted(new Group(new ContractPeriod("K-1", OCTOBER), Reason.DUPLICATE), 2, "D-10"),
                new Unlisted(new Group(new ContractPeriod("K-1", OCTOBER), Reason.LATE), 1, "L-10"),
                new Unlisted(new Group(new ContractPeriod("K-1", NOVEMBER), Reason.DUPLICATE), 3, "P-10"),
                new Unlisted(new Group(new ContractPeriod("K-2", OCTOBER), Reason.DUPLICATE), 4, "Q-10"));
    }

    @Test
    void creditsAreListedOneByOneHoweverMany() {
        List<ClaimDecision> credits = IntStream.rangeClosed(1, 30).mapToObj(i -> credit(String.format("S-%02d", i), K_1))
                .toList();

        RejectionListing listing = RejectionListing.of(credits);

        assertThat(listing.listed()).hasSize(30);
        assertThat(listing.unlisted()).isEmpty();
    }

    @Test
    void whatTheDatabaseCountedIsAddedToTheGroupItsTenthFollows() {
        List<ClaimDecision> firstTen = rejected("D-", 10, K_1, OCTOBER, Reason.DUPLICATE);
        Group duplicates = new Group(new ContractPeriod("K-1", OCTOBER), Reason.DUPLICATE);

        RejectionListing listing = RejectionListing.of(firstTen, Map.of(duplicates, 149_990L));

        assertThat(listing.listed()).isEqualTo(firstTen);
        assertThat(listing.unlisted()).containsExactly(new Unlisted(duplicates, 149_990, "D-10"));
        assertThat(RejectionListing.of(firstTen, Map.of(duplicates, 0L)).unlisted()).isEmpty();
    }

    @Test
    void aCountWithoutTheGroupsFirstTenIsRefused() {
        Group duplicates = new Group(new ContractPeriod("K-1", OCTOBER), Reason.DUPLICATE);

        assertThatThrownBy(() -> RejectionListing.of(rejected("D-", 9, K_1, OCTOBER, Reason.DUPLICATE),
                Map.of(duplicates, 5L))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9 of");
    }

    private static List<ClaimDecision> rejected(String prefix, int count, Contract contract, ServicePeriod period,
            Reason reason) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> rejected(String.format("%s%02d", prefix, i), contract, period, reason)).toList();
    }

    private static ClaimDecision rejected(String claimId, Contract contract, ServicePeriod period, Reason reason) {
        return ClaimDecision.rejected(claim(claimId, contract, period), Optional.of(contract), reason);
    }

    private static ClaimDecision credit(String claimId, Contract contract) {
        Currency eur = Currency.getInstance("EUR");
        return new ClaimDecision(claim(claimId, contract, OCTOBER), Optional.of(contract), Outcome.CREDIT, Reason.TIER,
                Optional.of(new Availability(44_640, 0, 100)), Optional.of(new BigDecimal("99.9")),
                Optional.of(BigDecimal.TEN), Optional.of(new Money(new BigDecimal("100.00"), eur)),
                Optional.of(Settlement.NEXT_INVOICE), Termination.NONE, Optional.empty());
    }

    private static Claim claim(String claimId, Contract contract, ServicePeriod period) {
        return new Claim(claimId, contract.contractId(), period, Instant.parse("2026-11-02T09:00:00Z"), Channel.EMAIL,
                OptionalLong.empty(), false);
    }
}
