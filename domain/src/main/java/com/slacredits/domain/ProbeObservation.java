package com.slacredits.domain;

import java.time.Instant;
import java.util.Objects;

/** One probe result from the monitoring export. */
public record ProbeObservation(String serviceId, Instant checkedAt, ProbeStatus status) {
    public ProbeObservation {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(status, "status");
    }
}
