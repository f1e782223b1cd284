package com.slacredits.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The contracts and their invoices, as a run knows them; a granted termination shortens a contract here. */
public final class ContractBook {

    private final Map<String, Contract> contracts = new HashMap<>();
    private final Map<String, List<Invoice>> invoices = new HashMap<>();
    private final Set<String> withheld;

    public ContractBook(Collection<Contract> contracts, Collection<Invoice> invoices) {
        this(contracts, invoices, Set.of());
    }

    /** @param withheld contract ids that contracts.csv has named only in rows it rejected */
    public ContractBook(Collection<Contract> contracts, Collection<Invoice> invoices, Set<String> withheld) {
        contracts.forEach(contract -> this.contracts.put(contract.contractId(), contract));
        invoices.forEach(invoice -> this.invoices.computeIfAbsent(invoice.contractId(), id -> new ArrayList<>()).add(invoice));
        this.withheld = Set.copyOf(withheld);
    }

    /**
     * Whether the contract is known only from rejected rows: a claim on it waits for a good row rather
     * than being rejected as an unknown contract (credit rules, section 7).
     */
    public boolean isWithheld(String contractId) {
        return !contracts.containsKey(contractId) && withheld.contains(contractId);
    }

    public Optional<Contract> find(String contractId) {
        return Optional.ofNullable(contracts.get(contractId));
    }

    public List<Invoice> invoicesOf(String contractId) {
        return List.copyOf(invoices.getOrDefault(contractId, List.of()));
    }

    /** Ends the contract's coverage on {@code lastDay}; later periods are then not covered. */
    public Contract terminate(String contractId, LocalDate lastDay) {
        return contracts.computeIfPresent(contractId, (id, contract) -> contract.terminatedOn(lastDay));
    }
}
