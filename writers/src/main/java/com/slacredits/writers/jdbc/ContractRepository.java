package com.slacredits.writers.jdbc;

import com.slacredits.domain.Contract;
import com.slacredits.domain.Invoice;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/** Contracts and their invoices as the database keeps them between runs. */
public final class ContractRepository {

    private static final String CONTRACT_COLUMNS = "contract_id, customer_id, customer_name, customer_email, edition, "
            + "service_id, annual_fee, currency, start_date, end_date, policy_id, guarantee_pct, terminated_on, "
            + "support_zone, support_country";

    private static final int CONTRACT_ID_LENGTH = 100;

    private final JdbcTemplate jdbc;

    public ContractRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** contracts.csv adds or updates contracts; a termination already granted stays. */
    public void upsert(List<? extends Contract> contracts) {
        jdbc.batchUpdate("INSERT INTO contract (contract_id, customer_id, customer_name, customer_email, edition, "
                        + "service_id, annual_fee, currency, start_date, end_date, policy_id, guarantee_pct, support_zone, "
                        + "support_country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                        + "customer_id = VALUES(customer_id), customer_name = VALUES(customer_name), "
                        + "customer_email = VALUES(customer_email), edition = VALUES(edition), "
                        + "service_id = VALUES(service_id), annual_fee = VALUES(annual_fee), "
                        + "currency = VALUES(currency), start_date = VALUES(start_date), "
                        + "end_date = VALUES(end_date), policy_id = VALUES(policy_id), "
                        + "guarantee_pct = VALUES(guarantee_pct), support_zone = VALUES(support_zone), "
                        + "support_country = VALUES(support_country)",
                contracts, contracts.size(), (ps, c) -> {
                    ps.setString(1, c.contractId());
                    ps.setString(2, c.customerId());
                    ps.setString(3, c.customerName());
                    ps.setString(4, c.customerEmail());
                    ps.setString(5, c.edition());
                    ps.setString(6, c.serviceId());
                    ps.setBigDecimal(7, c.annualFee());
                    ps.setString(8, c.currency().getCurrencyCode());
                    ps.setObject(9, c.startDate());
                    ps.setObject(10, c.endDate().orElse(null));
                    ps.setString(11, c.policyId());
                    ps.setBigDecimal(12, c.guaranteePercent().orElse(null));
                    ps.setString(13, c.supportZone().map(ZoneId::getId).orElse(null));
                    ps.setString(14, c.supportCountry().orElse(null));
                });
    }

    /** invoices.csv adds invoices; an invoice id seen again is ignored. */
    public void addInvoices(List<? extends Invoice> invoices) {
        jdbc.batchUpdate("INSERT INTO invoice (invoice_id, contract_id, period_start, period_end, amount, currency) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE invoice_id = invoice_id",
                invoices, invoices.size(), (ps, i) -> {
                    ps.setString(1, i.invoiceId());
                    ps.setString(2, i.contractId());
                    ps.setObject(3, i.periodStart());
                    ps.setObject(4, i.periodEnd());
                    ps.setBigDecimal(5, i.amount());
                    ps.setString(6, i.currency().getCurrencyCode());
                });
    }

    public Optional<Contract> find(String contractId) {
        return jdbc.query("SELECT " + CONTRACT_COLUMNS + " FROM contract WHERE contract_id = ?",
                ContractRepository::contract, contractId).stream().findFirst();
    }

