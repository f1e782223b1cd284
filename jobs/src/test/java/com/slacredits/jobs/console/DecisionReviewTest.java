package com.slacredits.jobs.console;

import com.slacredits.jobs.scenarios.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.DecisionQuery;
import com.slacredits.writers.jdbc.RunDecision;
import java.math.BigDecimal;
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
 * The finance console's review of a run: filters, prefix search and keyset pages over the stored
 * decisions, on H2 and MySQL/MariaDB (skipped, saying so, without a server on 127.0.0.1:3306).
 */
class DecisionReviewTest {

    @TempDir
    Path folder;

    private TestDatabase database;
    private JdbcTemplate jdbc;
    private DecisionJournal journal;

    private void open(String vendor) {
        database = TestDatabase.migrated(vendor, folder, "sla_credits_review_");
        jdbc = database.jdbc();
        journal = new DecisionJournal(jdbc, new ContractRepository(jdbc));
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void pagesFollowOneAnotherByClaimIdAndTogetherHoldEveryDecisionOnce(String vendor) {
        open(vendor);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            ids.add(String.format("CL-%03d", i));
        }
        decide(7, ids, "CU-1", Outcome.REJECTED, Reason.LATE, null, null);
        decide(8, List.of("CL-000"), "CU-1", Outcome.REJECTED, Reason.LATE, null, null);

        List<String> read = new ArrayList<>();
        Optional<String> after = Optional.empty();
        int pages = 0;
        while (true) {
            List<ClaimDecision> page = journal.pageOfRun(7, DecisionQuery.ALL, after, 10);
            if (page.isEmpty()) {
                break;
            }
            pages++;
            page.forEach(d -> read.add(d.claimId()));
            after = Optional.of(page.get(page.size() - 1).claimId());
        }

        assertThat(read).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);
        assertThat(journal.countOfRun(7, DecisionQuery.ALL)).isEqualTo(23);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void filtersCombineAndSearchMatchesTheStartOfAClaimOrCustomerIdLiterally(String vendor) {
        open(vendor);
        decide(7, List.of("CL-01", "CL-02"), "CU-1", Outcome.CREDIT, Reason.TIER, new BigDecimal("120.50"), "EUR");
        decide(7, List.of("CL-03"), "CU-2", Outcome.CREDIT, Reason.TIER, new BigDecimal("80.00"), "USD");
        decide(7, List.of("CL-04"), "CU-2", Outcome.REJECTED, Reason.LATE, null, null);
        decide(7, List.of("X_1", "XA1"), "CU-3", Outcome.REJECTED, Reason.NOT_COVERED, null, null);

        assertThat(ids(query(Outcome.CREDIT, null, null, null, null))).containsExactly("CL-01", "CL-02", "CL-03");
        assertThat(ids(query(Outcome.CREDIT, Reason.TIER, "CU-2", null, null))).containsExactly("CL-03");
        assertThat(ids(query(null, null, null, "EUR", null))).containsExactly("CL-01", "CL-02");
        assertThat(ids(query(null, Reason.LATE, null, null, null))).containsExactly("CL-04");
        assertThat(ids(query(null, null, null, null, "CL-0"))).containsExactly("CL-01", "CL-02", "CL-03", "CL-04");
        assertThat(ids(query(null, null, null, null, "CU-2"))).containsExactly("CL-03", "CL-04");
        // an underscore typed is an underscore, not LIKE's any-character
        assertThat(ids(query(null, null, null, null, "X_"))).containsExactly("X_1");
        assertThat(ids(query(null, null, null, null, "%"))).isEmpty();
        assertThat(journal.countOfRun(7, query(null, null, null, null, "CU-2"))).isEqualTo(2);
        assertThat(journal.amountsOfRun(7)).isEqualTo(Map.of("EUR", new BigDecimal("241.00"), "USD",
                new BigDecimal("80.00")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void searchFindsACustomerByAnyPartOfTheirNameInAnyCaseAndTheirDecisionsAcrossRunsPageByPage(String vendor) {
        open(vendor);
        customer("K-A", "CU-1", "Acme Logistics B.V.");
        customer("K-B", "CU-2", "Brightside 100% Retail");
        decide(7, List.of("CL-01", "CL-02"), "CU-1", Outcome.REJECTED, Reason.LATE, null, null);
        decide(7, List.of("CL-03"), "CU-2", Outcome.REJECTED, Reason.LATE, null, null);
        decide(8, List.of("CL-04", "CL-05"), "CU-1", Outcome.REJECTED, Reason.LATE, null, null);

        assertThat(ids(query(null, null, null, null, "acme"))).containsExactly("CL-01", "CL-02");
        assertThat(ids(query(null, null, null, null, "LOGISTICS b.v"))).containsExactly("CL-01", "CL-02");
        assertThat(ids(query(null, null, null, null, "100%"))).containsExactly("CL-03");
        assertThat(ids(query(null, null, null, null, "0%"))).containsExactly("CL-03");
        assertThat(ids(query(null, null, null, null, "acme_"))).isEmpty();
        ContractRepository contracts = new ContractRepository(jdbc);
        assertThat(contracts.customersMatching("ACME", 10)).containsExactly(Map.entry("CU-1", "Acme Logistics B.V."));
        // ids compare case-sensitively, as everywhere (V3): the start of an id as it is written
        assertThat(contracts.customersMatching("CU-", 10)).containsOnlyKeys("CU-1", "CU-2");
        assertThat(contracts.customersMatching("CU-", 1)).containsOnlyKeys("CU-1");
        assertThat(contracts.customersMatching("cu-", 10)).isEmpty();
        assertThat(contracts.customersMatching(" ", 10)).isEmpty();

        // newest run first, by claim id within a run, two at a time
        List<String> read = new ArrayList<>();
        Optional<RunDecision.Place> after = Optional.empty();
        for (List<RunDecision> page = journal.pageOfCustomer("CU-1", after, 2); !page.isEmpty();
                page = journal.pageOfCustomer("CU-1", after, 2)) {
            page.forEach(decision -> read.add(decision.runId() + "/" + decision.decision().claimId()));
            after = Optional.of(page.get(page.size() - 1).place());
        }
        assertThat(read).containsExactly("8/CL-04", "8/CL-05", "7/CL-01", "7/CL-02");
        assertThat(journal.countOfCustomer("CU-1")).isEqualTo(4);
        assertThat(journal.runsOfCustomer("CU-1")).containsExactly(8L, 7L);
    }

    private void customer(String contractId, String customerId, String name) {
        jdbc.update("INSERT INTO contract (contract_id, customer_id, customer_name, edition, service_id, annual_fee, "
                + "currency, start_date, policy_id) VALUES (?, ?, ?, 'STANDARD', 'svc-1', 12000, 'EUR', "
                + "DATE '2026-01-01', 'standard-2024')", contractId, customerId, name);
    }

    private List<String> ids(DecisionQuery query) {
        return journal.pageOfRun(7, query, Optional.empty(), 100).stream().map(ClaimDecision::claimId).toList();
    }

    private static DecisionQuery query(Outcome outcome, Reason reason, String customer, String currency,
            String search) {
        return new DecisionQuery(Optional.ofNullable(outcome), Optional.ofNullable(reason),
                Optional.ofNullable(customer), Optional.ofNullable(currency), Optional.ofNullable(search),
                Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void thePackFilterSelectsTheDecisionsMadeUnderTheContractsOfThatPack(String vendor) {
        open(vendor);
        contract("K-1", "standard-2024");
        contract("K-2", "premium-2025");
        decide(7, List.of("CL-01", "CL-02"), "CU-1", Outcome.CREDIT, Reason.TIER, new BigDecimal("10.00"), "EUR");
        decide(7, List.of("CL-03"), "CU-2", Outcome.REJECTED, Reason.LATE, null, null);
        jdbc.update("UPDATE claim_decision SET contract_id = 'K-2' WHERE claim_id = 'CL-02'");
        jdbc.update("UPDATE claim SET contract_id = 'K-2' WHERE claim_id = 'CL-02'");

        assertThat(ids(pack("standard-2024"))).containsExactly("CL-01", "CL-03");
        assertThat(ids(pack("premium-2025"))).containsExactly("CL-02");
        assertThat(ids(pack("no-such-pack"))).isEmpty();
        assertThat(journal.countOfRun(7, pack("premium-2025"))).isEqualTo(1);
    }

    private static DecisionQuery pack(String pack) {
        return new DecisionQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(pack));
    }

    private void contract(String contractId, String policyId) {
        jdbc.update("INSERT INTO contract (contract_id, customer_id, customer_name, edition, service_id, annual_fee, "
                + "currency, start_date, policy_id) VALUES (?, 'CU-1', 'Customer', 'STANDARD', 'svc-1', 12000, 'EUR', "
                + "DATE '2026-01-01', ?)", contractId, policyId);
    }

    private void decide(long runId, List<String> claimIds, String customer, Outcome outcome, Reason reason,
            BigDecimal amount, String currency) {
        new ClaimRegister(jdbc).register(claimIds.stream().map(id -> new Claim(id, "K-1", ServicePeriod.parse("2026-10"),
                Instant.parse("2026-11-02T08:00:00Z"), Channel.EMAIL, OptionalLong.empty(), false)).toList(), runId);
        for (String id : claimIds) {
            jdbc.update("INSERT INTO claim_decision (claim_id, run_id, contract_id, customer_id, period, outcome, reason, "
                    + "amount, currency, settlement, termination) VALUES (?, ?, 'K-1', ?, '2026-10', ?, ?, ?, ?, ?, 'NONE')",
                    id, runId, customer, outcome.name(), reason.name(), amount, currency,
                    amount == null ? null : "NEXT_INVOICE");
        }
    }
}
