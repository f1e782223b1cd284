package com.slacredits.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The policy packs the product knows. A contract with no policy uses {@link #DEFAULT_POLICY_ID}. */
public final class PolicyCatalog {

    public static final String DEFAULT_POLICY_ID = "standard-2024";

    private final Map<String, PolicyPack> packs = new LinkedHashMap<>();

    public PolicyCatalog(List<PolicyPack> packs) {
        packs.forEach(pack -> this.packs.put(pack.id(), pack));
    }

    /** The catalogue shipped with the product. */
    public static PolicyCatalog standard() {
        return new PolicyCatalog(List.of(standard2024()));
    }

    public Optional<PolicyPack> find(String policyId) {
        String id = policyId == null || policyId.isBlank() ? DEFAULT_POLICY_ID : policyId;
        return Optional.ofNullable(packs.get(id));
    }

    public PolicyPack require(String policyId) {
        return find(policyId).orElseThrow(() -> new IllegalArgumentException("unknown policy pack " + policyId));
    }

    /** {@code standard-2024}: the tables of credit rules, section 5, and the defaults of sections 1-7. */
    public static PolicyPack standard2024() {
        TieredCreditSchedule starter = tiers("99.8", "98", "97", "96", "96");
        TieredCreditSchedule growth = tiers("99.85", "99", "98.5", "96.5", "96.5");
        TieredCreditSchedule enterprise = tiers("99.9", "99.8", "98", "97", "97");
        return new PolicyPack(
                DEFAULT_POLICY_ID,
                ZoneId.of("Europe/Amsterdam"),
                5,
                new ExcuseRule(EnumSet.allOf(WindowCause.class), Duration.ofHours(48), OptionalInt.empty()),
                Period.ofDays(30),
                Map.of(
                        Edition.STARTER, starter,
                        Edition.ESSENTIAL, starter,
                        Edition.GROWTH, growth,
                        Edition.ENTERPRISE, enterprise,
                        Edition.CUSTOM, enterprise));
    }

    private static TieredCreditSchedule tiers(
            String guarantee, String tenPercent, String twentyPercent, String thirtyPercent, String breachBelow) {
        return new TieredCreditSchedule(
                new BigDecimal(guarantee),
                List.of(CreditTier.of(tenPercent, "10"), CreditTier.of(twentyPercent, "20"),
                        CreditTier.of(thirtyPercent, "30")),
                new BigDecimal(breachBelow));
    }
}
