package com.slacredits.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run decided, in the figures its summary and the credit brake read, gathered one decision at
 * a time: a run of a million claims is streamed through it and never held in memory. What it keeps
 * grows with packs, adjustments, contract-periods and services, not with claims: the counts by
 * outcome and reason, per pack as well; the adjustments with their customers' names; the
 * contract-periods decided (the brake's fee base); and, per service and period, how many claims were
 * decided on it and the first {@link #NAMED_CLAIMS} of them by claim id.
 */
public final class RunDecisions {

    /** How many claim ids a service and period keeps by name; the summary counts the rest. */
    public static final int NAMED_CLAIMS = 4;

    private static final Comparator<Optional<String>> PACK_ORDER =
            Comparator.comparing((Optional<String> id) -> id.isEmpty()).thenComparing(id -> id.orElse(""));

    private final boolean byPack;
    private final Map<Outcome, Map<Reason, Long>> counts = new EnumMap<>(Outcome.class);
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final List<AdjustmentReversal> reversals = new ArrayList<>();
    private final Map<String, String> customerNames = new HashMap<>();
    private final Map<String, Contract> contracts = new HashMap<>();
    private final Map<String, Set<ServicePeriod>> periods = new HashMap<>();
    private final Map<MonitoringGap, ClaimsOn> claimsOn = new HashMap<>();
    private final SortedMap<Optional<String>, RunDecisions> packs = new TreeMap<>(PACK_ORDER);
    private long decided;
    private long verified;
    private long credited;

    public RunDecisions() {
        this(true);
    }

    private RunDecisions(boolean byPack) {
        this.byPack = byPack;
    }

    public static RunDecisions of(Collection<ClaimDecision> decisions) {
        RunDecisions run = new RunDecisions();
        decisions.forEach(run::add);
        return run;
    }

    public RunDecisions add(ClaimDecision decision) {
        decided++;
        counts.computeIfAbsent(decision.outcome(), o -> new EnumMap<>(Reason.class))
                .merge(decision.reason(), 1L, Long::sum);
        decision.adjustment().ifPresent(adjustment -> {
            adjustments.add(adjustment);
            customerNames.put(adjustment.claimId(), decision.contract().map(Contract::customerName).orElse(""));
        });
        decision.contract().ifPresent(contract -> {
            contracts.putIfAbsent(contract.contractId(), contract);
            periods.computeIfAbsent(contract.contractId(), id -> new HashSet<>()).add(decision.claim().period());
            claimsOn.computeIfAbsent(new MonitoringGap(contract.serviceId(), decision.claim().period()),
                    key -> new ClaimsOn()).add(decision.claimId());
        });
        if (isVerified(decision)) {
            verified++;
            if (decision.outcome().carriesMoney()) {
                credited++;
            }
        }
        if (byPack) {
            // An empty policy is standard-2024 (PolicyCatalog.find): one pack, one block.
            Optional<String> pack = decision.policyId().map(id -> id.isBlank() ? PolicyCatalog.DEFAULT_POLICY_ID : id);
            packs.computeIfAbsent(pack, id -> new RunDecisions(false)).add(decision);
        }
        return this;
    }

    /**
     * A reversal this run reports (finance took back an adjustment posted earlier). It decides nothing
     * and counts no claim: it shows in the totals, as a kind of its own with a negative amount, and in
     * the list of reversals. Not in a pack's block: a pack's figures are what its decisions cost.
     */
    public RunDecisions addReversal(AdjustmentReversal reversal) {
        reversals.add(reversal);
        return this;
    }

    /** The reversals the run reports, by claim id. */
    public List<AdjustmentReversal> reversals() {
        return reversals.stream().sorted(Comparator.comparing(AdjustmentReversal::claimId)).toList();
    }

    /** Claims measured against monitoring data for money: compliance reports are measured, but never credited. */
    private static boolean isVerified(ClaimDecision decision) {
        return decision.availability().isPresent() && decision.outcome() != Outcome.COMPLIANCE;
    }

    public long decidedCount() {
        return decided;
    }

    /** Claims decided, keyed "OUTCOME REASON", in the order outcomes and reasons are declared. */
    public SortedMap<String, Long> decidedByOutcomeAndReason() {
        SortedMap<String, Long> keyed = new TreeMap<>(Comparator
                .comparing((String key) -> Outcome.valueOf(key.substring(0, key.indexOf(' '))).ordinal())
                .thenComparing(key -> Reason.valueOf(key.substring(key.indexOf(' ') + 1)).ordinal()));
        counts.forEach((outcome, reasons) -> reasons.forEach((reason, count) -> keyed.put(outcome + " " + reason, count)));
        return keyed;
    }

    /** The adjustments the decisions post, by claim id. */
    public List<Adjustment> adjustments() {
        return adjustments.stream().sorted(Comparator.comparing(Adjustment::claimId)).toList();
    }

    /** The customer's name on the contract of the claim an adjustment is for. */
    public String customerNameOf(Adjustment adjustment) {
        return customerNames.getOrDefault(adjustment.claimId(), "");
    }

    /**
     * One line of the totals: the sum of one kind of adjustment in one currency, settled one way. A
     * credit on a contract that has ended is paid out (credit rules, section 6): it is a cash refund
     * like a termination refund, and finance must find it there, not under the credits.
     */
    public record Total(String currency, Settlement settlement, AdjustmentKind kind, BigDecimal amount, long count) {
    }

    /**
     * Totals per settlement, currency and kind: the credits on the next invoice first, then the cash
     * refunds; currencies alphabetically; a reversal (negative) as a kind of its own, under the
     * settlement of what it reverses.
     */
    public List<Total> totals() {
        Map<Settlement, Map<String, Map<AdjustmentKind, Total>>> bySettlement = new EnumMap<>(Settlement.class);
        List<LedgerEntry> entries = new ArrayList<>(adjustments);
        entries.addAll(reversals);
        for (LedgerEntry entry : entries) {
            String currency = entry.amount().currency().getCurrencyCode();
            Settlement settlement = entry.settlement();
            bySettlement.computeIfAbsent(settlement, s -> new TreeMap<>())
                    .computeIfAbsent(currency, c -> new TreeMap<>())
                    .merge(entry.kind(), new Total(currency, settlement, entry.kind(), entry.amount().amount(), 1),
                            (a, b) -> new Total(currency, settlement, a.kind(), a.amount().add(b.amount()),
                                    a.count() + b.count()));
        }
        return bySettlement.values().stream().flatMap(currencies -> currencies.values().stream())
                .flatMap(kinds -> kinds.values().stream()).toList();
    }

    /** The totals of what is settled one way: the credits, or the cash refunds. */
    public List<Total> totals(Settlement settlement) {
        return totals().stream().filter(total -> total.settlement() == settlement).toList();
    }

    /**
     * The largest adjustments of each currency, largest first, currencies alphabetically. Never ranked
     * across currencies: ¥20,833 is less than €1,666.67, and only an exchange rate, which the run does
     * not have, could say by how much.
     */
    public SortedMap<String, List<Adjustment>> largestAdjustments(int limitPerCurrency) {
        SortedMap<String, List<Adjustment>> largest = new TreeMap<>();
        adjustments.stream()
                .sorted(Comparator.comparing((Adjustment a) -> a.amount().amount()).reversed()
                        .thenComparing(Adjustment::claimId))
                .forEach(adjustment -> {
                    List<Adjustment> ofCurrency = largest.computeIfAbsent(
                            adjustment.amount().currency().getCurrencyCode(), c -> new ArrayList<>());
                    if (ofCurrency.size() < limitPerCurrency) {
                        ofCurrency.add(adjustment);
                    }
                });
        largest.replaceAll((currency, list) -> List.copyOf(list));
        return java.util.Collections.unmodifiableSortedMap(largest);
    }

    /** The same figures for each pack's decisions alone, by pack id; decisions of no contract last. */
    public SortedMap<Optional<String>, RunDecisions> byPack() {
        return java.util.Collections.unmodifiableSortedMap(packs);
    }

    /** Claims measured against monitoring data, compliance reports aside: what the brake's share counts. */
    public long verifiedClaims() {
        return verified;
    }

    /** Verified claims credited or refunded. */
    public long creditedClaims() {
        return credited;
    }

    /**
     * SLA credits per currency, support credits included (support SLAs, section 6), termination refunds
     * aside, currencies alphabetically. Reversals are not counted: the brake limits what a run grants,
     * and a reversal takes back.
     */
    public Map<Currency, BigDecimal> slaCredits() {
        Map<Currency, BigDecimal> credits = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        for (Adjustment adjustment : adjustments) {
            if (adjustment.kind() == AdjustmentKind.SLA_CREDIT || adjustment.kind() == AdjustmentKind.SUPPORT_CREDIT) {
                credits.merge(adjustment.amount().currency(), adjustment.amount().amount(), BigDecimal::add);
            }
        }
        return credits;
    }

    /**
     * Per currency, the annual fees of the contracts decided times the months decided of each: a
     * month for every contract and month the run decided a claim or period of, three for a quarter.
     * Twelve times the fee base, so that it stays exact.
     */
    public Map<Currency, BigDecimal> annualFeeMonths() {
        Map<Currency, BigDecimal> feeMonths = new LinkedHashMap<>();
        contracts.forEach((id, contract) -> {
            long months = periods.get(id).stream().mapToLong(period -> period.months().size()).sum();
            feeMonths.merge(contract.currency(), contract.annualFee().multiply(BigDecimal.valueOf(months)),
                    BigDecimal::add);
        });
        return feeMonths;
    }

    /** How many claims were decided on a service's period, and the first of them by claim id. */
    public ClaimsOn claimsOn(String serviceId, ServicePeriod period) {
        return claimsOn.getOrDefault(new MonitoringGap(serviceId, period), new ClaimsOn());
    }

    /** The claims decided on one service and period: their number, and the first few by claim id. */
    public static final class ClaimsOn {

        private final TreeSet<String> first = new TreeSet<>();
        private long count;

        void add(String claimId) {
            count++;
            first.add(claimId);
            if (first.size() > NAMED_CLAIMS) {
                first.pollLast();
            }
        }

        public long count() {
            return count;
        }

        /** At most {@link #NAMED_CLAIMS} claim ids, lowest first. */
        public List<String> first() {
            return List.copyOf(first);
        }
    }
}
