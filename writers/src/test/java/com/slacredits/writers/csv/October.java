package com.slacredits.writers.csv;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The decisions of examples/october-2026, built by hand from its README. */
final class October {

    static final Path EXPECTED = Path.of("..", "examples", "october-2026", "expected");

    static final YearMonth MONTH = YearMonth.of(2026, 10);
    static final ServicePeriod PERIOD = ServicePeriod.month(MONTH);
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency JPY = Currency.getInstance("JPY");

    static final Availability SVC_A = new Availability(44_700, 60, 50);
    static final Availability SVC_B = new Availability(44_700, 0, 160);
    static final Availability SVC_C = new Availability(44_700, 0, 1_500);

    static final Contract K_A1 = contract("K-A1", "CU-1", "ENTERPRISE", "svc-a", "60000.00", EUR);
    static final Contract K_A2 = contract("K-A2", "CU-2", "STARTER", "svc-a", "9000.00", EUR);
    static final Contract K_B1 = contract("K-B1", "CU-3", "GROWTH", "svc-b", "24000.00", USD);
    static final Contract K_B2 = contract("K-B2", "CU-3", "GROWTH", "svc-b", "18000.00", USD);
    static final Contract K_C1 = contract("K-C1", "CU-4", "ENTERPRISE", "svc-c", "120000.00", EUR);
    static final Contract K_C2 = contract("K-C2", "CU-5", "STARTER", "svc-c", "12000.00", EUR);
    static final Contract K_D1 = new Contract("K-D1", "CU-6", "Fjord Analytics AS", "cu-6@example.com",
            "ESSENTIAL", "svc-a", new BigDecimal("15000.00"), EUR, LocalDate.of(2026, 11, 1),
            Optional.empty(), "standard-2024", Optional.empty(), Optional.empty());

    static final ClaimDecision CL_01 = credit(
            claim("CL-01", "K-A1", "2026-11-02T09:15:00+01:00", Channel.EMAIL, 84L, false),
            K_A1, SVC_A, "99.9", "10", "500.00", Termination.NONE);
    static final ClaimDecision CL_02 = new ClaimDecision(
            claim("CL-02", "K-A2", "2026-11-02T10:00:00+01:00", Channel.PORTAL, null, false),
            Optional.of(K_A2), Outcome.REJECTED, Reason.NO_CREDIT_DUE, Optional.of(SVC_A),
            Optional.of(new BigDecimal("99.8")), Optional.empty(), Optional.empty(), Optional.empty(), Termination.NONE,
            Optional.empty());
    static final ClaimDecision CL_03 = credit(
            claim("CL-03", "K-B1", "2026-11-03T08:00:00Z", Channel.LETTER, 200L, false),
            K_B1, SVC_B, "99.85", "10", "200.00", Termination.NONE);
    static final ClaimDecision CL_04 = new ClaimDecision(
            claim("CL-04", "K-C1", "2026-11-10T16:45:00+01:00", Channel.EMAIL, 1_500L, true),
            Optional.of(K_C1), Outcome.TERMINATION_REFUND, Reason.MATERIAL_BREACH, Optional.of(SVC_C),
            Optional.of(new BigDecimal("99.9")), Optional.empty(), Optional.of(new Money(new BigDecimal("16767.12"), EUR)),
            Optional.of(Settlement.REFUND), Termination.GRANTED, Optional.of(LocalDate.of(2026, 11, 10)));
    static final ClaimDecision CL_05 = credit(
            claim("CL-05", "K-C2", "2026-11-04T11:00:00+01:00", Channel.EMAIL, null, false),
            K_C2, SVC_C, "99.8", "30", "300.00", Termination.NONE);
    static final ClaimDecision CL_06 = rejected(
            claim("CL-06", "K-A1", "2026-11-04T09:00:00+01:00", Channel.EMAIL, 84L, false),
            Optional.of(K_A1), Reason.DUPLICATE);
    static final ClaimDecision CL_07 = rejected(
            claim("CL-07", "K-A2", "2026-11-01T12:00:00+01:00", Channel.PHONE, null, false),
            Optional.of(K_A2), Reason.NOT_IN_WRITING);
    static final ClaimDecision CL_08 = rejected(
            claim("CL-08", "K-B1", "2026-12-01T00:00:00+01:00", Channel.EMAIL, null, false),
            Optional.of(K_B1), Reason.LATE);
    static final ClaimDecision CL_09 = rejected(
            claim("CL-09", "K-ZZ", "2026-11-02T09:00:00+01:00", Channel.EMAIL, null, false),
            Optional.empty(), Reason.UNKNOWN_CONTRACT);
    static final ClaimDecision CL_11 = rejected(
            claim("CL-11", "K-D1", "2026-11-02T09:00:00+01:00", Channel.EMAIL, null, false),
            Optional.of(K_D1), Reason.NOT_COVERED);
    static final ClaimDecision CL_12 = credit(
            claim("CL-12", "K-B2", "2026-11-02T09:00:00+01:00", Channel.PORTAL, null, true),
            K_B2, SVC_B, "99.85", "10", "150.00", Termination.DENIED);

