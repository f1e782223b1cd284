package com.slacredits.jobs.store;

import com.slacredits.jobs.scenarios.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Money;
import com.slacredits.domain.ReversalRefusedException;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reversal journal on the migrated schema (V11) of H2 and of MySQL/MariaDB (skipped, saying so,
 * without a server on 127.0.0.1:3306): refusals, one reversal per adjustment under a race, and
 * reporting by exactly one run.
 */
class ReversalJournalTest {

    private static final ServicePeriod OCTOBER = ServicePeriod.parse("2026-10");
    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");

    @TempDir
    Path folder;

    private TestDatabase database;
    private JdbcTemplate jdbc;
    private ReversalJournal reversals;

    private void open(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_reversals_");
        jdbc = database.jdbc();
        reversals = new ReversalJournal(jdbc);
        new AdjustmentJournal(jdbc).post(1, List.of(
                adjustment("CL-05", "CU-5", "300.00"),
                adjustment("CL-01", "CU-1", "500.00"),
                adjustment("cl-01", "CU-1", "7.50")));
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aReversalIsPostedAtOnceAndShownOnItsClaim(String vendor) {
        open(vendor);

        AdjustmentReversal posted = reversals.reverse("CL-05", "fiona", "Credited in error", AT);

        assertThat(posted.adjustmentId()).isEqualTo("REV-ADJ-CL-05");
        assertThat(posted.amount()).isEqualTo(new Money(new BigDecimal("-300.00"), October.EUR));
        assertThat(reversals.ofClaim("CL-05")).contains(posted);
        assertThat(reversals.ofClaim("CL-01")).isEmpty();
        // ids are case-sensitive on MySQL too (V11's collation): cl-01 is another claim
        assertThat(reversals.reverse("cl-01", "fiona", "why", AT).reversed().amount().plain()).isEqualTo("7.50");
        assertThat(reversals.ofClaim("CL-01")).isEmpty();
        // the adjustment is never edited: still there, positive, as posted
        assertThat(new AdjustmentJournal(jdbc).ofRun(1)).extracting(a -> a.amount().plain())
                .containsExactly("500.00", "300.00", "7.50");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aReversalIsRefusedInOneSentenceWithoutAPostedAdjustmentTwiceOrWithoutAReason(String vendor) throws Exception {
        open(vendor);

        assertThatThrownBy(() -> reversals.reverse("CL-99", "fiona", "why", AT))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessage("Claim CL-99 has no posted adjustment to reverse.");
        assertThatThrownBy(() -> reversals.reverse("CL-05", "fiona", "  ", AT))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessage("A reversal needs a reason: the customer's statement shows it.");
        reversals.reverse("CL-05", "fiona", "Credited in error", AT);
        assertThatThrownBy(() -> reversals.reverse("CL-05", "victor", "again", AT.plusSeconds(60)))
                .isInstanceOf(ReversalRefusedException.class)
                .hasMessage("The adjustment of claim CL-05 was already reversed by fiona at 2026-11-20T10:15:30Z.");
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal")).isEqualTo(1);
    }

    /** Two finance users at once: the unique key decides, one row, and the other is told so. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void twoConcurrentReversalsOfOneAdjustmentPostExactlyOne(String vendor) throws Exception {
        open(vendor);
        int users = 8;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String user = "user-" + i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return "posted " + new ReversalJournal(database.jdbc()).reverse("CL-01", user, "race", AT)
                            .reversedBy();
                } catch (ReversalRefusedException refused) {
                    return refused.getMessage();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results.stream().filter(result -> result.startsWith("posted "))).hasSize(1);
        assertThat(results.stream().filter(result -> result.startsWith("The adjustment of claim CL-01 was already reversed")))
                .hasSize(users - 1);
        assertThat(database.count("SELECT COUNT(*) FROM adjustment_reversal")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aReversalIsReportedByExactlyOneRunAndAgainByTheSameRunChangesNothing(String vendor) {
        open(vendor);
        reversals.reverse("CL-05", "fiona", "Credited in error", AT);
        reversals.reverse("CL-01", "fiona", "Duplicate credit", AT);
        assertThat(reversals.unreported()).extracting(AdjustmentReversal::claimId).containsExactly("CL-01", "CL-05");

        assertThat(reversals.report(2, Set.of("REV-ADJ-CL-05"))).isEqualTo(1);
        // the same step again, on a resume, and a later run: neither reports it again
        assertThat(reversals.report(2, Set.of("REV-ADJ-CL-05"))).isZero();
        assertThat(reversals.report(3, Set.of("REV-ADJ-CL-05", "REV-ADJ-CL-01"))).isEqualTo(1);

        assertThat(reversals.reportedInRun(2)).extracting(AdjustmentReversal::claimId).containsExactly("CL-05");
        assertThat(reversals.reportedInRun(3)).extracting(AdjustmentReversal::claimId).containsExactly("CL-01");
        assertThat(reversals.unreported()).isEmpty();
        assertThat(reversals.customersReportedInRun(2)).containsExactly("CU-5");
        assertThat(reversals.reportedInRunOfCustomer(3, "CU-1")).extracting(AdjustmentReversal::reason)
                .containsExactly("Duplicate credit");
        assertThat(reversals.reportedInRunOfCustomer(3, "CU-5")).isEmpty();
        assertThat(reversals.report(4, Collections.emptyList())).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aReversalOfAnAdjustmentNeverPostedIsRefusedByTheSchemaItself(String vendor) {
        open(vendor);

        assertThatThrownBy(() -> jdbc.update("INSERT INTO adjustment_reversal (reversal_id, adjustment_id, reversed_by, "
                + "reversed_at, reason) VALUES ('REV-ADJ-X', 'ADJ-X', 'fiona', '2026-11-20T10:15:30Z', 'why')"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    private static Adjustment adjustment(String claimId, String customerId, String amount) {
        return new Adjustment(Adjustment.idFor(claimId), claimId, "K-" + customerId, customerId, OCTOBER,
                AdjustmentKind.SLA_CREDIT, new Money(new BigDecimal(amount), October.EUR), Settlement.NEXT_INVOICE);
    }

    /** The one currency these rows need. */
    private static final class October {
        static final java.util.Currency EUR = java.util.Currency.getInstance("EUR");
    }
}
