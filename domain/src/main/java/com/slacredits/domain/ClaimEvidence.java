package com.slacredits.domain;

import java.util.List;
import java.util.Objects;

/** The evidence of one verified claim's decision: its measurement's runs of slots. */
public record ClaimEvidence(String claimId, String contractId, List<EvidenceRun> runs) {

    public ClaimEvidence {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(contractId, "contractId");
        runs = List.copyOf(runs);
    }
}