    /** Sorted by claim id, as the job hands them to the writer. */
    static final List<ClaimDecision> DECISIONS =
            List.of(CL_01, CL_02, CL_03, CL_04, CL_05, CL_06, CL_07, CL_08, CL_09, CL_11, CL_12);

    private October() {
    }

    static Contract contract(String id, String customer, String edition, String service, String fee, Currency currency) {
        return contract(id, customer, edition, service, fee, currency, "standard-2024");
    }

    static Contract contract(String id, String customer, String edition, String service, String fee, Currency currency,
            String policy) {
        return new Contract(id, customer, customer + " Ltd", customer.toLowerCase() + "@example.com", edition,
                service, new BigDecimal(fee), currency, LocalDate.of(2023, 1, 1), Optional.empty(), policy,
                Optional.empty(), Optional.empty());
    }

    static Claim claim(String id, String contractId, String receivedAt, Channel channel, Long claimedMinutes,
            boolean terminate) {
        return claim(id, contractId, PERIOD, receivedAt, channel, claimedMinutes, terminate);
    }

    static Claim claim(String id, String contractId, ServicePeriod period, String receivedAt, Channel channel,
            Long claimedMinutes, boolean terminate) {
        Instant received = OffsetDateTime.parse(receivedAt).toInstant();
        OptionalLong claimed = claimedMinutes == null ? OptionalLong.empty() : OptionalLong.of(claimedMinutes);
        return new Claim(id, contractId, period, received, channel, claimed, terminate);
    }

    /** A credit settled on the next invoice, as every credit of the October example is. */
    static ClaimDecision credit(Claim claim, Contract contract, Availability availability, String guarantee,
            String percent, String amount, Termination termination) {
        return credit(claim, contract, availability, guarantee, percent, amount, Settlement.NEXT_INVOICE, termination);
    }

    static ClaimDecision credit(Claim claim, Contract contract, Availability availability, String guarantee,
            String percent, String amount, Settlement settlement, Termination termination) {
        return new ClaimDecision(claim, Optional.of(contract), Outcome.CREDIT, Reason.TIER, Optional.of(availability),
                Optional.of(new BigDecimal(guarantee)), Optional.of(new BigDecimal(percent)),
                Optional.of(new Money(new BigDecimal(amount), contract.currency())), Optional.of(settlement),
                termination, Optional.empty());
    }

    static ClaimDecision rejected(Claim claim, Optional<Contract> contract, Reason reason) {
        return new ClaimDecision(claim, contract, Outcome.REJECTED, reason, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                claim.terminationElected() ? Termination.DENIED : Termination.NONE, Optional.empty());
    }
}
