package com.slacredits.writers.jdbc;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RejectionListing;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every decision ever made. The primary key on the claim and the unique key on the verified
 * contract-month make a second decision for a claim, or a second verified claim for a month,
 * impossible even under a bug.
 */
public final class DecisionJournal {

    private static final String DECISIONS = "SELECT d.*, c.received_at, c.channel, c.claimed_downtime_minutes, "
            + "c.terminate_elected FROM claim_decision d JOIN claim c ON c.claim_id = d.claim_id";
    /**
     * A customer's decisions of a run, each numbered in its group of {@link RejectionListing} by claim id and
     * told the group's size, of which only the first {@link RejectionListing#LISTED} of a rejected group are
     * read. Numbered on the decision's keys alone, so that the window sorts 150,000 short rows, not whole
     * decisions; the rows read are then found by their primary keys.
     */
    private static final String LISTED_OF_CUSTOMER = "SELECT d.*, c.received_at, c.channel, "
            + "c.claimed_downtime_minutes, c.terminate_elected, g.group_place, g.group_claims "
            + "FROM (SELECT x.claim_id, x.outcome, "
            + "ROW_NUMBER() OVER (PARTITION BY x.outcome, x.contract_id, x.period, x.reason ORDER BY x.claim_id) "
            + "AS group_place, "
            + "COUNT(*) OVER (PARTITION BY x.outcome, x.contract_id, x.period, x.reason) AS group_claims "
            + "FROM claim_decision x WHERE x.run_id = ? AND x.customer_id = ?) g "
            + "JOIN claim_decision d ON d.claim_id = g.claim_id JOIN claim c ON c.claim_id = d.claim_id "
            + "WHERE g.outcome <> ? OR g.group_place <= ?";
    /**
     * Decisions read at a time when a whole run is read. Pages follow the database's order of claim
     * ids: binary on MySQL (V3) and Java's on H2, which agree but for characters beyond U+FFFF against
     * U+E000 to U+FFFF.
     */
    private static final int PAGE = 5_000;

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

    /**
     * The decisions a run made, by claim id, with the claim and the contract as now stored. For a
     * customer's statement or a test: the whole run is read with {@link #forEachOfRun} or
     * {@link #iteratorOfRun}, which never hold it in memory.
     */
    public List<ClaimDecision> decisionsOfRun(long runId) {
        List<ClaimDecision> decisions = new ArrayList<>();
        forEachOfRun(runId, decisions::add);
        return decisions;
    }

    /**
     * A customer's decisions in a run as their statement lists them ({@link RejectionListing}): of the
     * rejections of one contract, period and reason, the first {@link RejectionListing#LISTED} by claim id and
     * how many more there are. The database numbers and counts each group, so that a customer's 150,000
     * duplicates are counted where they lie instead of read to be counted.
     */
    public RejectionListing listedOfCustomer(long runId, String customerId) {
        Map<RejectionListing.Group, Long> counted = new HashMap<>();
        List<StoredDecision> rows = jdbc.query(LISTED_OF_CUSTOMER, (rs, row) -> {
            StoredDecision stored = stored(rs, row);
            long claims = rs.getLong("group_claims");
            if (stored.outcome() == RejectionListing.SUMMED && rs.getLong("group_place") == RejectionListing.LISTED
                    && claims > RejectionListing.LISTED) {
                counted.put(new RejectionListing.Group(stored.claim().contractPeriod(), stored.reason()),
                        claims - RejectionListing.LISTED);
            }
            return stored;
        }, runId, customerId, RejectionListing.SUMMED.name(), RejectionListing.LISTED);
        Map<String, Contract> parties = partiesOf(rows.stream().map(row -> row.claim().contractId()).toList());
        return RejectionListing.of(rows.stream().map(row -> row.decision(parties)).toList(), counted);
    }

    /** The decisions of a run that carry money, by claim id: what it posts. */
    public List<ClaimDecision> withAmountOfRun(long runId) {
        List<StoredDecision> rows = jdbc.query(DECISIONS + " WHERE d.run_id = ? AND d.amount IS NOT NULL",
                DecisionJournal::stored, runId);
        Map<String, Contract> parties = partiesOf(rows.stream().map(row -> row.claim().contractId()).toList());
        return rows.stream().map(row -> row.decision(parties))
                .sorted(Comparator.comparing(ClaimDecision::claimId))
                .toList();
    }

