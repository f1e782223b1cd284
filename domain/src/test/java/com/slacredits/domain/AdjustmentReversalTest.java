package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Finance taking back a posted adjustment: a new, negative entry linked to it, never an edit. */
class AdjustmentReversalTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");
    private static final Adjustment CL_05 = new Adjustment("ADJ-CL-05", "CL-05", "K-B2", "CU-5", OCTOBER,
            AdjustmentKind.SLA_CREDIT, new Money(new BigDecimal("300.00"), EUR), Settlement.NEXT_INVOICE);

    @Test
    void theAmountIsTheOriginalsExactlyNegatedInItsCurrency() {
        AdjustmentReversal reversal = AdjustmentReversal.of(CL_05, "fiona", AT, "Credited in error");

        assertThat(reversal.amount()).isEqualTo(new Money(new BigDecimal("-300.00"), EUR));
        assertThat(reversal.amount().plain()).isEqualTo("-300.00");
        assertThat(reversal.amount().amount().add(CL_05.amount().amount())).isEqualByComparingTo(BigDecimal.ZERO);

        Adjustment yen = new Adjustment("ADJ-CL-30", "CL-30", "K-J1", "CU-9", OCTOBER, AdjustmentKind.SLA_CREDIT,
                new Money(new BigDecimal("5001"), JPY), Settlement.REFUND);
        assertThat(AdjustmentReversal.of(yen, "fiona", AT, "why").amount().plain()).isEqualTo("-5001");
        Adjustment cent = new Adjustment("ADJ-CL-31", "CL-31", "K-A1", "CU-1", OCTOBER,
                AdjustmentKind.TERMINATION_REFUND, new Money(new BigDecimal("16767.13"), EUR), Settlement.REFUND);
        assertThat(AdjustmentReversal.of(cent, "fiona", AT, "why").amount().plain()).isEqualTo("-16767.13");
    }

    @Test
    void itKeepsEverythingButTheSignOfWhatItReversesAndLinksToIt() {
        AdjustmentReversal reversal = AdjustmentReversal.of(CL_05, "fiona", AT, "  Credited in error \n");

        assertThat(reversal.kind()).isEqualTo(AdjustmentKind.REVERSAL);
        assertThat(reversal.reverses()).contains("ADJ-CL-05");
        assertThat(CL_05.reverses()).isEmpty();
        assertThat(List.of(reversal.claimId(), reversal.contractId(), reversal.customerId()))
                .containsExactly("CL-05", "K-B2", "CU-5");
        assertThat(reversal.period()).isEqualTo(OCTOBER);
        assertThat(reversal.settlement()).isEqualTo(Settlement.NEXT_INVOICE);
        assertThat(reversal.reversedBy()).isEqualTo("fiona");
        assertThat(reversal.reversedAt()).isEqualTo(AT);
        assertThat(reversal.reason()).isEqualTo("Credited in error");
    }

    @Test
    void theIdIsStableAndDerivedFromTheReversedAdjustmentsAlone() {
        AdjustmentReversal first = AdjustmentReversal.of(CL_05, "fiona", AT, "one reason");
        AdjustmentReversal second = AdjustmentReversal.of(CL_05, "victor", AT.plusSeconds(3_600), "another");

        assertThat(first.adjustmentId()).isEqualTo("REV-ADJ-CL-05").isEqualTo(second.adjustmentId())
                .isEqualTo(AdjustmentReversal.idFor(CL_05.adjustmentId()));
        assertThat(first.adjustmentId()).isNotEqualTo(CL_05.adjustmentId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void aBlankReasonIsRefusedInOneSentence(String reason) {
        assertThatThrownBy(() -> AdjustmentReversal.of(CL_05, "fiona", AT, reason))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessage("A reversal needs a reason: the customer's statement shows it.");
        assertThatThrownBy(() -> AdjustmentReversal.of(CL_05, "fiona", AT, null))
                .isInstanceOf(ReversalRefusedException.class);
    }

    @Test
    void aReasonTooLongOrNoUserIsRefused() {
        assertThatThrownBy(() -> AdjustmentReversal.of(CL_05, "fiona", AT, "x".repeat(AdjustmentReversal.MAX_REASON + 1)))
                .isInstanceOf(ReversalRefusedException.class).hasMessageContaining("longer than 1000 characters");
        assertThat(AdjustmentReversal.of(CL_05, "fiona", AT, "x".repeat(AdjustmentReversal.MAX_REASON)).reason())
                .hasSize(AdjustmentReversal.MAX_REASON);
        assertThatThrownBy(() -> AdjustmentReversal.of(CL_05, " ", AT, "why"))
                .isInstanceOf(ReversalRefusedException.class).hasMessageContaining("name of the user");
    }

    @Test
    void aReversalCannotBeReversed() {
        AdjustmentReversal reversal = AdjustmentReversal.of(CL_05, "fiona", AT, "Credited in error");

        assertThatThrownBy(() -> AdjustmentReversal.of(reversal, "victor", AT, "undo"))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessage("The entry REV-ADJ-CL-05 is itself a reversal, and a reversal cannot be reversed.");
        // nor can an adjustment pretend to be one, to be reversed again
        assertThatThrownBy(() -> new Adjustment("REV-ADJ-CL-05", "CL-05", "K-B2", "CU-5", OCTOBER,
                AdjustmentKind.REVERSAL, new Money(new BigDecimal("300.00"), EUR), Settlement.NEXT_INVOICE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunsTotalsCountReversalsAsAKindOfTheirOwnAndTheBrakeIgnoresThem() {
        RunDecisions run = new RunDecisions().addReversal(AdjustmentReversal.of(CL_05, "fiona", AT, "error"));

        assertThat(run.totals()).containsExactly(
                new RunDecisions.Total("EUR", Settlement.NEXT_INVOICE, AdjustmentKind.REVERSAL, new BigDecimal("-300.00"), 1));
        assertThat(run.reversals()).extracting(AdjustmentReversal::adjustmentId).containsExactly("REV-ADJ-CL-05");
        assertThat(run.slaCredits()).isEmpty();
        assertThat(run.decidedCount()).isZero();
        assertThat(run.byPack()).isEmpty();
        assertThat(CreditBrake.DEFAULT.check(run)).isEqualTo(Optional.empty());
    }
}
