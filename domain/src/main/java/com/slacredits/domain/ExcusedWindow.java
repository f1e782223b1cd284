package com.slacredits.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A window from {@code windows.csv}: a span of a service's time that may be excused. */
public record ExcusedWindow(
        String windowId,
        String serviceId,
        WindowCause cause,
        Instant startsAt,
        Instant endsAt,
        Optional<Instant> announcedAt) {

    public ExcusedWindow {
        Objects.requireNonNull(windowId, "windowId");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(announcedAt, "announcedAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("window " + windowId + " ends at or before it starts");
        }
    }

    /** Every slot the window overlaps: slot start &lt; window end and slot end &gt; window start. */
    public SlotRange coveredSlots() {
        return SlotRange.overlapping(startsAt, endsAt);
    }
}
