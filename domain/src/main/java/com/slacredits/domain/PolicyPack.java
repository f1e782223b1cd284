package com.slacredits.domain;

import java.time.Instant;
import java.time.Period;
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
        Map<String, EditionTerms> editions) {

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
        if (editions.isEmpty()) {
            throw new PackDefinitionException("editions", "needs at least one edition");
        }
        // In the file's order, so that statements and the summary list editions as the SLA does.
        editions = Collections.unmodifiableMap(new LinkedHashMap<>(editions));
    }

    public Optional<EditionTerms> edition(String edition) {
        return Optional.ofNullable(editions.get(edition));
    }

    /** The terms of a contract's edition; a contract naming another edition is rejected when read. */
    public EditionTerms termsOf(Contract contract) {
        return edition(contract.edition()).orElseThrow(() -> new IllegalStateException(
                "contract " + contract.contractId() + " names edition " + contract.edition() + ", unknown to " + id));
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
