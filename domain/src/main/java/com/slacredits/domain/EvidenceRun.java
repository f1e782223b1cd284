package com.slacredits.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A run of consecutive slots of a measured period that counted the same way: what a decision's
 * minutes rest on, one row of {@code evidence.csv}.
 *
 * @param window for {@link EvidenceKind#EXCUSED} only: the window the slots are attributed to
 */
public record EvidenceRun(EvidenceKind kind, SlotRange slots, Optional<ExcusedWindow> window) {

    public EvidenceRun {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slots, "slots");
        Objects.requireNonNull(window, "window");
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("a run of evidence holds at least one slot");
        }
        if (window.isPresent() != (kind == EvidenceKind.EXCUSED)) {
            throw new IllegalArgumentException("a window goes with excused slots, and only with them");
        }
    }

    static EvidenceRun outage(SlotRange slots) {
        return new EvidenceRun(EvidenceKind.OUTAGE, slots, Optional.empty());
    }

    static EvidenceRun excused(SlotRange slots, ExcusedWindow window) {
        return new EvidenceRun(EvidenceKind.EXCUSED, slots, Optional.of(window));
    }

    static EvidenceRun noData(SlotRange slots) {
        return new EvidenceRun(EvidenceKind.NO_DATA, slots, Optional.empty());
    }

    public long minutes() {
        return slots.size();
    }
}
