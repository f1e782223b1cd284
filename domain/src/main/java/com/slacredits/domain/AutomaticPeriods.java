package com.slacredits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The periods a run decides itself for a contract on an automatic pack (policy packs, section 4):
 * every period that has ended, that the contract covers on at least one day, and that no run has
 * decided yet. Whether it has monitoring data is the ledger's to say.
 *
 * <p>Periods before the first probe of the contract's services are not the system's to decide: its
 * records begin there. Counting from then keeps a contract signed years ago from listing every
 * period before monitoring began as a gap, run after run.
 */
public final class AutomaticPeriods {

    private AutomaticPeriods() {
    }

    /**
     * @param monitoringBegan the first probe of any of the contract's services
     * @param decided the contract's periods some run already decided
     */
    public static List<ServicePeriod> due(Contract contract, PolicyPack pack, LocalDate asOf, Instant monitoringBegan,
            Set<ServicePeriod> decided) {
        if (!pack.isAutomatic()) {
            return List.of();
        }
        YearMonth firstProbe = YearMonth.from(monitoringBegan.atZone(pack.zone()));
        YearMonth contractStart = YearMonth.from(contract.startDate());
        YearMonth from = firstProbe.isAfter(contractStart) ? firstProbe : contractStart;
        List<ServicePeriod> due = new ArrayList<>();
        for (ServicePeriod period = ServicePeriod.containing(pack.period(), from); period.hasEndedBefore(asOf);
                period = period.next()) {
            if (contract.coversAnyDayOf(period) && !decided.contains(period)) {
                due.add(period);
            }
        }
        return due;
    }
}
