package com.slacredits.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which windows excuse which slots under a pack (credit rules, section 3).
 *
 * @param excusedCauses the causes the pack excuses at all
 * @param maintenanceNotice how long before its start {@code MAINTENANCE} must have been announced;
 *     empty when no notice is needed. An exact duration: {@code P14D} is 336 hours, across summer time too
 * @param maintenanceMaxMinutes when present, only the first N slots of a {@code MAINTENANCE} or
 *     {@code EMERGENCY_MAINTENANCE} window are excused
 */
public record ExcuseRule(Set<WindowCause> excusedCauses, Optional<Duration> maintenanceNotice,
        OptionalInt maintenanceMaxMinutes) {

    public ExcuseRule {
        excusedCauses = excusedCauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excusedCauses));
        Objects.requireNonNull(maintenanceNotice, "maintenanceNotice");
        Objects.requireNonNull(maintenanceMaxMinutes, "maintenanceMaxMinutes");
        if (maintenanceNotice.isPresent() && maintenanceNotice.get().isNegative()) {
            throw new PackDefinitionException("maintenanceNotice", "cannot be negative");
        }
        if (maintenanceMaxMinutes.isPresent() && maintenanceMaxMinutes.getAsInt() < 1) {
            throw new PackDefinitionException("maintenanceMaxMinutes", "must be at least 1");
        }
    }

    /** Whether this window excuses anything at all. */
    public boolean excuses(ExcusedWindow window) {
        if (!excusedCauses.contains(window.cause())) {
            return false;
        }
        if (window.cause() != WindowCause.MAINTENANCE || maintenanceNotice.isEmpty()) {
            return true;
        }
        // Announced late or never: maintenance then excuses nothing and its DOWN slots are downtime.
        Duration notice = maintenanceNotice.get();
        return window.announcedAt()
                .map(announced -> !announced.isAfter(window.startsAt().minus(notice)))
                .orElse(false);
    }

    /** The slots this window excuses, before any clipping to a period or a contract. */
    public SlotRange excusedSlots(ExcusedWindow window) {
        if (!excuses(window)) {
            return SlotRange.EMPTY;
        }
        SlotRange covered = window.coveredSlots();
        if (window.cause().isMaintenance() && maintenanceMaxMinutes.isPresent()) {
            return covered.firstSlots(maintenanceMaxMinutes.getAsInt());
        }
        return covered;
    }

    /** The excused slots inside {@code range}, as bits relative to {@code range.first()}. */
    public BitSet excusedWithin(Collection<ExcusedWindow> windows, SlotRange range) {
        BitSet excused = new BitSet((int) range.size());
        for (ExcusedWindow window : windows) {
            SlotRange slots = excusedSlots(window).intersect(range);
            if (!slots.isEmpty()) {
                excused.set((int) (slots.first() - range.first()), (int) (slots.end() - range.first()));
            }
        }
        return excused;
    }

    /**
     * The excused slots inside {@code range} as runs, each attributed to one window: of the windows
     * that excuse a slot, the one that starts first, then the smallest id (files.md, {@code evidence.csv}).
     * The runs cover exactly the bits {@link #excusedWithin} sets.
     */
    public List<EvidenceRun> attributedWithin(Collection<ExcusedWindow> windows, SlotRange range) {
        BitSet taken = new BitSet((int) range.size());
        List<EvidenceRun> runs = new ArrayList<>();
        List<ExcusedWindow> firstFirst = windows.stream()
                .sorted(Comparator.comparing(ExcusedWindow::startsAt).thenComparing(ExcusedWindow::windowId))
                .toList();
        for (ExcusedWindow window : firstFirst) {
            SlotRange slots = excusedSlots(window).intersect(range);
            if (slots.isEmpty()) {
                continue;
            }
            int from = (int) (slots.first() - range.first());
            int to = (int) (slots.end() - range.first());
            // What an earlier-starting window took stays its own; this one gets the gaps between.
            for (int free = taken.nextClearBit(from); free < to; ) {
                int end = Math.min(to, nextSetBitOrEnd(taken, free, to));
                runs.add(EvidenceRun.excused(new SlotRange(range.first() + free, range.first() + end), window));
                free = taken.nextClearBit(end);
            }
            taken.set(from, to);
        }
        return runs;
    }

    private static int nextSetBitOrEnd(BitSet bits, int from, int end) {
        int next = bits.nextSetBit(from);
        return next < 0 ? end : next;
    }
}
