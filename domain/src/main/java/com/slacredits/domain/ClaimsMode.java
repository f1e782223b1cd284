package com.slacredits.domain;

/** Whether customers claim credits, or the run decides every period itself (policy packs, section 4). */
public enum ClaimsMode {
    REQUIRED,
    AUTOMATIC
}
