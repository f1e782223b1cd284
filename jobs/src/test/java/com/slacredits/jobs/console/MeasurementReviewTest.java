package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.jobs.scenarios.TestDatabase;
import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.MeasurementQuery;
import com.slacredits.writers.jdbc.MeasurementQuery.Targets;
import com.slacredits.writers.jdbc.MeasurementReview;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The console's review of a run's measured tickets: the met and missed filters, priority, prefix
 * search and keyset pages over ticket_measurement, on H2 and MySQL/MariaDB (skipped, saying so,
 * without a server on 127.0.0.1:3306).
 */
class MeasurementReviewTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private JdbcTemplate jdbc;
    private MeasurementReview review;

    private void open(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_support_review_");
        jdbc = database.jdbc();
        review = new MeasurementReview(jdbc);
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void pagesFollowOneAnotherByTicketIdAndTogetherHoldEveryTicketOnce(String vendor) {
        open(vendor);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            ids.add(String.format("T-%03d", i));
        }
        // stored out of order, and a ticket of another run that sorts first
        for (int i = ids.size() - 1; i >= 0; i--) {
            measure(7, ids.get(i), "CU-1", "P2", "MET", "MET");
        }
        measure(8, "T-000", "CU-1", "P2", "MET", "MET");

        List<String> read = new ArrayList<>();
        Optional<String> after = Optional.empty();
        int pages = 0;
        while (true) {
            List<SupportLine> page = review.pageOfRun(7, MeasurementQuery.ALL, after, 10);
            if (page.isEmpty()) {
                break;
            }
            pages++;
            page.forEach(line -> read.add(line.ticketId()));
            after = Optional.of(page.get(page.size() - 1).ticketId());
        }

        assertThat(read).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);
        assertThat(review.countOfRun(7, MeasurementQuery.ALL)).isEqualTo(23);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aTicketIsMetWhenEveryClockIsAndMissedWhenAnyIsAndFiltersCombine(String vendor) {
        open(vendor);
        measure(7, "A-1", "CU-1", "P1", "MET", "MET");
        measure(7, "A-2", "CU-1", "P4", "MET", null);
        measure(7, "A-3", "CU-1", "P2", null, "MISSED");
        measure(7, "A-4", "CU-1", "P1", "MISSED", "MET");
        measure(7, "B_1", "CU-2", "P1", "MISSED", "MISSED");
        measure(7, "BA1", "CU-2", "P2", "MET", "MET");
        measure(8, "A-0", "CU-1", "P1", "MISSED", "MISSED");

        assertThat(ids(query(null, null, null))).containsExactly("A-1", "A-2", "A-3", "A-4", "BA1", "B_1");
        assertThat(ids(query(Targets.MET, null, null))).containsExactly("A-1", "A-2", "BA1");
        assertThat(ids(query(Targets.MISSED, null, null))).containsExactly("A-3", "A-4", "B_1");
        assertThat(ids(query(Targets.MISSED, "P1", null))).containsExactly("A-4", "B_1");
        assertThat(ids(query(null, " P2 ", null))).containsExactly("A-3", "BA1");
        assertThat(ids(query(Targets.MISSED, null, "CU-2"))).containsExactly("B_1");
        assertThat(ids(query(null, null, "A-"))).containsExactly("A-1", "A-2", "A-3", "A-4");
        // an underscore typed is an underscore, not LIKE's any-character
        assertThat(ids(query(null, null, "B_"))).containsExactly("B_1");
        assertThat(ids(query(null, null, "%"))).isEmpty();
        assertThat(ids(query(Targets.MET, null, ""))).containsExactly("A-1", "A-2", "BA1");
        assertThat(review.countOfRun(7, query(Targets.MISSED, null, null))).isEqualTo(3);
        assertThat(review.countOfRun(7, query(Targets.MET, null, null))).isEqualTo(3);
        assertThat(review.prioritiesOfRun(7)).containsExactly("P1", "P2", "P4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void aTicketReadsBackAsItsRunStoredItWithItsSupportCreditDecision(String vendor) {
        open(vendor);
        measure(7, "A-3", "CU-1", "P2", null, "MISSED");
        measure(7, "A-4", "CU-1", "P1", "MISSED", "MET");
        measure(7, "A-5", "CU-1", "P1", "MET", "MET");
        measure(8, "A-6", "CU-1", "P1", "MISSED", "MET");
        supportDecision(7, "SUP-A-4", "SUPPORT_MISSED");
        supportDecision(7, "SUP-A-3", "CAP_REACHED");
        supportDecision(8, "SUP-A-6", "SUPPORT_MISSED");

        SupportLine missed = review.pageOfRun(7, query(null, null, "A-3"), Optional.empty(), 1).get(0);
        assertThat(missed.response()).isEmpty();
        assertThat(missed.resolution()).hasValue(new SupportLine.Clock("office", 120,
                Instant.parse("2026-10-12T11:00:00Z"), OptionalLong.empty(), 75, false));
        assertThat(missed.reportedAt()).isEqualTo(Instant.parse("2026-10-09T14:30:00Z"));
        assertThat(missed.respondedAt()).isEmpty();
        assertThat(missed.resolvedAt()).hasValue(Instant.parse("2026-10-12T11:00:30Z"));
        SupportLine met = review.pageOfRun(7, query(null, null, "A-4"), Optional.empty(), 1).get(0);
        assertThat(met.response()).hasValue(new SupportLine.Clock("ALWAYS", 30,
                Instant.parse("2026-10-21T20:40:00Z"), OptionalLong.of(40), 0, false));
        assertThat(met.resolution().orElseThrow().met()).isTrue();

        assertThat(review.supportDecisionsOf(7, List.of("A-3", "A-4", "A-5", "A-6")))
                .isEqualTo(Map.of("A-3", "CAP_REACHED", "A-4", "SUPPORT_MISSED"));
        assertThat(review.supportDecisionsOf(7, List.of())).isEmpty();
    }

    private List<String> ids(MeasurementQuery query) {
        return review.pageOfRun(7, query, Optional.empty(), 100).stream().map(SupportLine::ticketId).toList();
    }

    private static MeasurementQuery query(Targets targets, String priority, String search) {
        return new MeasurementQuery(Optional.ofNullable(targets), Optional.ofNullable(priority),
                Optional.ofNullable(search));
    }

    /** A ticket measured by run {@code runId}; a clock's verdict null is a priority without that target. */
    private void measure(long runId, String ticketId, String customerId, String priority, String response,
            String resolution) {
        jdbc.update("INSERT INTO ticket (ticket_id, contract_id, priority, reported_at, stored_run) "
                + "VALUES (?, 'K-1', ?, '2026-10-09T14:30:00Z', ?)", ticketId, priority, runId);
        jdbc.update("INSERT INTO ticket_measurement (ticket_id, run_id, contract_id, customer_id, period, policy_id, "
                        + "priority, response_calendar, resolution_calendar, reported_at, responded_at, resolved_at, "
                        + "response_target_minutes, response_due, response_minutes, response, resolution_target_minutes, "
                        + "resolution_due, resolution_minutes, paused_minutes, resolution) VALUES (?, ?, 'K-1', ?, "
                        + "'2026-10', 'standard-2024', ?, ?, ?, '2026-10-09T14:30:00Z', NULL, '2026-10-12T11:00:30Z', "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ticketId, runId, customerId, priority, response == null ? null : "ALWAYS",
                resolution == null ? null : "office",
                response == null ? null : 30, response == null ? null : "2026-10-21T20:40:00Z",
                response == null ? null : 40, response,
                resolution == null ? null : 120, resolution == null ? null : "2026-10-12T11:00:00Z",
                "MISSED".equals(resolution) ? null : resolution == null ? null : 100,
                resolution == null ? null : 75, resolution);
    }

    private void supportDecision(long runId, String claimId, String reason) {
        new ClaimRegister(jdbc).register(List.of(new Claim(claimId, "K-1", ServicePeriod.parse("2026-10"),
                Instant.parse("2026-11-05T00:00:00Z"), Channel.SYSTEM, OptionalLong.empty(), false)), runId);
        jdbc.update("INSERT INTO claim_decision (claim_id, run_id, contract_id, customer_id, period, outcome, reason, "
                + "termination) VALUES (?, ?, 'K-1', 'CU-1', '2026-10', ?, ?, 'NONE')", claimId, runId,
                "CAP_REACHED".equals(reason) ? "REJECTED" : "CREDIT", reason);
    }
}
