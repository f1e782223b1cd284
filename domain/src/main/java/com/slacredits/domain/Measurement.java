package com.slacredits.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A contract's availability in a period together with the runs of slots it was counted from, so that
 * what a statement or {@code evidence.csv} shows is what the decision was made on.
 *
 * @param evidence disjoint runs, by first slot
 */
public record Measurement(Availability availability, List<EvidenceRun> evidence) {

    public Measurement {
        Objects.requireNonNull(availability, "availability");
        evidence = evidence.stream().sorted(Comparator.comparingLong(run -> run.slots().first())).toList();
    }

    /** The minutes of the runs of one kind. */
    public long minutesOf(EvidenceKind kind) {
        return evidence.stream().filter(run -> run.kind() == kind).mapToLong(EvidenceRun::minutes).sum();
    }
}
