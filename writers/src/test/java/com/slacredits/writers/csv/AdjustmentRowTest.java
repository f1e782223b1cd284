package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Instant;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.LedgerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdjustmentRowTest {

    private final AdjustmentRow row = new AdjustmentRow();

    private String line(LedgerEntry adjustment) {
        return String.join(",", row.cells(adjustment));
    }

    @Test
    void headerIsTheColumnOrderOfFilesMd() {
        assertThat(String.join(",", AdjustmentRow.HEADER)).isEqualTo(
                "adjustment_id,claim_id,contract_id,customer_id,service_month,kind,amount,currency,settlement,period,reverses,"
                + "invoice_id");
        assertThat(row.header()).isEqualTo(AdjustmentRow.HEADER);
        assertThat(row.fileName()).isEqualTo("adjustments.csv");
    }

    @Test
    void invoiceIdIsTheLastColumnAfterPeriod() {
        assertThat(AdjustmentRow.HEADER.get(AdjustmentRow.HEADER.size() - 1)).isEqualTo("invoice_id");
        assertThat(AdjustmentRow.HEADER.indexOf("invoice_id")).isGreaterThan(AdjustmentRow.HEADER.indexOf("period"));
    }

    /** The invoice the adjustment corrects, and a reversal's the same: taking a credit back corrects that invoice too. */
    @Test
    void anAdjustmentAndItsReversalNameTheInvoiceItCorrects() {
        Adjustment credit = October.CL_01.adjustment().orElseThrow().correcting(List.of(
                new Invoice("INV-2026-10-A1", "K-A1", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                        new BigDecimal("5000.00"), October.EUR),
                new Invoice("INV-2026-11-A1", "K-A1", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                        new BigDecimal("5000.00"), October.EUR)));
        AdjustmentReversal reversal = AdjustmentReversal.of(credit, "fiona", Instant.parse("2026-11-20T10:00:00Z"),
                "Credited in error");

        assertThat(line(credit))
                .isEqualTo("ADJ-CL-01,CL-01,K-A1,CU-1,2026-10,SLA_CREDIT,500.00,EUR,NEXT_INVOICE,2026-10,,INV-2026-10-A1");
        assertThat(line(reversal)).isEqualTo(
                "REV-ADJ-CL-01,CL-01,K-A1,CU-1,2026-10,REVERSAL,-500.00,EUR,NEXT_INVOICE,2026-10,ADJ-CL-01,INV-2026-10-A1");
    }

    @Test
    void periodFollowsSettlement() {
        assertThat(AdjustmentRow.HEADER.indexOf("period")).isEqualTo(AdjustmentRow.HEADER.indexOf("settlement") + 1);
        assertThat(row.cells(October.CL_01.adjustment().orElseThrow())).hasSameSizeAs(AdjustmentRow.HEADER.toArray());
    }

    @Test
    void creditIsSettledOnTheNextInvoice() {
        assertThat(line(October.CL_01.adjustment().orElseThrow()))
                .isEqualTo("ADJ-CL-01,CL-01,K-A1,CU-1,2026-10,SLA_CREDIT,500.00,EUR,NEXT_INVOICE,2026-10,,");
    }

    @Test
    void terminationRefundIsPaidOut() {
        assertThat(line(October.CL_04.adjustment().orElseThrow()))
                .isEqualTo("ADJ-CL-04,CL-04,K-C1,CU-4,2026-10,TERMINATION_REFUND,16767.12,EUR,REFUND,2026-10,,");
    }

    @Test
    void yenAmountHasNoDecimals() {
        Adjustment yen = new Adjustment("ADJ-CL-30", "CL-30", "K-J1", "CU-9", October.PERIOD,
                AdjustmentKind.SLA_CREDIT, new Money(new BigDecimal("5000"), October.JPY), Settlement.NEXT_INVOICE);

        assertThat(line(yen)).isEqualTo("ADJ-CL-30,CL-30,K-J1,CU-9,2026-10,SLA_CREDIT,5000,JPY,NEXT_INVOICE,2026-10,,");
    }

    @Test
    void aCreditSettledByRefundSaysSo() {
        Contract ended = new Contract("K-E1", "CU-E", "Ended Ltd", "cu-e@example.com", "ENTERPRISE", "svc-a",
                new BigDecimal("60000.00"), October.EUR, LocalDate.of(2024, 1, 1),
                Optional.of(LocalDate.of(2026, 10, 31)), Packs.STANDARD, Optional.empty(), Optional.empty());
        ClaimDecision refunded = October.credit(
                October.claim("CL-50", "K-E1", "2026-11-02T09:00:00+01:00", Channel.EMAIL, null, false),
                ended, October.SVC_A, "99.9", "10", "500.00", Settlement.REFUND, Termination.NONE);

        assertThat(line(refunded.adjustment().orElseThrow()))
                .isEqualTo("ADJ-CL-50,CL-50,K-E1,CU-E,2026-10,SLA_CREDIT,500.00,EUR,REFUND,2026-10,,");
    }

    @Test
    void aQuarterlyCreditHasNoServiceMonthAndNamesItsQuarter() {
        Contract quarterly = October.contract("K-Q1", "CU-Q", "BUSINESS", "svc-q", "12000.00", October.EUR,
                Packs.QUARTERLY_CREDITS);
        ClaimDecision credit = October.credit(
                October.claim("CL-42", "K-Q1", ServicePeriod.quarter(2026, 4), "2027-01-04T10:00:00+01:00",
                        Channel.EMAIL, null, false),
                quarterly, new Availability(132_540, 0, 400), "99.9", "20", "600.00", Termination.NONE);

        assertThat(line(credit.adjustment().orElseThrow()))
                .isEqualTo("ADJ-CL-42,CL-42,K-Q1,CU-Q,,SLA_CREDIT,600.00,EUR,NEXT_INVOICE,2026-Q4,,");
    }

    @Test
    void aComplianceDecisionPostsNoAdjustment() {
        Contract voice = October.contract("K-V1", "CU-V", "VOICE", "voice-trunk-1|voice-trunk-2", "24000.00",
                October.EUR, Packs.CPAAS);
        ClaimDecision compliance = new ClaimDecision(
                Claim.automatic(voice, ServicePeriod.quarter(2026, 4), Packs.cpaas2024()),
                Optional.of(voice), Outcome.COMPLIANCE, Reason.MISSED, Optional.of(new Availability(132_540, 0, 20)),
                Optional.of(new BigDecimal("99.99")), Optional.empty(), Optional.empty(), Optional.empty(),
                Termination.NONE, Optional.empty());

        assertThat(compliance.adjustment()).isEmpty();
    }

    /** A reversal: its own id, kind REVERSAL, the amount negated and written as a number, and what it reverses. */
    @Test
    void aReversalNamesTheAdjustmentItReversesAndItsAmountIsANegativeNumber(@TempDir Path output) throws Exception {
        Adjustment credit = October.CL_01.adjustment().orElseThrow();
        AdjustmentReversal reversal = AdjustmentReversal.of(credit, "fiona", Instant.parse("2026-11-20T10:00:00Z"),
                "Credited in error");

        assertThat(line(reversal))
                .isEqualTo("REV-ADJ-CL-01,CL-01,K-A1,CU-1,2026-10,REVERSAL,-500.00,EUR,NEXT_INVOICE,2026-10,ADJ-CL-01,");
        Path written = CsvOutputFile.write(output, row, List.<LedgerEntry>of(credit, reversal));
        assertThat(Files.readAllLines(written)).containsExactly(String.join(",", AdjustmentRow.HEADER),
                "ADJ-CL-01,CL-01,K-A1,CU-1,2026-10,SLA_CREDIT,500.00,EUR,NEXT_INVOICE,2026-10,,",
                "REV-ADJ-CL-01,CL-01,K-A1,CU-1,2026-10,REVERSAL,-500.00,EUR,NEXT_INVOICE,2026-10,ADJ-CL-01,");
    }

    /**
     * expected/adjustments.csv has no adjustment_id nor period column, so the comparison goes by header name.
     * Its one invoice is K-C1's annual INV-C1-2026, which CL-04's refund corrects; the other contracts have none.
     */
    @Test
    void theOctoberFileHasTheExpectedValuesColumnByColumn(@TempDir Path output) throws Exception {
        List<Invoice> invoices = List.of(new Invoice("INV-C1-2026", "K-C1", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("120000.00"), October.EUR));
        List<Adjustment> adjustments = October.DECISIONS.stream()
                .map(ClaimDecision::adjustment)
                .flatMap(Optional::stream)
                .map(adjustment -> adjustment.correcting(invoices))
                .toList();

        Path written = CsvOutputFile.write(output, row, adjustments);

        List<Map<String, String>> ours = ExpectedFiles.readByHeader(written);
        List<Map<String, String>> expected = ExpectedFiles.readByHeader(October.EXPECTED.resolve("adjustments.csv"));
        assertThat(ours).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, String> full = new LinkedHashMap<>(expected.get(i));
            full.put("adjustment_id", "ADJ-" + expected.get(i).get("claim_id"));
            full.put("period", "2026-10");
            full.put("reverses", "");
            assertThat(ours.get(i)).isEqualTo(full);
        }
        assertThat(Files.readAllLines(written).get(0)).isEqualTo(String.join(",", AdjustmentRow.HEADER));
    }
}
