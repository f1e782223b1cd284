package com.slacredits.jobs.monthend.decide;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.MonitoringGap;
import java.util.List;

/** The decisions made on one contract's due claims and periods in one go, and the monitoring gaps they met. */
record ContractVerdict(String contractId, List<ClaimDecision> decisions, List<MonitoringGap> gaps) {
}
