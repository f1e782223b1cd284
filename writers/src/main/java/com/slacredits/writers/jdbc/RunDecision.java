package com.slacredits.writers.jdbc;

import com.slacredits.domain.ClaimDecision;

/** A decision with the run that made it: one customer's decisions span runs. */
public record RunDecision(long runId, ClaimDecision decision) {
}
