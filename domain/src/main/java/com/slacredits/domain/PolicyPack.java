package com.slacredits.domain;

import com.slacredits.domain.support.BusinessCalendar;
import com.slacredits.domain.support.PriorityTargets;
import com.slacredits.domain.support.SupportTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SLA as data (policy packs, section 2): every value the credit rules name {@code policy.x}.
 * Built from a pack file by the loader; nothing in the rules asks which pack it is.
 *
 * @param name the SLA's title on statements and the summary
 * @param zone where periods, contract dates and invoice periods are read
 * @param period months or quarters
 * @param minOutageMinutes how many consecutive DOWN slots make an outage count
 * @param excuseRule which windows excuse time
 * @param claims whether customers claim, or every period is decided automatically
 * @param claimWindow with {@code REQUIRED}: added to the local date-time of the period's end
 * @param editions every edition the pack knows, by name
 * @param support priorities, calendars and support credit (support SLAs, section 3); empty: the pack
 *     measures no ticket, and no edition has support targets
 */
public record PolicyPack(
        String id,
        String name,
        ZoneId zone,
        PeriodKind period,
        int minOutageMinutes,
        ExcuseRule excuseRule,
        ClaimsMode claims,
        Optional<Period> claimWindow,
        Map<String, EditionTerms> editions,
        Optional<SupportTerms> support) {

    public PolicyPack {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(excuseRule, "excuseRule");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(claimWindow, "claimWindow");
        if (id.isBlank()) {
            throw new PackDefinitionException("id", "is empty");
        }
        if (minOutageMinutes < 1) {
            throw new PackDefinitionException("minOutageMinutes", "must be at least 1");
        }
        if (claims == ClaimsMode.REQUIRED && claimWindow.isEmpty()) {
            throw new PackDefinitionException("claimWindow", "is required when claims are REQUIRED");
        }
        if (claimWindow.isPresent() && claimWindow.get().isNegative()) {
            throw new PackDefinitionException("claimWindow", "cannot be negative");
        }
        Objects.requireNonNull(support, "support");
        if (editions.isEmpty()) {
            throw new PackDefinitionException("editions", "needs at least one edition");
        }
        editions.forEach((edition, terms) -> checkSupportTargets(edition, terms, support));
        // In the file's order, so that statements and the summary list editions as the SLA does.
        editions = Collections.unmodifiableMap(new LinkedHashMap<>(editions));
    }

    /** A pack without support tickets: as every pack was before support SLAs. */
    public PolicyPack(String id, String name, ZoneId zone, PeriodKind period, int minOutageMinutes,
            ExcuseRule excuseRule, ClaimsMode claims, Optional<Period> claimWindow, Map<String, EditionTerms> editions) {
        this(id, name, zone, period, minOutageMinutes, excuseRule, claims, claimWindow, editions, Optional.empty());
    }

    /** Targets name priorities of the pack's list and calendars of the pack; no support section, no targets. */
    private static void checkSupportTargets(String edition, EditionTerms terms, Optional<SupportTerms> support) {
        String key = "editions." + edition + ".support";
        if (support.isEmpty()) {
            if (!terms.support().isEmpty()) {
                throw new PackDefinitionException(key, "needs a support section at the top of the pack, with its"
                        + " priorities");
            }
            return;
        }
        for (Map.Entry<String, PriorityTargets> entry : terms.support().entrySet()) {
            String priorityKey = key + "." + entry.getKey();
            if (!support.get().lists(entry.getKey())) {
                throw new PackDefinitionException(priorityKey, "is not a priority of support.priorities ("
                        + String.join(", ", support.get().priorities()) + ")");
            }
            PriorityTargets targets = entry.getValue();
            checkCalendar(priorityKey + ".calendar", targets.calendar(), support.get());
            targets.resolveCalendar().ifPresent(calendar ->
                    checkCalendar(priorityKey + ".resolveCalendar", calendar, support.get()));
        }
    }

    private static void checkCalendar(String key, BusinessCalendar calendar, SupportTerms support) {
        if (!support.calendar(calendar.name()).equals(Optional.of(calendar))) {
            throw new PackDefinitionException(key, "'" + calendar.name() + "' is not ALWAYS or a calendar of the pack");
        }
    }

    public Optional<EditionTerms> edition(String edition) {
        return Optional.ofNullable(editions.get(edition));
    }

    /** The terms of a contract's edition; a contract naming another edition is rejected when read. */
    public EditionTerms termsOf(Contract contract) {
        return edition(contract.edition()).orElseThrow(() -> new IllegalStateException(
                "contract " + contract.contractId() + " names edition " + contract.edition() + ", unknown to " + id));
    }

    /**
     * Whether a ticket of a contract on this pack may name the priority: one the pack lists, or any at
     * all for a pack without support, which measures no ticket (support SLAs, section 1).
     */
    public boolean acceptsPriority(String priority) {
        return support.map(terms -> terms.lists(priority)).orElse(true);
    }

    /** The support targets a contract holds for a priority; empty when there are none to measure. */
    public Optional<PriorityTargets> supportTargets(Contract contract, String priority) {
        return support.isEmpty() ? Optional.empty() : termsOf(contract).supportTargets(priority);
    }

    /** The period, in this pack's zone, that holds an instant: the period a ticket reported then belongs to. */
    public ServicePeriod periodOf(Instant instant) {
        return ServicePeriod.containing(period, YearMonth.from(instant.atZone(zone)));
    }

    /**
     * A run's cut-off: the start of its {@code --as-of} date in this pack's zone. What happens at or after
     * it is not known to the run (support SLAs, section 4).
     */
    public Instant cutOff(LocalDate asOf) {
        return asOf.atStartOfDay(zone).toInstant();
    }

    public boolean isAutomatic() {
        return claims == ClaimsMode.AUTOMATIC;
    }

    public OutageDetector outageDetector() {
        return new OutageDetector(minOutageMinutes);
    }

    /** The slots of a period, in this pack's zone. */
    public SlotRange slotsOf(ServicePeriod servicePeriod) {
        return servicePeriod.slots(zone);
    }

    /** Whether a claim naming this period names the kind this pack measures. */
    public boolean measures(ServicePeriod servicePeriod) {
        return servicePeriod.kind() == period;
    }

    /**
     * The first instant at which a claim for {@code servicePeriod} is late: the period's end plus the
     * claim window, added to the local date-time (section 7, rule 3).
     */
    public Instant claimDeadline(ServicePeriod servicePeriod) {
        Period window = claimWindow.orElseThrow(() -> new IllegalStateException(id + " takes no claims"));
        return servicePeriod.next().firstDay().atStartOfDay().plus(window).atZone(zone).toInstant();
    }
}
