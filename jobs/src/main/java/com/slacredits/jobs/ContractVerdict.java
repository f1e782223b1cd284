package com.slacredits.jobs;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.RunSummary.MonitoringGap;
import java.util.List;

/** The decisions made on one contract's due claims in one go, and the monitoring gaps they met. */
public record ContractVerdict(String contractId, List<ClaimDecision> decisions, List<MonitoringGap> gaps) {
}
