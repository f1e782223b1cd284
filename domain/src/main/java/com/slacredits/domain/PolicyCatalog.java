package com.slacredits.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policy packs a run knows: the built-in ones and a customer's own. A contract with no policy uses {@link #DEFAULT_POLICY_ID}. */
public final class PolicyCatalog {

    public static final String DEFAULT_POLICY_ID = "standard-2024";

    private final Map<String, PolicyPack> packs = new LinkedHashMap<>();

    /** @throws PackDefinitionException when two packs share an id */
    public PolicyCatalog(Collection<PolicyPack> packs) {
        for (PolicyPack pack : packs) {
            if (this.packs.putIfAbsent(pack.id(), pack) != null) {
                throw new PackDefinitionException("id", "'" + pack.id() + "' is the id of another pack");
            }
        }
    }

    public Optional<PolicyPack> find(String policyId) {
        String id = policyId == null || policyId.isBlank() ? DEFAULT_POLICY_ID : policyId;
        return Optional.ofNullable(packs.get(id));
    }

    public PolicyPack require(String policyId) {
        return find(policyId).orElseThrow(() -> new IllegalStateException(
                "policy pack " + policyId + " is not loaded: a contract names it, so its file must be given with --policies"));
    }

    public List<PolicyPack> packs() {
        return List.copyOf(packs.values());
    }
}
