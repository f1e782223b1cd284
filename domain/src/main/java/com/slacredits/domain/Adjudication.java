package com.slacredits.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The result of deciding a batch of claims: what was decided, what still waits for its period to end,
 * the services that had no monitoring data in a period the run needed, and the evidence of every
 * verified decision, by claim id.
 */
public record Adjudication(List<ClaimDecision> decisions, List<Claim> pending, List<MonitoringGap> gaps,
        List<ClaimEvidence> evidence) {

    public Adjudication {
        decisions = decisions.stream().sorted(Comparator.comparing(ClaimDecision::claimId)).toList();
        pending = pending.stream().sorted(Comparator.comparing(Claim::claimId)).toList();
        gaps = gaps.stream().distinct().toList();
        evidence = evidence.stream().sorted(Comparator.comparing(ClaimEvidence::claimId)).toList();
    }

    public List<Adjustment> adjustments() {
        return decisions.stream().flatMap(decision -> decision.adjustment().stream()).toList();
    }
}
