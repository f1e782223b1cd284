package com.slacredits.domain;

import java.util.List;

/**
 * The combined timeline of services that back each other up (policy packs, section 5): a slot is UP
 * when any member is UP, DOWN when every member is DOWN, and NO_DATA otherwise. A member with no probe
 * in a slot therefore keeps the group from being DOWN in it.
 */
public final class GroupTimeline implements SlotHistory {

    private final List<SlotTimeline> members;

    public GroupTimeline(List<SlotTimeline> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a group needs a member");
        }
        this.members = List.copyOf(members);
    }

    @Override
    public SlotState stateOf(long slot) {
        boolean allDown = true;
        for (SlotTimeline member : members) {
            SlotState state = member.stateOf(slot);
            if (state == SlotState.UP) {
                return SlotState.UP;
            }
            allDown &= state == SlotState.DOWN;
        }
        return allDown ? SlotState.DOWN : SlotState.NO_DATA;
    }

    /** Any probe of any member counts as monitoring data of the group. */
    @Override
    public boolean hasDataWithin(SlotRange range) {
        return members.stream().anyMatch(member -> member.hasDataWithin(range));
    }
}
