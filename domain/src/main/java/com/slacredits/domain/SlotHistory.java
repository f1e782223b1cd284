package com.slacredits.domain;

import java.util.BitSet;

/** What the records say of a slot: a service's own timeline, or a group's combined one. */
public interface SlotHistory {

    SlotState stateOf(long slot);

    default boolean isDown(long slot) {
        return stateOf(slot) == SlotState.DOWN;
    }

    /** Whether any probe at all fell in the range. */
    boolean hasDataWithin(SlotRange range);

    /**
     * The slots of {@code range} that are not NO_DATA, as bits relative to {@code range.first()}: what
     * the evidence's gaps are the complement of. Slot by slot here; a single timeline reads its bits.
     */
    default BitSet dataWithin(SlotRange range) {
        BitSet data = new BitSet((int) range.size());
        for (long slot = range.first(); slot < range.end(); slot++) {
            if (stateOf(slot) != SlotState.NO_DATA) {
                data.set((int) (slot - range.first()));
            }
        }
        return data;
    }
}
