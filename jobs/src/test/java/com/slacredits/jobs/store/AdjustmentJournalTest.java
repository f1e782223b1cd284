package com.slacredits.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.Money;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.jobs.scenarios.TestDatabase;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The invoice an adjustment corrects, stored with it (V17) on H2 and on MySQL/MariaDB (skipped, saying so,
 * without a server on 127.0.0.1:3306): read back as posted, by run and by customer for the statements, and
 * kept by its reversal.
 */
class AdjustmentJournalTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ServicePeriod OCTOBER = ServicePeriod.parse("2026-10");

    @TempDir
    Path folder;

    private TestDatabase database;
    private AdjustmentJournal adjustments;

    private void open(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_adjustments_");
        adjustments = new AdjustmentJournal(database.jdbc());
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void anAdjustmentIsReadBackWithTheInvoiceItWasPostedWith(String vendor) {
        open(vendor);
        Adjustment named = adjustment("CL-01", "CU-1").correcting(List.of(invoice("INV-2026-10-A1", "K-CU-1")));
        Adjustment none = adjustment("CL-02", "CU-1");

        adjustments.post(1, List.of(named, none));

        assertThat(adjustments.ofRun(1)).containsExactly(named, none);
        assertThat(adjustments.ofRun(1).get(0).invoiceId()).contains("INV-2026-10-A1");
        assertThat(adjustments.ofClaim("CL-02")).contains(none);
        assertThat(adjustments.ofClaim("CL-03")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aStatementGetsTheInvoicesOfItsCustomersAdjustmentsOfTheRunOnly(String vendor) {
        open(vendor);
        adjustments.post(1, List.of(
                adjustment("CL-01", "CU-1").correcting(List.of(invoice("INV-A", "K-CU-1"))),
                adjustment("CL-02", "CU-1"),
                adjustment("CL-03", "CU-2").correcting(List.of(invoice("INV-B", "K-CU-2")))));
        adjustments.post(2, List.of(adjustment("CL-04", "CU-1").correcting(List.of(invoice("INV-C", "K-CU-1")))));

        assertThat(adjustments.invoicesOfCustomer(1, "CU-1")).isEqualTo(Map.of("CL-01", "INV-A"));
        assertThat(adjustments.invoicesOfCustomer(2, "CU-1")).isEqualTo(Map.of("CL-04", "INV-C"));
        assertThat(adjustments.invoicesOfCustomer(1, "CU-3")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aReversalNamesTheInvoiceOfTheAdjustmentItReverses(String vendor) {
        open(vendor);
        adjustments.post(1, List.of(adjustment("CL-05", "CU-5").correcting(List.of(invoice("INV-C2", "K-CU-5")))));

        ReversalJournal reversals = new ReversalJournal(database.jdbc());
        reversals.reverse("CL-05", "fiona", "Credited in error", Instant.parse("2026-11-20T10:15:30Z"));

        assertThat(reversals.ofClaim("CL-05").orElseThrow().invoiceId()).contains("INV-C2");
        assertThat(reversals.unreported()).extracting(r -> r.invoiceId()).containsExactly(Optional.of("INV-C2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void theInvoicesOfManyContractsAreReadInOneGo(String vendor) {
        open(vendor);
        ContractRepository contracts = new ContractRepository(database.jdbc());
        contracts.addInvoices(List.of(invoice("INV-1", "K-1"), invoice("INV-2", "K-2"), invoice("INV-3", "K-3"),
                invoice("INV-1B", "K-1")));

        assertThat(contracts.invoicesOf(List.of("K-1", "K-3", "K-9"))).extracting(Invoice::invoiceId)
                .containsExactlyInAnyOrder("INV-1", "INV-1B", "INV-3");
        assertThat(contracts.invoicesOf(List.of())).isEmpty();
    }

    private static Adjustment adjustment(String claimId, String customerId) {
        return new Adjustment(Adjustment.idFor(claimId), claimId, "K-" + customerId, customerId, OCTOBER,
                AdjustmentKind.SLA_CREDIT, new Money(new BigDecimal("300.00"), EUR), Settlement.NEXT_INVOICE);
    }

    private static Invoice invoice(String invoiceId, String contractId) {
        return new Invoice(invoiceId, contractId, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                new BigDecimal("1000.00"), EUR);
    }
}
