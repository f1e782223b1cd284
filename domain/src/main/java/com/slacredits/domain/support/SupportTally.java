package com.slacredits.domain.support;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the finance summary counts of support tickets (support SLAs, section 5): the tickets a run
 * measured, per pack and priority, with each clock met or missed; and, per pack, the tickets left
 * unmeasured at the end of the run.
 *
 * @param measured per pack and priority, by pack id then priority as written
 * @param unmeasured per pack, by pack id; a pack with nothing to count may be left out
 */
public record SupportTally(List<Measured> measured, List<Unmeasured> unmeasured) {

    /** A run that measured nothing and left nothing waiting. */
    public static final SupportTally NONE = new SupportTally(List.of(), List.of());

    public SupportTally {
        measured = measured.stream().sorted(Comparator.comparing(Measured::policyId)
                .thenComparing(Measured::priority)).toList();
        unmeasured = unmeasured.stream().sorted(Comparator.comparing(Unmeasured::policyId)).toList();
    }

    /**
     * The tickets of one pack and priority measured in the run. A clock without a target under a
     * ticket's edition is neither met nor missed, so the met and missed of a clock may add up to fewer
     * than the tickets.
     */
    public record Measured(String policyId, String priority, long tickets, long responseMet, long responseMissed,
            long resolutionMet, long resolutionMissed) {

        public Measured {
            Objects.requireNonNull(policyId, "policyId");
            Objects.requireNonNull(priority, "priority");
            if (responseMet + responseMissed > tickets || resolutionMet + resolutionMissed > tickets) {
                throw new IllegalArgumentException(policyId + " " + priority + ": more clocks than tickets");
            }
        }
    }

    /**
     * The tickets of one pack left unmeasured at the end of the run.
     *
     * @param open stored, not measured, with a target: waiting for their period to end or a clock to be final
     * @param withoutTargets stored by this run (new or changed) with a priority that has no target under
     *     the contract's edition, or on a pack without support: never measured
     */
    public record Unmeasured(String policyId, long open, long withoutTargets) {

        public Unmeasured {
            Objects.requireNonNull(policyId, "policyId");
        }
    }

    public long measuredCount() {
        return measured.stream().mapToLong(Measured::tickets).sum();
    }

    public long responseMet() {
        return measured.stream().mapToLong(Measured::responseMet).sum();
    }

    public long responseMissed() {
        return measured.stream().mapToLong(Measured::responseMissed).sum();
    }

    public long resolutionMet() {
        return measured.stream().mapToLong(Measured::resolutionMet).sum();
    }

    public long resolutionMissed() {
        return measured.stream().mapToLong(Measured::resolutionMissed).sum();
    }

    public long openCount() {
        return unmeasured.stream().mapToLong(Unmeasured::open).sum();
    }

    public long withoutTargetsCount() {
        return unmeasured.stream().mapToLong(Unmeasured::withoutTargets).sum();
    }

    /** Whether there is anything to say: a ticket measured, open or without targets. */
    public boolean isEmpty() {
        return measuredCount() == 0 && openCount() == 0 && withoutTargetsCount() == 0;
    }
}
