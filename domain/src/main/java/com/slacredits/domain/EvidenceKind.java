package com.slacredits.domain;

/** What a run of slots counted as in a verified measurement (files.md, {@code evidence.csv}). */
public enum EvidenceKind {
    /** Slots of {@code U}: in a counting outage and not excused. */
    OUTAGE,
    /** Slots of {@code E}, attributed to one window. */
    EXCUSED,
    /** Slots without monitoring data outside {@code E}: counted as available. */
    NO_DATA
}