    /** The customers with a decision in a run, by id; a decision of no contract has none. */
    public List<String> customersOfRun(long runId) {
        return jdbc.queryForList("SELECT DISTINCT customer_id FROM claim_decision WHERE run_id = ? "
                        + "AND customer_id IS NOT NULL", String.class, runId)
                .stream().sorted().toList();
    }

    /**
     * Every decision of a run, by claim id, handed to {@code each} as it is read, a page at a time: a
     * run of a million claims is never in memory, and no database holds a result of a million rows
     * for it either (H2 would copy one to a temporary file before the first row).
     */
    public void forEachOfRun(long runId, Consumer<ClaimDecision> each) {
        iteratorOfRun(runId).forEachRemaining(each);
    }

    /** Every decision of a run, by claim id, read a page at a time as the iterator reaches it. */
    public Iterator<ClaimDecision> iteratorOfRun(long runId) {
        Map<String, Contract> parties = partiesOfRun(runId);
        return new Iterator<>() {
            private List<ClaimDecision> page = pageOfRun(runId, Optional.empty(), parties);
            private int next;

            @Override
            public boolean hasNext() {
                if (next == page.size() && page.size() == PAGE) {
                    page = pageOfRun(runId, Optional.of(page.get(PAGE - 1).claimId()), parties);
                    next = 0;
                }
                return next < page.size();
            }

            @Override
            public ClaimDecision next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }

    public long countOfRun(long runId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM claim_decision WHERE run_id = ?", Long.class, runId);
        return count == null ? 0 : count;
    }

    /**
     * One page of a run's decisions that {@code query} selects, by claim id, after the claim id
     * {@code after} (none: from the first). Keyset paging: the index on (run_id, claim_id) starts at
     * {@code after} however deep the page, where an offset would count a million rows first.
     */
    public List<ClaimDecision> pageOfRun(long runId, DecisionQuery query, Optional<String> after, int size) {
        if (size < 1 || size > PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + PAGE + " decisions, not " + size);
        }
        List<Object> arguments = DecisionQuery.arguments(runId);
        String condition = query.condition(arguments);
        if (after.isPresent()) {
            condition += " AND d.claim_id > ?";
            arguments.add(after.get());
        }
        List<StoredDecision> rows = jdbc.query(DECISIONS + " WHERE d.run_id = ?" + condition
                + " ORDER BY d.run_id, d.claim_id LIMIT " + size, DecisionJournal::stored, arguments.toArray());
        Map<String, Contract> parties = partiesOf(rows.stream().map(row -> row.claim().contractId()).toList());
        return rows.stream().map(row -> row.decision(parties)).toList();
    }

