package com.slacredits.writers.jdbc;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every decision ever made. The primary key on the claim and the unique key on the verified
 * contract-month make a second decision for a claim, or a second verified claim for a month,
 * impossible even under a bug.
 */
public final class DecisionJournal {

    private final JdbcTemplate jdbc;
    private final ContractRepository contracts;

    public DecisionJournal(JdbcTemplate jdbc, ContractRepository contracts) {
        this.jdbc = jdbc;
        this.contracts = contracts;
    }

    public void record(long runId, List<ClaimDecision> decisions) {
        jdbc.batchUpdate("INSERT INTO claim_decision (claim_id, run_id, contract_id, customer_id, period, outcome, "
                        + "reason, total_slots, excused_slots, downtime_slots, guarantee_pct, credit_pct, amount, currency, "
                        + "termination, termination_effective, verified_key, settlement, policy_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                decisions, decisions.size(), (ps, d) -> {
                    Claim claim = d.claim();
                    Optional<Availability> availability = d.availability();
                    ps.setString(1, claim.claimId());
                    ps.setLong(2, runId);
                    ps.setString(3, claim.contractId());
                    ps.setString(4, d.customerId().orElse(null));
                    ps.setString(5, claim.period().toString());
                    ps.setString(6, d.outcome().name());
                    ps.setString(7, d.reason().name());
                    ps.setObject(8, availability.map(Availability::totalSlots).orElse(null));
                    ps.setObject(9, availability.map(Availability::excusedSlots).orElse(null));
                    ps.setObject(10, availability.map(Availability::downtimeSlots).orElse(null));
                    ps.setBigDecimal(11, d.guaranteePercent().orElse(null));
                    ps.setBigDecimal(12, d.creditPercent().orElse(null));
                    ps.setBigDecimal(13, d.amount().map(Money::amount).orElse(null));
                    ps.setString(14, d.amount().map(m -> m.currency().getCurrencyCode()).orElse(null));
                    ps.setString(15, d.termination().name());
                    ps.setObject(16, d.terminationEffective().orElse(null));
                    ps.setString(17, d.reason().isVerified() ? verifiedKey(claim.contractPeriod()) : null);
                    ps.setString(18, d.settlement().map(Enum::name).orElse(null));
                    ps.setString(19, d.policyId().orElse(null));
                });
    }

    /** Contract-periods on which a claim already got past the eligibility rules, in any run. */
    public Set<ContractPeriod> verifiedPeriodsOf(String contractId) {
        return new HashSet<>(jdbc.query("SELECT contract_id, period FROM claim_decision "
                        + "WHERE contract_id = ? AND verified_key IS NOT NULL",
                (rs, n) -> new ContractPeriod(rs.getString("contract_id"), ServicePeriod.parse(rs.getString("period"))),
                contractId));
    }

    /** The decisions a run made, sorted by claim id, with the claim and the contract as now stored. */
    public List<ClaimDecision> decisionsOfRun(long runId) {
        List<StoredDecision> rows = jdbc.query("SELECT d.*, c.received_at, c.channel, c.claimed_downtime_minutes, "
                + "c.terminate_elected FROM claim_decision d JOIN claim c ON c.claim_id = d.claim_id "
                + "WHERE d.run_id = ? ORDER BY d.claim_id", DecisionJournal::stored, runId);
        Map<String, Contract> parties = contracts.findAll(rows.stream().map(r -> r.claim().contractId())
                        .collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Contract::contractId, Function.identity()));
        // Sorted here, not by the database: a collation must not decide the order of the output files.
        return rows.stream().map(row -> row.decision(Optional.ofNullable(parties.get(row.claim().contractId()))))
                .sorted(Comparator.comparing(ClaimDecision::claimId))
                .toList();
    }

    static String verifiedKey(ContractPeriod contractPeriod) {
        return contractPeriod.contractId() + "/" + contractPeriod.period();
    }

    private record StoredDecision(Claim claim, Outcome outcome, Reason reason, Optional<Availability> availability,
            Optional<BigDecimal> guarantee, Optional<BigDecimal> credit, Optional<Money> amount,
            Optional<Settlement> settlement, Termination termination, Optional<LocalDate> effective) {

        ClaimDecision decision(Optional<Contract> contract) {
            Optional<Contract> party = reason == Reason.UNKNOWN_CONTRACT ? Optional.empty() : contract;
            return new ClaimDecision(claim, party, outcome, reason, availability, guarantee, credit, amount, settlement,
                    termination, effective);
        }
    }

    private static StoredDecision stored(ResultSet rs, int row) throws SQLException {
        Claim claim = ClaimRegister.claim(rs, row);
        long total = rs.getLong("total_slots");
        Optional<Availability> availability = rs.wasNull() ? Optional.empty()
                : Optional.of(new Availability(total, rs.getLong("excused_slots"), rs.getLong("downtime_slots")));
        Optional<Money> amount = Optional.empty();
        BigDecimal stored = rs.getBigDecimal("amount");
        if (stored != null) {
            Currency currency = Currency.getInstance(rs.getString("currency"));
            amount = Optional.of(new Money(StoredAmount.atMinorUnit(stored, currency), currency));
        }
        return new StoredDecision(claim, Outcome.valueOf(rs.getString("outcome")), Reason.valueOf(rs.getString("reason")),
                availability, Optional.ofNullable(rs.getBigDecimal("guarantee_pct")).map(BigDecimal::stripTrailingZeros),
                Optional.ofNullable(rs.getBigDecimal("credit_pct")).map(BigDecimal::stripTrailingZeros), amount,
                Optional.ofNullable(rs.getString("settlement")).map(Settlement::valueOf),
                Termination.valueOf(rs.getString("termination")),
                Optional.ofNullable(rs.getObject("termination_effective", LocalDate.class)));
    }
}
