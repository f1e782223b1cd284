package com.slacredits.domain;

/** A maximal run of consecutive DOWN slots of one service, measured on its whole timeline. */
public record Outage(SlotRange slots) {
    public long minutes() {
        return slots.size();
    }
}
