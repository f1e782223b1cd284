package com.slacredits.domain;

/** What the records say of a slot: a service's own timeline, or a group's combined one. */
public interface SlotHistory {

    SlotState stateOf(long slot);

    default boolean isDown(long slot) {
        return stateOf(slot) == SlotState.DOWN;
    }

    /** Whether any probe at all fell in the range. */
    boolean hasDataWithin(SlotRange range);
}
