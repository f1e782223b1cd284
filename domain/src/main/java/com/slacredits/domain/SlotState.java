package com.slacredits.domain;

/** The state of one one-minute slot of a service (credit rules, section 2). */
public enum SlotState {
    /** At least one probe in the slot said UP. */
    UP,
    /** At least one probe said DOWN and none said UP. */
    DOWN,
    /** No probe fell in the slot; counts as available, reported as a monitoring gap. */
    NO_DATA
}
