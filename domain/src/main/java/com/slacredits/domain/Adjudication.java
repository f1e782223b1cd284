package com.slacredits.domain;

import java.util.Comparator;
import java.util.List;

/** The result of deciding a batch of claims: what was decided, and what still waits for its month to end. */
public record Adjudication(List<ClaimDecision> decisions, List<Claim> pending) {

    public Adjudication {
        decisions = decisions.stream().sorted(Comparator.comparing(ClaimDecision::claimId)).toList();
        pending = pending.stream().sorted(Comparator.comparing(Claim::claimId)).toList();
    }

    public List<Adjustment> adjustments() {
        return decisions.stream().flatMap(decision -> decision.adjustment().stream()).toList();
    }
}
