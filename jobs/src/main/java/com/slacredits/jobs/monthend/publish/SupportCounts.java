package com.slacredits.jobs.monthend.publish;

import com.slacredits.domain.PolicyCatalog;
import com.slacredits.domain.PolicyPack;
import com.slacredits.domain.support.SupportTally;
import com.slacredits.domain.support.SupportTerms;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.TicketJournal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The support tickets a run's summary counts (support SLAs, section 5). The measured ones come from the
 * run's stored measurements, so an export of the run counts them again exactly. Those left unmeasured
 * are counted once, when the run's summary is first written, against the packs' targets, and recorded
 * per pack (run_ticket_count): a later export reads what the run counted, not what waits by then.
 */
final class SupportCounts {

    private final MeasurementJournal measurements;
    private final TicketJournal tickets;
    private final PolicyCatalog policies;

    SupportCounts(MeasurementJournal measurements, TicketJournal tickets, PolicyCatalog policies) {
        this.measurements = measurements;
        this.tickets = tickets;
        this.policies = policies;
    }

    SupportTally of(long runId) {
        List<SupportTally.Unmeasured> unmeasured = tickets.unmeasuredAtEndOf(runId).orElseGet(() -> {
            List<SupportTally.Unmeasured> counted = unmeasured(tickets.unmeasuredGroups(runId), policies);
            tickets.noteUnmeasuredAtEndOf(runId, counted);
            return counted;
        });
        return new SupportTally(measurements.tallyOfRun(runId), unmeasured);
    }

    /**
     * Sorts unmeasured tickets into open (a target under the contract's edition: they wait) and without
     * targets (none, or a pack without support: never measured, and counted only by the run that stored
     * them). A ticket of a pack the catalogue does not hold cannot be told, and counts as open. Every pack
     * of the catalogue gets a count, zeros included, so that the record says the run was counted.
     */
    static List<SupportTally.Unmeasured> unmeasured(List<TicketJournal.UnmeasuredGroup> groups, PolicyCatalog policies) {
        Map<String, long[]> byPack = new TreeMap<>();
        policies.packs().forEach(pack -> byPack.put(pack.id(), new long[2]));
        for (TicketJournal.UnmeasuredGroup group : groups) {
            String policyId = group.policyId() == null || group.policyId().isBlank()
                    ? PolicyCatalog.DEFAULT_POLICY_ID : group.policyId();
            Optional<PolicyPack> pack = policies.find(policyId);
            boolean targeted = pack.map(found -> found.support().isPresent()
                    && found.edition(group.edition()).flatMap(terms -> terms.supportTargets(group.priority())).isPresent())
                    .orElse(true);
            long[] counts = byPack.computeIfAbsent(policyId, id -> new long[2]);
            if (targeted) {
                counts[0] += group.tickets();
            } else {
                counts[1] += group.storedByRun();
            }
        }
        List<SupportTally.Unmeasured> unmeasured = new ArrayList<>();
        byPack.forEach((id, counts) -> unmeasured.add(new SupportTally.Unmeasured(id, counts[0], counts[1])));
        return unmeasured;
    }

    /** Priorities in the order their pack lists them (highest first), then as written. */
    static Comparator<SupportTally.Measured> inPackOrder(PolicyCatalog policies) {
        return Comparator.comparing(SupportTally.Measured::policyId)
                .thenComparing((SupportTally.Measured row) -> {
                    List<String> order = policies.find(row.policyId()).flatMap(PolicyPack::support)
                            .map(SupportTerms::priorities).orElse(List.of());
                    return order.contains(row.priority()) ? order.indexOf(row.priority()) : order.size();
                })
                .thenComparing(SupportTally.Measured::priority);
    }
}
