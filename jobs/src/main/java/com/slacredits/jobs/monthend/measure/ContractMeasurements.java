package com.slacredits.jobs.monthend.measure;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.writers.csv.SupportLine;
import java.util.List;

/**
 * What measuring one contract's tickets gave in this run: the tickets measured, as support.csv shows
 * them, and the support credit decisions of those that missed a target of a pack that pays for it.
 */
record ContractMeasurements(String contractId, List<SupportLine> measured, List<ClaimDecision> decisions) {
}
