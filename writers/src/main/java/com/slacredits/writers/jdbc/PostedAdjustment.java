package com.slacredits.writers.jdbc;

import com.slacredits.domain.Adjustment;

/** An adjustment with the run that posted it: one customer's adjustments span runs. */
public record PostedAdjustment(long runId, Adjustment adjustment) {
}
