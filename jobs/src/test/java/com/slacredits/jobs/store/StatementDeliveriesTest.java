package com.slacredits.jobs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.jobs.scenarios.TestDatabase;
import com.slacredits.writers.jdbc.StatementDeliveries;
import com.slacredits.writers.jdbc.StatementDeliveries.State;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The record of statements sent by email (V19) on the migrated schema of H2 and of MySQL/MariaDB
 * (skipped, saying so, without a server): a statement registered once, claimed by one of eight racing
 * claimants, moved only by its claimant, and a dead claimant's rows recovered by what they say the
 * server can have had.
 */
class StatementDeliveriesTest {

    private static final Instant AT = Instant.parse("2026-11-05T02:00:00Z");

    @TempDir
    Path folder;

    private TestDatabase database;
    private StatementDeliveries deliveries;

    private void open(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_deliveries_");
        deliveries = new StatementDeliveries(database.jdbc());
        deliveries.register(7, "CU-1", "ST-20261105-7-CU-1", Optional.of("cu-1@example.com"), AT);
        deliveries.register(7, "cu-1", "ST-20261105-7-cu-1", Optional.of("lower@example.com"), AT);
        deliveries.register(7, "CU-2", "ST-20261105-7-CU-2", Optional.empty(), AT);
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aStatementIsRegisteredOnceAndWithoutAnAddressIsListed(String vendor) {
        open(vendor);
        deliveries.register(7, "CU-1", "ST-20261105-7-CU-1", Optional.of("changed@example.com"), AT);

        assertThat(deliveries.ofRun(7)).extracting(d -> d.customerId() + " " + d.state() + " " + d.address())
                .containsExactly("CU-1 PENDING Optional[cu-1@example.com]", "CU-2 NO_ADDRESS Optional.empty",
                        "cu-1 PENDING Optional[lower@example.com]");
        assertThat(deliveries.undeliveredOfRun(7)).singleElement()
                .satisfies(d -> assertThat(d.why()).isEqualTo("no email address on the customer's contracts"));
        assertThat(deliveries.nextPending(7)).map(StatementDeliveries.Delivery::customerId).contains("CU-1");
        assertThat(deliveries.countsOfRun(8)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void ofEightRacingClaimantsExactlyOneGetsAStatement(String vendor) throws Exception {
        open(vendor);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String claimant = "step-execution-" + i;
                Callable<Boolean> claim = () -> {
                    start.await();
                    return deliveries.claim(7, "CU-1", claimant, AT);
                };
                claims.add(threads.submit(claim));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(deliveries.ofRun(7).get(0).attempts()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void onlyTheClaimantMovesAStatementAndOnlyForward(String vendor) {
        open(vendor);
        assertThat(deliveries.claim(7, "CU-1", "a", AT)).isTrue();
        assertThat(deliveries.claim(7, "CU-1", "b", AT)).isFalse();
        assertThatThrownBy(() -> deliveries.handedOver(7, "CU-1", "b", "<id@x>", AT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> deliveries.sent(7, "CU-1", "a", AT)).as("not before the hand-over")
                .isInstanceOf(IllegalStateException.class);
        deliveries.handedOver(7, "CU-1", "a", "<id@x>", AT);
        deliveries.sent(7, "CU-1", "a", AT);
        deliveries.putBack(7, "CU-1", "a", AT);

        assertThat(deliveries.ofRun(7).get(0).state()).isEqualTo(State.SENT);
        assertThat(deliveries.ofRun(7).get(0).messageId()).contains("<id@x>");
        assertThat(deliveries.nextPending(7)).map(StatementDeliveries.Delivery::customerId).contains("cu-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aDeadClaimantsStatementIsSentAgainOnlyWhenItsEndWasNeverSent(String vendor) {
        open(vendor);
        deliveries.claim(7, "CU-1", "dead", AT);
        deliveries.claim(7, "cu-1", "dead", AT);
        deliveries.handedOver(7, "cu-1", "dead", "<id@x>", AT);

        assertThat(deliveries.recoverAbandoned(7, "alive", AT)).isEqualTo(2);

        assertThat(deliveries.ofRun(7)).extracting(d -> d.customerId() + " " + d.state())
                .containsExactly("CU-1 PENDING", "CU-2 NO_ADDRESS", "cu-1 UNCERTAIN");
        assertThat(deliveries.undeliveredOfRun(7)).extracting(StatementDeliveries.Delivery::customerId)
                .containsExactly("CU-2", "cu-1");
        assertThat(deliveries.undeliveredOfRun(7).get(1).why()).startsWith("not known whether delivered")
                .endsWith("(Message-ID <id@x>)");
        // a live claimant's own claims are its own
        deliveries.claim(7, "CU-1", "alive", AT);
        assertThat(deliveries.recoverAbandoned(7, "alive", AT)).isZero();
    }
}
