package com.slacredits.jobs.monthend.decide;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.ClaimEvidence;
import com.slacredits.domain.MonitoringGap;
import java.util.List;

/**
 * The decisions made on one contract's due claims and periods in one go, the monitoring gaps they met,
 * and the evidence of the verified ones.
 */
record ContractVerdict(String contractId, List<ClaimDecision> decisions, List<MonitoringGap> gaps,
        List<ClaimEvidence> evidence) {
}
