package com.slacredits.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The system's own record of every service: its slot timeline and its windows. Answers what the
 * availability of a contract was in a period (credit rules, sections 2-4), on one service or on the
 * combined timeline of a group (policy packs, section 5).
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

    public Availability availabilityOf(Contract contract, PolicyPack policy, ServicePeriod period) {
        SlotRange measured = policy.slotsOf(period).intersect(contract.coverage(policy.zone()));
        if (measured.isEmpty()) {
            return new Availability(0, 0, 0);
        }
        ServiceGroup services = contract.services();
        BitSet excused = policy.excuseRule().excusedWithin(windowsOf(services), measured);
        long downtime = 0;
        for (Outage outage : policy.outageDetector().countingOutagesTouching(history(services), measured)) {
            SlotRange inside = outage.slots().intersect(measured);
            for (long slot = inside.first(); slot < inside.end(); slot++) {
                if (!excused.get((int) (slot - measured.first()))) {
                    downtime++;
                }
            }
        }
        return new Availability(measured.size(), excused.cardinality(), downtime);
    }

    /** Whether any probe of the contract's service, or of a member of its group, fell in the period. */
    public boolean hasMonitoringData(Contract contract, PolicyPack policy, ServicePeriod period) {
        return history(contract.services()).hasDataWithin(policy.slotsOf(period));
    }

    private SlotHistory history(ServiceGroup services) {
        List<SlotTimeline> members = services.members().stream()
                .map(member -> timelines.getOrDefault(member, new SlotTimeline(member)))
                .toList();
        return members.size() == 1 ? members.get(0) : new GroupTimeline(members);
    }

    /** A window of any member, or one naming the whole group as the contract writes it. */
    private List<ExcusedWindow> windowsOf(ServiceGroup services) {
        List<ExcusedWindow> found = new ArrayList<>();
        for (String member : services.members()) {
            found.addAll(windows.getOrDefault(member, List.of()));
        }
        if (services.isGroup()) {
            found.addAll(windows.getOrDefault(services.written(), List.of()));
        }
        return found;
    }
}
