package com.slacredits.domain;

import java.time.Duration;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Which windows excuse which slots under a policy (credit rules, section 3).
 *
 * @param excusedCauses the causes the policy excuses at all
 * @param maintenanceNotice how long before its start maintenance must have been announced
 * @param maintenanceMaxMinutes when present, only the first N slots of a maintenance window count
 */
public record ExcuseRule(Set<WindowCause> excusedCauses, Duration maintenanceNotice, OptionalInt maintenanceMaxMinutes) {

    public ExcuseRule {
        excusedCauses = excusedCauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excusedCauses));
        if (maintenanceNotice.isNegative()) {
            throw new IllegalArgumentException("maintenance notice cannot be negative");
        }
    }

    /** Whether this window excuses anything at all. */
    public boolean excuses(ExcusedWindow window) {
        if (!excusedCauses.contains(window.cause())) {
            return false;
        }
        if (window.cause() != WindowCause.MAINTENANCE) {
            return true;
        }
        // Announced late or never: maintenance then excuses nothing and its DOWN slots are downtime.
        return window.announcedAt()
                .map(announced -> !announced.isAfter(window.startsAt().minus(maintenanceNotice)))
                .orElse(false);
    }

    /** The slots this window excuses, before any clipping to a month or a contract. */
    public SlotRange excusedSlots(ExcusedWindow window) {
        if (!excuses(window)) {
            return SlotRange.EMPTY;
        }
        SlotRange covered = window.coveredSlots();
        if (window.cause() == WindowCause.MAINTENANCE && maintenanceMaxMinutes.isPresent()) {
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
}
