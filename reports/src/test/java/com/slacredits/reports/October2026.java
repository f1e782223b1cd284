package com.slacredits.reports;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RunSummary;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The decisions of examples/october-2026, built by hand from its README and expected/decisions.csv
 * (run with --as-of=2026-11-05).
 */
final class October2026 {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 5);
    static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    static final long RUN_ID = 42;

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");

    static final Contract K_A1 = contract("K-A1", "CU-1", "Acme Logistics B.V.", "ENTERPRISE", "svc-a", "60000.00", EUR, "2024-03-01");
    static final Contract K_A2 = contract("K-A2", "CU-2", "Brightside Retail", "STARTER", "svc-a", "9000.00", EUR, "2025-01-01");
    static final Contract K_B1 = contract("K-B1", "CU-3", "Cobalt Health Inc.", "GROWTH", "svc-b", "24000.00", USD, "2025-06-01");
    static final Contract K_B2 = contract("K-B2", "CU-3", "Cobalt Health Inc.", "GROWTH", "svc-b", "18000.00", USD, "2025-06-01");
    static final Contract K_C1 = contract("K-C1", "CU-4", "Delta Foods GmbH", "ENTERPRISE", "svc-c", "120000.00", EUR, "2023-01-01");
    static final Contract K_C2 = contract("K-C2", "CU-5", "Evergreen Studio", "STARTER", "svc-c", "12000.00", EUR, "2024-01-01");
    static final Contract K_D1 = contract("K-D1", "CU-6", "Fjord Analytics AS", "ESSENTIAL", "svc-a", "15000.00", EUR, "2026-11-01");

    static final List<Contract> CONTRACTS = List.of(K_A1, K_A2, K_B1, K_B2, K_C1, K_C2, K_D1);

    /** svc-a: T = 44,700, E = 60, U = 50: 99.887 %. */
    static final Availability SVC_A = new Availability(44_700, 60, 50);
    /** svc-b: U = 160: 99.642 %. */
    static final Availability SVC_B = new Availability(44_700, 0, 160);
    /** svc-c: U = 1,500: 96.644 %. */
    static final Availability SVC_C = new Availability(44_700, 0, 1_500);

    static final ClaimDecision CL_01 = credit(claim("CL-01", "K-A1", "2026-11-02T09:15:00+01:00", Channel.EMAIL, 84L, false),
            K_A1, SVC_A, "99.9", "10", "500.00", Termination.NONE);
    static final ClaimDecision CL_02 = new ClaimDecision(claim("CL-02", "K-A2", "2026-11-02T10:00:00+01:00", Channel.PORTAL, null, false),
            Optional.of(K_A2), Outcome.REJECTED, Reason.NO_CREDIT_DUE, Optional.of(SVC_A), Optional.of(new BigDecimal("99.8")),
            Optional.empty(), Optional.empty(), Optional.empty(), Termination.NONE, Optional.empty());
    static final ClaimDecision CL_03 = credit(claim("CL-03", "K-B1", "2026-11-03T08:00:00Z", Channel.LETTER, 200L, false),
            K_B1, SVC_B, "99.85", "10", "200.00", Termination.NONE);
    static final ClaimDecision CL_04 = new ClaimDecision(claim("CL-04", "K-C1", "2026-11-10T16:45:00+01:00", Channel.EMAIL, 1500L, true),
            Optional.of(K_C1), Outcome.TERMINATION_REFUND, Reason.MATERIAL_BREACH, Optional.of(SVC_C),
            Optional.of(new BigDecimal("99.9")), Optional.empty(), Optional.of(new Money(new BigDecimal("16767.12"), EUR)),
            Optional.of(Settlement.REFUND), Termination.GRANTED, Optional.of(LocalDate.of(2026, 11, 10)));
    static final ClaimDecision CL_05 = credit(claim("CL-05", "K-C2", "2026-11-04T11:00:00+01:00", Channel.EMAIL, null, false),
            K_C2, SVC_C, "99.8", "30", "300.00", Termination.NONE);
    static final ClaimDecision CL_06 = rejected(claim("CL-06", "K-A1", "2026-11-04T09:00:00+01:00", Channel.EMAIL, 84L, false),
            K_A1, Reason.DUPLICATE);
    static final ClaimDecision CL_07 = rejected(claim("CL-07", "K-A2", "2026-11-01T12:00:00+01:00", Channel.PHONE, null, false),
            K_A2, Reason.NOT_IN_WRITING);
    static final ClaimDecision CL_08 = rejected(claim("CL-08", "K-B1", "2026-12-01T00:00:00+01:00", Channel.EMAIL, null, false),
            K_B1, Reason.LATE);
    static final ClaimDecision CL_09 = new ClaimDecision(claim("CL-09", "K-ZZ", "2026-11-02T09:00:00+01:00", Channel.EMAIL, null, false),
            Optional.empty(), Outcome.REJECTED, Reason.UNKNOWN_CONTRACT, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Termination.NONE, Optional.empty());
    static final ClaimDecision CL_11 = rejected(claim("CL-11", "K-D1", "2026-11-02T09:00:00+01:00", Channel.EMAIL, null, false),
            K_D1, Reason.NOT_COVERED);
    static final ClaimDecision CL_12 = credit(claim("CL-12", "K-B2", "2026-11-02T09:00:00+01:00", Channel.PORTAL, null, true),
            K_B2, SVC_B, "99.85", "10", "150.00", Termination.DENIED);

    static final List<ClaimDecision> DECISIONS =
            List.of(CL_01, CL_02, CL_03, CL_04, CL_05, CL_06, CL_07, CL_08, CL_09, CL_11, CL_12);

    /** Claim ids per customer, as the statements must show them. */
    static final Map<String, List<String>> CLAIMS_BY_CUSTOMER = new TreeMap<>(Map.of(
            "CU-1", List.of("CL-01", "CL-06"),
            "CU-2", List.of("CL-02", "CL-07"),
            "CU-3", List.of("CL-03", "CL-08", "CL-12"),
            "CU-4", List.of("CL-04"),
            "CU-5", List.of("CL-05"),
            "CU-6", List.of("CL-11")));

    private October2026() {
    }

    static RunSummary summary(boolean dryRun) {
        return new RunSummary(AS_OF, dryRun, DECISIONS, 1, new TreeMap<>(Map.of("claims.csv", 1L, "probes.csv", 1L)),
                List.of());
    }

    static StatementRun run(boolean dryRun) {
        return new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, RUN_ID, AS_OF, dryRun);
    }

    static Contract contract(String id, String customerId, String name, String edition, String service, String fee,
            Currency currency, String start) {
        return contract(id, customerId, name, edition, service, fee, currency, start, "standard-2024");
    }

    static Contract contract(String id, String customerId, String name, String edition, String service, String fee,
            Currency currency, String start, String policy) {
        return new Contract(id, customerId, name, customerId.toLowerCase() + "@example.com", edition, service,
                new BigDecimal(fee), currency, LocalDate.parse(start), Optional.empty(), policy, Optional.empty(),
                Optional.empty());
    }

    /** {@code contract} with its coverage ending on {@code lastDay}, as contracts.csv's end_date. */
    static Contract endingOn(Contract contract, LocalDate lastDay) {
        return new Contract(contract.contractId(), contract.customerId(), contract.customerName(),
                contract.customerEmail(), contract.edition(), contract.serviceId(), contract.annualFee(),
                contract.currency(), contract.startDate(), Optional.of(lastDay), contract.policyId(),
                contract.guaranteePercent(), contract.terminatedOn());
    }

    static Claim claim(String id, String contract, String receivedAt, Channel channel, Long claimed, boolean terminate) {
        return claim(id, contract, OCTOBER, OffsetDateTime.parse(receivedAt).toInstant(), channel, claimed, terminate);
    }

    static Claim claim(String id, String contract, ServicePeriod period, String receivedAt, Channel channel, Long claimed,
            boolean terminate) {
        return claim(id, contract, period, OffsetDateTime.parse(receivedAt).toInstant(), channel, claimed, terminate);
    }

    /** The run's own claim for a period of an automatic pack: AUTO-<contract>-<period>, channel SYSTEM. */
    static Claim automatic(Contract contract, ServicePeriod period) {
        return Claim.automatic(contract, period, Packs.CATALOG.require(contract.policyId()));
    }

    static Claim claim(String id, String contract, ServicePeriod period, Instant receivedAt, Channel channel, Long claimed,
            boolean terminate) {
        return new Claim(id, contract, period, receivedAt, channel,
                claimed == null ? OptionalLong.empty() : OptionalLong.of(claimed), terminate);
    }

    static ClaimDecision credit(Claim claim, Contract contract, Availability availability, String guarantee,
            String percent, String amount, Termination termination) {
        return credit(claim, contract, Reason.TIER, availability, guarantee, percent, amount, Settlement.NEXT_INVOICE,
                termination);
    }

    static ClaimDecision credit(Claim claim, Contract contract, Reason reason, Availability availability,
            String guarantee, String percent, String amount, Settlement settlement, Termination termination) {
        return new ClaimDecision(claim, Optional.of(contract), Outcome.CREDIT, reason, Optional.of(availability),
                Optional.of(new BigDecimal(guarantee)), Optional.of(new BigDecimal(percent)),
                Optional.of(new Money(new BigDecimal(amount), contract.currency())), Optional.of(settlement),
                termination, Optional.empty());
    }

    /** A verified claim that earns nothing: REJECTED, NO_CREDIT_DUE, or COMPLIANCE, MET or MISSED. */
    static ClaimDecision measured(Claim claim, Contract contract, Outcome outcome, Reason reason,
            Availability availability, String guarantee) {
        return new ClaimDecision(claim, Optional.of(contract), outcome, reason, Optional.of(availability),
                Optional.of(new BigDecimal(guarantee)), Optional.empty(), Optional.empty(), Optional.empty(),
                claim.terminationElected() ? Termination.DENIED : Termination.NONE, Optional.empty());
    }

    static ClaimDecision rejected(Claim claim, Contract contract, Reason reason) {
        return new ClaimDecision(claim, Optional.of(contract), Outcome.REJECTED, reason, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                claim.terminationElected() ? Termination.DENIED : Termination.NONE, Optional.empty());
    }
}
