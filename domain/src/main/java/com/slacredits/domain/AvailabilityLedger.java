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
        return measure(contract, policy, period).availability();
    }

    /**
     * The availability of a contract in a period and the runs of slots it was counted from: outages of
     * {@code U}, excused runs of {@code E} each attributed to one window, and the slots without data
     * outside {@code E}. Runs are cut to the period and the contract's coverage ({@code T}).
     */
    public Measurement measure(Contract contract, PolicyPack policy, ServicePeriod period) {
        SlotRange measured = policy.slotsOf(period).intersect(contract.coverage(policy.zone()));
        if (measured.isEmpty()) {
            return new Measurement(new Availability(0, 0, 0), List.of());
        }
        ServiceGroup services = contract.services();
        List<ExcusedWindow> windows = windowsOf(services);
        BitSet excused = policy.excuseRule().excusedWithin(windows, measured);
        List<EvidenceRun> evidence = new ArrayList<>(policy.excuseRule().attributedWithin(windows, measured));
        SlotHistory history = history(services);
        long downtime = 0;
        for (Outage outage : policy.outageDetector().countingOutagesTouching(history, measured)) {
            SlotRange inside = outage.slots().intersect(measured);
            long runStart = -1;
            for (long slot = inside.first(); slot < inside.end(); slot++) {
                boolean counted = !excused.get((int) (slot - measured.first()));
                if (counted) {
                    downtime++;
                    runStart = runStart < 0 ? slot : runStart;
                } else if (runStart >= 0) {
                    evidence.add(EvidenceRun.outage(new SlotRange(runStart, slot)));
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                evidence.add(EvidenceRun.outage(new SlotRange(runStart, inside.end())));
            }
        }
        evidence.addAll(unmonitored(history, measured, excused));
        return new Measurement(new Availability(measured.size(), excused.cardinality(), downtime), evidence);
    }

    /** Runs of slots of {@code measured} with no probe, outside the excused ones. */
    private static List<EvidenceRun> unmonitored(SlotHistory history, SlotRange measured, BitSet excused) {
        List<EvidenceRun> runs = new ArrayList<>();
        BitSet accounted = history.dataWithin(measured);
        accounted.or(excused);
        int size = (int) measured.size();
        for (int gap = accounted.nextClearBit(0); gap < size; ) {
            int next = accounted.nextSetBit(gap);
            int end = next < 0 ? size : Math.min(size, next);
            runs.add(EvidenceRun.noData(new SlotRange(measured.first() + gap, measured.first() + end)));
            gap = accounted.nextClearBit(end);
        }
        return runs;
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