    public List<Contract> findAll(Collection<String> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + CONTRACT_COLUMNS + " FROM contract WHERE contract_id IN ("
                        + InClause.marks(contractIds.size()) + ")",
                ContractRepository::contract, contractIds.toArray());
    }

    /** A customer's contracts, by contract id: what the console's page of the customer lists. */
    public List<Contract> ofCustomer(String customerId) {
        return jdbc.query("SELECT " + CONTRACT_COLUMNS + " FROM contract WHERE customer_id = ?",
                ContractRepository::contract, customerId).stream()
                .sorted(Comparator.comparing(Contract::contractId)).toList();
    }

    /**
     * The customers whose id starts with {@code text} or whose name contains it in any case, at most
     * {@code limit} of them by customer id: their names by id (a customer named differently on two
     * contracts shows the first name by the database's order).
     */
    public SortedMap<String, String> customersMatching(String text, int limit) {
        SortedMap<String, String> names = new TreeMap<>();
        String search = text.strip();
        if (search.isEmpty()) {
            return names;
        }
        jdbc.query("SELECT customer_id, MIN(customer_name) AS customer_name FROM contract "
                        + "WHERE customer_id LIKE ? OR LOWER(customer_name) LIKE ? GROUP BY customer_id "
                        + "ORDER BY customer_id LIMIT ?",
                (ResultSet rs) -> {
                    names.put(rs.getString("customer_id"), rs.getString("customer_name"));
                }, DecisionQuery.likePrefix(search), DecisionQuery.namePart(search), limit);
        return names;
    }

    public List<Invoice> invoicesOf(String contractId) {
        return jdbc.query("SELECT invoice_id, contract_id, period_start, period_end, amount, currency FROM invoice "
                + "WHERE contract_id = ? ORDER BY invoice_id", ContractRepository::invoice, contractId);
    }

    private static Invoice invoice(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Invoice(rs.getString("invoice_id"), rs.getString("contract_id"),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                StoredAmount.atMinorUnit(rs.getBigDecimal("amount"), currency), currency);
    }

    /** The invoices of these contracts, in one query: what a run's posting picks each adjustment's invoice among. */
    public List<Invoice> invoicesOf(Collection<String> contractIds) {
        if (contractIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT invoice_id, contract_id, period_start, period_end, amount, currency FROM invoice "
                + "WHERE contract_id IN (" + InClause.marks(contractIds.size()) + ")", ContractRepository::invoice,
                contractIds.toArray());
    }

    /** A granted termination ends coverage on {@code lastDay}. A contract is terminated once: the first stays. */
    public void terminate(String contractId, LocalDate lastDay) {
        jdbc.update("UPDATE contract SET terminated_on = ? WHERE contract_id = ? AND terminated_on IS NULL",
                lastDay, contractId);
    }

    /**
     * Notes contract ids that contracts.csv named only in rejected rows, so that claims on them wait
     * (credit rules, section 7). An id too long to be a contract cannot be waited for and is left out.
     */
    public void withhold(Collection<String> contractIds, long runId) {
        List<String> ids = contractIds.stream().filter(id -> id.length() <= CONTRACT_ID_LENGTH).distinct().toList();
        jdbc.batchUpdate("INSERT INTO withheld_contract (contract_id, run_id) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE contract_id = contract_id", ids, ids.size(), (ps, id) -> {
                    ps.setString(1, id);
                    ps.setLong(2, runId);
                });
    }

    /** Whether the contract is known only from rejected contracts.csv rows. */
    public boolean isWithheld(String contractId) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM withheld_contract w WHERE w.contract_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM contract c WHERE c.contract_id = w.contract_id)", Integer.class,
                contractId);
        return found != null && found > 0;
    }

    /** Every contract measured under one of these packs, by id. */
    public List<String> idsUnder(Collection<String> policyIds) {
        if (policyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("SELECT contract_id FROM contract WHERE policy_id IN ("
                + InClause.marks(policyIds.size()) + ") ORDER BY contract_id", String.class, policyIds.toArray());
    }

    private static Contract contract(ResultSet rs, int row) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        Optional<LocalDate> end = Optional.ofNullable(rs.getObject("end_date", LocalDate.class));
        Optional<LocalDate> terminated = Optional.ofNullable(rs.getObject("terminated_on", LocalDate.class));
        Optional<BigDecimal> guarantee = Optional.ofNullable(rs.getBigDecimal("guarantee_pct"))
                .map(BigDecimal::stripTrailingZeros);
        return new Contract(rs.getString("contract_id"), rs.getString("customer_id"),
                rs.getString("customer_name"), rs.getString("customer_email"), rs.getString("edition"),
                rs.getString("service_id"), StoredAmount.atMinorUnit(rs.getBigDecimal("annual_fee"), currency), currency,
                rs.getObject("start_date", LocalDate.class), end, rs.getString("policy_id"), guarantee, terminated,
                Optional.ofNullable(rs.getString("support_zone")).map(ZoneId::of),
                Optional.ofNullable(rs.getString("support_country")));
    }

    /** Why a contract cannot be stored, if it cannot. */
    public static Optional<String> unfit(Contract c) {
        return ColumnFit.check().text("contract_id", c.contractId(), CONTRACT_ID_LENGTH).text("customer_id", c.customerId(), 100)
                .text("customer_name", c.customerName(), 300).text("customer_email", c.customerEmail(), 300)
                .text("edition", c.edition(), 100).text("service_id", c.serviceId(), 200).text("policy", c.policyId(), 100)
                .amount("annual_fee", c.annualFee()).problem();
    }

    /** Why an invoice cannot be stored, if it cannot. */
    public static Optional<String> unfit(Invoice i) {
        return ColumnFit.check().text("invoice_id", i.invoiceId(), 100).text("contract_id", i.contractId(), 100)
                .amount("amount", i.amount()).problem();
    }
}
