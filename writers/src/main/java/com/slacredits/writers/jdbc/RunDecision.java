package com.slacredits.writers.jdbc;

import com.slacredits.domain.ClaimDecision;

/** A decision with the run that made it: one customer's decisions span runs. */
public record RunDecision(long runId, ClaimDecision decision) {

    /** Where a decision is in a customer's decisions across runs: what the next page starts after. */
    public record Place(long runId, String claimId) {
    }

    public Place place() {
        return new Place(runId, decision.claimId());
    }
}
