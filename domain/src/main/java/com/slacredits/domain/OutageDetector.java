package com.slacredits.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the outages that count (credit rules, section 2).
 *
 * <p>A run is measured on the whole timeline, not only inside the range asked about, so an outage
 * that crosses the end of a month counts in both months when its full length reaches the minimum.
 */
public final class OutageDetector {

    private final int minOutageMinutes;

    public OutageDetector(int minOutageMinutes) {
        if (minOutageMinutes < 1) {
            throw new IllegalArgumentException("minimum outage must be at least one minute");
        }
        this.minOutageMinutes = minOutageMinutes;
    }

    /** Every counting outage that has at least one slot inside {@code range}, at its full length. */
    public List<Outage> countingOutagesTouching(SlotHistory timeline, SlotRange range) {
        List<Outage> outages = new ArrayList<>();
        long slot = range.first();
        while (slot < range.end()) {
            if (!timeline.isDown(slot)) {
                slot++;
                continue;
            }
            long start = slot;
            while (timeline.isDown(start - 1)) {
                start--;
            }
            long end = slot + 1;
            while (timeline.isDown(end)) {
                end++;
            }
            Outage run = new Outage(new SlotRange(start, end));
            if (run.minutes() >= minOutageMinutes) {
                outages.add(run);
            }
            slot = end;
        }
        return outages;
    }
}
