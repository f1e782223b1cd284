package com.slacredits.domain;

/** Why a window of time may be excused (credit rules, section 3; policy packs, section 2). */
public enum WindowCause {
    MAINTENANCE,
    EMERGENCY_MAINTENANCE,
    THIRD_PARTY,
    FORCE_MAJEURE,
    CUSTOMER,
    BETA;

    /** Whether a pack's {@code maintenanceMaxMinutes} caps windows of this cause. */
    public boolean isMaintenance() {
        return this == MAINTENANCE || this == EMERGENCY_MAINTENANCE;
    }
}