    /** How many of a run's decisions {@code query} selects. */
    public long countOfRun(long runId, DecisionQuery query) {
        List<Object> arguments = DecisionQuery.arguments(runId);
        String condition = query.condition(arguments);
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM claim_decision d WHERE d.run_id = ?" + condition,
                Long.class, arguments.toArray());
        return count == null ? 0 : count;
    }

    /** The total of a run's decided amounts per currency, by currency code: what it credits and refunds. */
    public Map<String, BigDecimal> amountsOfRun(long runId) {
        return totals("run_id = ?", runId);
    }

    /**
     * The total of a run's decided amounts settled one way, per currency, by currency code: credits on the
     * next invoice and cash refunds are different money, and never added together.
     */
    public Map<String, BigDecimal> amountsOfRun(long runId, Settlement settlement) {
        return totals("run_id = ? AND settlement = ?", runId, settlement.name());
    }

    /** The total of a customer's decided amounts settled one way, in every run, per currency. */
    public Map<String, BigDecimal> amountsOfCustomer(String customerId, Settlement settlement) {
        return totals("customer_id = ? AND settlement = ?", customerId, settlement.name());
    }

    private Map<String, BigDecimal> totals(String condition, Object... arguments) {
        Map<String, BigDecimal> totals = new java.util.TreeMap<>();
        jdbc.query("SELECT currency, SUM(amount) AS total FROM claim_decision WHERE " + condition
                + " AND amount IS NOT NULL GROUP BY currency", rs -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    totals.put(currency.getCurrencyCode(), StoredAmount.atMinorUnit(rs.getBigDecimal("total"), currency));
                }, arguments);
        return totals;
    }

    /**
     * One page of a customer's decisions in every run: the newest run first, each run's by claim id, after
     * {@code after} (none: from the first). Keyset paging on the (customer, run, claim) index (V21), as
     * {@link #pageOfRun} pages a run: a customer's 150,000 duplicates cost the last page what they cost the first.
     */
    public List<RunDecision> pageOfCustomer(String customerId, Optional<RunDecision.Place> after, int size) {
        if (size < 1 || size > PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + PAGE + " decisions, not " + size);
        }
        List<Object> arguments = new ArrayList<>(List.of(customerId));
        String condition = "";
        if (after.isPresent()) {
            condition = " AND (d.run_id < ? OR (d.run_id = ? AND d.claim_id > ?))";
            arguments.addAll(List.of(after.get().runId(), after.get().runId(), after.get().claimId()));
        }
        List<Map.Entry<Long, StoredDecision>> rows = jdbc.query(DECISIONS + " WHERE d.customer_id = ?" + condition
                        + " ORDER BY d.customer_id, d.run_id DESC, d.claim_id LIMIT " + size,
                (rs, row) -> Map.entry(rs.getLong("run_id"), stored(rs, row)), arguments.toArray());
        Map<String, Contract> parties = partiesOf(rows.stream().map(row -> row.getValue().claim().contractId())
                .toList());
        return rows.stream().map(row -> new RunDecision(row.getKey(), row.getValue().decision(parties))).toList();
    }

    public long countOfCustomer(String customerId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM claim_decision WHERE customer_id = ?", Long.class,
                customerId);
        return count == null ? 0 : count;
    }

    /** The runs that decided for the customer, newest first. */
    public List<Long> runsOfCustomer(String customerId) {
        return jdbc.queryForList("SELECT DISTINCT run_id FROM claim_decision WHERE customer_id = ? ORDER BY run_id DESC",
                Long.class, customerId);
    }

    /** The packs a run's decisions were made under (their contracts' packs), for a reviewer's filter. */
    public List<String> packsOfRun(long runId) {
        return jdbc.queryForList("SELECT DISTINCT k.policy_id FROM contract k WHERE k.contract_id IN "
                + "(SELECT d.contract_id FROM claim_decision d WHERE d.run_id = ?) ORDER BY k.policy_id", String.class,
                runId);
    }

    /** One decision of a run, by its claim id. */
    public Optional<ClaimDecision> ofClaim(long runId, String claimId) {
        List<StoredDecision> rows = jdbc.query(DECISIONS + " WHERE d.run_id = ? AND d.claim_id = ?",
                DecisionJournal::stored, runId, claimId);
        Map<String, Contract> parties = partiesOf(rows.stream().map(row -> row.claim().contractId()).toList());
        return rows.stream().map(row -> row.decision(parties)).findFirst();
    }

    /** The currencies of a run's decided amounts, for a reviewer's filter. */
    public List<String> currenciesOfRun(long runId) {
        return List.copyOf(amountsOfRun(runId).keySet());
    }

    /** The decisions of a run after {@code after} by claim id, at most {@link #PAGE} of them. */
    private List<ClaimDecision> pageOfRun(long runId, Optional<String> after, Map<String, Contract> parties) {
        // The index on (run_id, claim_id) walks the page in order and stops at its end; H2 sees that it
        // may only when the order names both columns.
        String order = " ORDER BY d.run_id, d.claim_id LIMIT " + PAGE;
        List<StoredDecision> rows = after.isEmpty()
                ? jdbc.query(DECISIONS + " WHERE d.run_id = ?" + order, DecisionJournal::stored, runId)
                : jdbc.query(DECISIONS + " WHERE d.run_id = ? AND d.claim_id > ?" + order, DecisionJournal::stored,
                        runId, after.get());
        return rows.stream().map(row -> row.decision(parties)).toList();
    }

    private Map<String, Contract> partiesOfRun(long runId) {
        return partiesOf(jdbc.queryForList("SELECT DISTINCT contract_id FROM claim_decision WHERE run_id = ?",
                String.class, runId));
    }

    private Map<String, Contract> partiesOf(Collection<String> contractIds) {
        return contracts.findAll(Set.copyOf(contractIds)).stream()
                .collect(Collectors.toMap(Contract::contractId, Function.identity()));
    }

    static String verifiedKey(ContractPeriod contractPeriod) {
        return contractPeriod.contractId() + "/" + contractPeriod.period();
    }

    private record StoredDecision(Claim claim, Outcome outcome, Reason reason, Optional<Availability> availability,
            Optional<BigDecimal> guarantee, Optional<BigDecimal> credit, Optional<Money> amount,
            Optional<Settlement> settlement, Termination termination, Optional<LocalDate> effective) {

        ClaimDecision decision(Map<String, Contract> parties) {
            Optional<Contract> party = reason == Reason.UNKNOWN_CONTRACT ? Optional.empty()
                    : Optional.ofNullable(parties.get(claim.contractId()));
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
