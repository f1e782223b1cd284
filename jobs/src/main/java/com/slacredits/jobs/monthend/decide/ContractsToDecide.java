package com.slacredits.jobs.monthend.decide;

import com.slacredits.jobs.partition.HashSlices;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.writers.jdbc.ClaimRegister;
import com.slacredits.writers.jdbc.ContractRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The decide step's items: every contract with a claim whose period has ended, and every contract
 * under an automatic pack, which may have a period of its own to decide.
 */
final class ContractsToDecide implements Supplier<List<String>> {

    private final PolicyCatalog policies;
    private final ClaimRegister claims;
    private final ContractRepository contracts;
    private final LocalDate asOf;

    ContractsToDecide(PolicyCatalog policies, ClaimRegister claims, ContractRepository contracts, LocalDate asOf) {
        this.policies = policies;
        this.claims = claims;
        this.contracts = contracts;
        this.asOf = asOf;
    }

    @Override
    public List<String> get() {
        TreeSet<String> ids = new TreeSet<>(claims.contractsWithDueClaims(asOf));
        ids.addAll(contracts.idsUnder(policies.packs().stream().filter(PolicyPack::isAutomatic)
                .map(PolicyPack::id).toList()));
        return List.copyOf(ids);
    }

    /** The contracts of one slice of the decide step ({@link HashSlices}). */
    public Supplier<List<String>> slice(int index, int count) {
        return HashSlices.slice(this, index, count);
    }
}
