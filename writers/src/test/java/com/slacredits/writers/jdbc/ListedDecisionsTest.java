package com.slacredits.writers.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RejectionListing;
import com.slacredits.domain.RejectionListing.Group;
import com.slacredits.domain.RejectionListing.Unlisted;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer's decisions as the statement lists them, numbered and counted by the database (H2, and
 * MySQL/MariaDB when one runs on 127.0.0.1:3306), the same as {@link RejectionListing} lists them from all
 * of the customer's decisions read.
 */
class ListedDecisionsTest {

    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ServicePeriod Q4 = ServicePeriod.quarter(2026, 4);
    private static final Contract K_1 = contract("K-1", "CU-1");
    private static final Contract K_2 = contract("K-2", "CU-1");
    private static final Contract K_3 = contract("K-3", "CU-2");

    @TempDir
    Path folder;

    private MigratedDatabase database;

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mysql"})
    void theDatabaseListsAndCountsAsTheRuleDoes(String vendor) {
        database = MigratedDatabase.of(vendor, folder);
        JdbcTemplate jdbc = database.jdbc();
        ContractRepository contracts = new ContractRepository(jdbc);
        contracts.upsert(List.of(K_1, K_2, K_3));
        DecisionJournal journal = new DecisionJournal(jdbc, contracts);
        List<ClaimDecision> customers = new ArrayList<>();
        customers.addAll(rejected("DA-", 25, K_1, OCTOBER, Reason.DUPLICATE));
        customers.addAll(rejected("DB-", 11, K_2, OCTOBER, Reason.DUPLICATE));
        customers.addAll(rejected("LA-", 10, K_1, OCTOBER, Reason.LATE));
        customers.addAll(rejected("WA-", 12, K_1, Q4, Reason.WRONG_PERIOD));
        customers.addAll(rejected("NA-", 9, K_1, OCTOBER, Reason.NOT_IN_WRITING));
        for (int i = 1; i <= 12; i++) {
            customers.add(credit(String.format("CR-%02d", i), K_1));
        }
        List<ClaimDecision> others = rejected("DC-", 30, K_3, OCTOBER, Reason.DUPLICATE);
        List<ClaimDecision> shuffled = new ArrayList<>(customers);
        shuffled.addAll(others);
        Collections.shuffle(shuffled, new Random(11));
        new ClaimRegister(jdbc).register(shuffled.stream().map(ClaimDecision::claim).toList(), 1);
        journal.record(1, shuffled);
        // Another run's decisions of the same customer are not this statement's.
        List<ClaimDecision> later = rejected("DZ-", 15, K_1, OCTOBER, Reason.DUPLICATE);
        new ClaimRegister(jdbc).register(later.stream().map(ClaimDecision::claim).toList(), 2);
        journal.record(2, later);

        RejectionListing read = journal.listedOfCustomer(1, "CU-1");

        assertThat(read).isEqualTo(RejectionListing.of(customers));
        assertThat(read.listed()).hasSize(10 + 10 + 10 + 10 + 9 + 12);
        assertThat(read.unlisted()).containsExactly(
                new Unlisted(new Group(new ContractPeriod("K-1", OCTOBER), Reason.DUPLICATE), 15, "DA-10"),
                new Unlisted(new Group(new ContractPeriod("K-2", OCTOBER), Reason.DUPLICATE), 1, "DB-10"),
                new Unlisted(new Group(new ContractPeriod("K-1", Q4), Reason.WRONG_PERIOD), 2, "WA-10"));
        assertThat(journal.listedOfCustomer(1, "CU-2").unlisted()).extracting(Unlisted::count).containsExactly(20L);
        assertThat(journal.listedOfCustomer(1, "CU-9").listed()).isEmpty();
    }

    private static List<ClaimDecision> rejected(String prefix, int count, Contract contract, ServicePeriod period,
            Reason reason) {
        List<ClaimDecision> decisions = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            decisions.add(new ClaimDecision(claim(String.format("%s%02d", prefix, i), contract, period),
                    Optional.of(contract), Outcome.REJECTED, reason, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Termination.NONE, Optional.empty()));
        }
        return decisions;
    }

    private static ClaimDecision credit(String claimId, Contract contract) {
        return new ClaimDecision(claim(claimId, contract, OCTOBER), Optional.of(contract), Outcome.CREDIT,
                Reason.SUPPORT_MISSED, Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("5")),
                Optional.of(new Money(new BigDecimal("100.00"), Currency.getInstance("EUR"))),
                Optional.of(Settlement.NEXT_INVOICE), Termination.NONE, Optional.empty());
    }

    private static Claim claim(String claimId, Contract contract, ServicePeriod period) {
        return new Claim(claimId, contract.contractId(), period, Instant.parse("2026-11-02T09:00:00Z"), Channel.EMAIL,
                OptionalLong.empty(), false);
    }

    private static Contract contract(String id, String customer) {
        return new Contract(id, customer, "Customer " + customer, customer + "@example.com", "ENTERPRISE", "svc",
                new BigDecimal("12000.00"), Currency.getInstance("EUR"), LocalDate.of(2024, 1, 1), Optional.empty(),
                "standard-2024", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
