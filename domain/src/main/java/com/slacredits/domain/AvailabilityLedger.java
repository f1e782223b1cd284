package com.slacredits.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The system's own record of every service: its slot timeline and its windows. Answers what the
 * availability of a contract was in a service month (credit rules, sections 2-4).
 */
public final class AvailabilityLedger {

    private final Map<String, SlotTimeline> timelines = new HashMap<>();
    private final Map<String, List<ExcusedWindow>> windows = new HashMap<>();

    public AvailabilityLedger(Collection<SlotTimeline> timelines, Collection<ExcusedWindow> windows) {
        // Copies, so that uniting two records of one service never changes the caller's.
        timelines.forEach(timeline -> this.timelines
                .computeIfAbsent(timeline.serviceId(), SlotTimeline::new)
                .absorb(timeline));
        windows.forEach(window -> this.windows.computeIfAbsent(window.serviceId(), id -> new ArrayList<>()).add(window));
    }

    public Availability availabilityOf(Contract contract, PolicyPack policy, YearMonth serviceMonth) {
        SlotRange measured = policy.serviceMonth(serviceMonth).intersect(contract.coverage(policy.zone()));
        if (measured.isEmpty()) {
            return new Availability(0, 0, 0);
        }
        BitSet excused = policy.excuseRule()
                .excusedWithin(windows.getOrDefault(contract.serviceId(), List.of()), measured);
        long downtime = 0;
        SlotTimeline timeline = timelines.get(contract.serviceId());
        if (timeline != null) {
            for (Outage outage : policy.outageDetector().countingOutagesTouching(timeline, measured)) {
                SlotRange inside = outage.slots().intersect(measured);
                for (long slot = inside.first(); slot < inside.end(); slot++) {
                    if (!excused.get((int) (slot - measured.first()))) {
                        downtime++;
                    }
                }
            }
        }
        return new Availability(measured.size(), excused.cardinality(), downtime);
    }

    /** Whether any probe of the service fell in the service month; a claimed month without is reported. */
    public boolean hasMonitoringData(String serviceId, PolicyPack policy, YearMonth serviceMonth) {
        SlotTimeline timeline = timelines.get(serviceId);
        return timeline != null && timeline.hasDataWithin(policy.serviceMonth(serviceMonth));
    }
}
