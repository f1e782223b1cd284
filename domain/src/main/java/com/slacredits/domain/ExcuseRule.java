package com.slacredits.domain;

import java.time.Duration;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumSet;
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
}
