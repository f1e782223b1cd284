package com.slacredits.reports;

import static com.slacredits.reports.October2026.EUR;
import static com.slacredits.reports.October2026.USD;
import static com.slacredits.reports.October2026.automatic;
import static com.slacredits.reports.October2026.claim;
import static com.slacredits.reports.October2026.credit;
import static com.slacredits.reports.October2026.measured;
import static com.slacredits.reports.October2026.rejected;

import com.slacredits.domain.Availability;
import com.slacredits.domain.Channel;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.MonitoringGap;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.RunSummary;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 30 decisions of examples/five-packs-2026 (run with --as-of=2027-01-05), built by hand from its
 * README and expected/decisions.csv: every pack of policy-packs.md, section 7, in one run. The slot
 * counts are the README's, so each availability shows as decisions.csv has it.
 */
final class FivePacks2026 {

    static final LocalDate AS_OF = LocalDate.of(2027, 1, 5);
    static final long RUN_ID = 57;
    static final Currency JPY = Currency.getInstance("JPY");

    static final ServicePeriod OCT = ServicePeriod.month(YearMonth.of(2026, 10));
    static final ServicePeriod NOV = ServicePeriod.month(YearMonth.of(2026, 11));
    static final ServicePeriod DEC = ServicePeriod.month(YearMonth.of(2026, 12));
    static final ServicePeriod Q4 = ServicePeriod.quarter(2026, 4);

    // standard-2024
    static final Contract K_S1 = October2026.contract("K-S1", "CU-10", "Gouda Bikes B.V.", "STARTER", "svc-std-1", "9999.99", EUR, "2025-01-01");
    static final Contract K_G1 = October2026.contract("K-G1", "CU-11", "Hokuto Trading K.K.", "GROWTH", "svc-std-2", "1249950", JPY, "2025-04-01");
    static final Contract K_E1 = October2026.endingOn(October2026.contract("K-E1", "CU-12", "Ijssel Insurance N.V.", "ENTERPRISE", "svc-std-3", "48000.00", EUR, "2024-01-01"),
            LocalDate.of(2026, 12, 31));
    // iot-cloud-2022
    static final Contract K_I1 = onPack("K-I1", "CU-20", "Varna Smart Homes AD", "ENTERPRISE_DASHBOARD", "iot-dash", "36000.00", EUR, "2024-06-01", Packs.IOT);
    static final Contract K_I2 = onPack("K-I2", "CU-20", "Varna Smart Homes AD", "HOME_APP", "iot-app", "21000.00", EUR, "2024-06-01", Packs.IOT);
    static final Contract K_I3 = onPack("K-I3", "CU-20", "Varna Smart Homes AD", "BACKEND_API", "iot-api", "55555.55", EUR, "2024-06-01", Packs.IOT);
    // cpaas-2024
    static final Contract K_V1 = onPack("K-V1", "CU-30", "Lisbon Call Centers Lda", "VOICE", "voice-trunk-1|voice-trunk-2", "40000.00", USD, "2025-01-01", Packs.CPAAS);
    static final Contract K_M1 = onPack("K-M1", "CU-30", "Lisbon Call Centers Lda", "BUSINESS_MESSAGING", "cpaas-msg", "12000.00", USD, "2025-01-01", Packs.CPAAS);
    static final Contract K_SC1 = onPack("K-SC1", "CU-31", "Malmo Service Desk AB", "SERVICE_CLOUD", "cpaas-sc", "30000.00", USD, "2026-11-16", Packs.CPAAS);
    // plm-2022: the guarantee is each contract's own
    static final Contract K_P1 = withGuarantee(onPack("K-P1", "CU-40", "Namur Machine Works SA", "PLATFORM", "plm-core", "90000.00", EUR, "2022-01-01", Packs.PLM), "99.5");
    static final Contract K_P2 = October2026.endingOn(withGuarantee(onPack("K-P2", "CU-41", "Oostende Yachts NV", "PLATFORM", "plm-core", "24000.00", EUR, "2025-12-01", Packs.PLM), "99.45"),
            LocalDate.of(2026, 11, 30));
    // northwind-60d, the customer's own
    static final Contract K_N1 = onPack("K-N1", "CU-50", "Northwind Traders LLC", "BUSINESS", "nw-web", "30000.00", USD, "2025-03-01", Packs.NORTHWIND);
    static final Contract K_N2 = onPack("K-N2", "CU-51", "Oranje Media B.V.", "BUSINESS", "nw-db", "20000.00", EUR, "2025-09-01", Packs.NORTHWIND);

    static final ClaimDecision AUTO_K_I1_OCT = auto(K_I1, OCT, 44_700, 60, 153, "99.9", "15", "450.00");
    static final ClaimDecision AUTO_K_I1_NOV = auto(K_I1, NOV, 43_200, 0, 47, "99.9", "15", "450.00");
    static final ClaimDecision AUTO_K_I1_DEC = autoMeasured(K_I1, DEC, Outcome.REJECTED, Reason.NO_CREDIT_DUE, 44_640, 0, 44, "99.9");
    static final ClaimDecision AUTO_K_I2_OCT = auto(K_I2, OCT, 44_700, 0, 600, "99.9", "25", "437.50");
    static final ClaimDecision AUTO_K_I2_NOV = auto(K_I2, NOV, 43_200, 0, 4_400, "99.9", "40", "700.00");
    static final ClaimDecision AUTO_K_I2_DEC = auto(K_I2, DEC, 44_640, 0, 1_500, "99.9", "32", "560.00");
    static final ClaimDecision AUTO_K_I3_OCT = autoMeasured(K_I3, OCT, Outcome.REJECTED, Reason.NO_CREDIT_DUE, 44_700, 0, 0, "99.9");
    static final ClaimDecision AUTO_K_I3_NOV = auto(K_I3, NOV, 43_200, 0, 44, "99.9", "15", "694.44");
    /** Below the guarantee (99.897 %), but U = 43 is in no row of the downtime table. */
    static final ClaimDecision AUTO_K_I3_DEC = autoMeasured(K_I3, DEC, Outcome.REJECTED, Reason.NO_CREDIT_DUE, 44_640, 2_880, 43, "99.9");
    static final ClaimDecision AUTO_K_M1_Q4 = autoMeasured(K_M1, Q4, Outcome.COMPLIANCE, Reason.MET, 132_540, 45, 13, "99.99");
    static final ClaimDecision AUTO_K_V1_Q4 = autoMeasured(K_V1, Q4, Outcome.COMPLIANCE, Reason.MISSED, 132_540, 50, 20, "99.99");
    static final ClaimDecision AUTO_K_SC1_Q4 = autoMeasured(K_SC1, Q4, Outcome.COMPLIANCE, Reason.MISSED, 66_240, 120, 120, "99.9");
    static final ClaimDecision AUTO_K_P1_OCT = autoMeasured(K_P1, OCT, Outcome.COMPLIANCE, Reason.MET, 44_700, 90, 200, "99.5");
    static final ClaimDecision AUTO_K_P1_NOV = autoMeasured(K_P1, NOV, Outcome.COMPLIANCE, Reason.MISSED, 43_200, 120, 230, "99.5");
    static final ClaimDecision AUTO_K_P1_DEC = autoMeasured(K_P1, DEC, Outcome.COMPLIANCE, Reason.MET, 44_640, 0, 30, "99.5");
    static final ClaimDecision AUTO_K_P2_OCT = autoMeasured(K_P2, OCT, Outcome.COMPLIANCE, Reason.MET, 44_700, 90, 200, "99.45");
    static final ClaimDecision AUTO_K_P2_NOV = autoMeasured(K_P2, NOV, Outcome.COMPLIANCE, Reason.MET, 43_200, 120, 230, "99.45");

    static final ClaimDecision CL_01 = credit(claim("CL-01", "K-S1", NOV, "2026-12-03T10:00:00+01:00", Channel.EMAIL, 190L, false),
            K_S1, Reason.TIER, new Availability(43_200, 60, 150), "99.8", "10", "83.33", Settlement.NEXT_INVOICE, Termination.NONE);
    static final ClaimDecision CL_02 = rejected(claim("CL-02", "K-S1", Q4, "2027-01-02T09:00:00+01:00", Channel.PORTAL, null, false),
            K_S1, Reason.WRONG_PERIOD);
    static final ClaimDecision CL_03 = credit(claim("CL-03", "K-S1", DEC, "2027-01-03T11:00:00+01:00", Channel.EMAIL, 1800L, false),
            K_S1, Reason.MATERIAL_BREACH, new Availability(44_640, 0, 1_800), "99.8", "30", "250.00", Settlement.NEXT_INVOICE, Termination.NONE);
    static final ClaimDecision CL_04 = credit(claim("CL-04", "K-G1", DEC, "2027-01-04T09:30:00+09:00", Channel.LETTER, 500L, false),
            K_G1, Reason.TIER, new Availability(44_640, 0, 500), "99.85", "20", "20833", Settlement.NEXT_INVOICE, Termination.NONE);
    /** K-E1 ends on 2026-12-31, before the as-of date: no later invoice, so the credit is refunded. */
    static final ClaimDecision CL_05 = credit(claim("CL-05", "K-E1", DEC, "2027-01-02T14:00:00Z", Channel.PORTAL, 60L, false),
            K_E1, Reason.TIER, new Availability(44_640, 0, 60), "99.9", "10", "400.00", Settlement.REFUND, Termination.NONE);
    static final ClaimDecision CL_06 = measured(claim("CL-06", "K-G1", NOV, "2026-12-10T08:00:00Z", Channel.EMAIL, 90L, false),
            K_G1, Outcome.REJECTED, Reason.NO_CREDIT_DUE, new Availability(43_200, 0, 60), "99.85");
    static final ClaimDecision CL_07 = rejected(claim("CL-07", "K-I2", OCT, "2026-11-05T09:00:00+02:00", Channel.EMAIL, 600L, false),
            K_I2, Reason.AUTOMATIC);
    /** A month for a quarterly pack: AUTOMATIC is checked before WRONG_PERIOD. */
    static final ClaimDecision CL_08 = rejected(claim("CL-08", "K-M1", OCT, "2026-11-03T10:00:00+01:00", Channel.PORTAL, null, false),
            K_M1, Reason.AUTOMATIC);
    static final ClaimDecision CL_09 = credit(claim("CL-09", "K-N1", OCT, "2026-12-20T16:00:00+01:00", Channel.EMAIL, 450L, false),
            K_N1, Reason.TIER, new Availability(44_700, 0, 447), "99.5", "10", "250.00", Settlement.NEXT_INVOICE, Termination.NONE);
    /** A breach under remedy: CREDIT: the breach credit, and the elected termination refused. */
    static final ClaimDecision CL_10 = credit(claim("CL-10", "K-N2", NOV, "2026-12-02T09:00:00+01:00", Channel.LETTER, 2400L, true),
            K_N2, Reason.MATERIAL_BREACH, new Availability(43_200, 0, 2_400), "99.5", "100", "1666.67", Settlement.NEXT_INVOICE,
            Termination.DENIED);
    static final ClaimDecision CL_11 = rejected(claim("CL-11", "K-N1", OCT, "2026-12-31T00:00:00+01:00", Channel.EMAIL, null, false),
            K_N1, Reason.LATE);
    static final ClaimDecision CL_12 = credit(claim("CL-12", "K-N1", DEC, "2027-01-04T10:00:00+01:00", Channel.PORTAL, 1000L, false),
            K_N1, Reason.TIER, new Availability(44_640, 0, 1_000), "99.5", "25", "625.00", Settlement.NEXT_INVOICE, Termination.NONE);
    static final ClaimDecision CL_13 = rejected(claim("CL-13", "K-E1", NOV, "2026-12-04T15:00:00+01:00", Channel.CHAT, null, false),
            K_E1, Reason.NOT_IN_WRITING);

    static final List<ClaimDecision> DECISIONS = List.of(
            AUTO_K_I1_OCT, AUTO_K_I1_NOV, AUTO_K_I1_DEC, AUTO_K_I2_OCT, AUTO_K_I2_NOV, AUTO_K_I2_DEC,
            AUTO_K_I3_OCT, AUTO_K_I3_NOV, AUTO_K_I3_DEC, AUTO_K_M1_Q4, AUTO_K_P1_OCT, AUTO_K_P1_NOV, AUTO_K_P1_DEC,
            AUTO_K_P2_OCT, AUTO_K_P2_NOV, AUTO_K_SC1_Q4, AUTO_K_V1_Q4,
            CL_01, CL_02, CL_03, CL_04, CL_05, CL_06, CL_07, CL_08, CL_09, CL_10, CL_11, CL_12, CL_13);

    // Not in the example: the cases no built-in pack or run of it shows.

    /** Harbour Quarterly SLA 2026: a quarter's credit, 10 % of 40,000.00 / 4. 132,240 / 132,540 = 99.773 %. */
    static final Contract K_Q1 = onPack("K-Q1", "CU-60", "Harbour Freight B.V.", "BUSINESS", "svc-harbour", "40000.00", EUR, "2025-01-01", Packs.QUARTERLY);
    static final ClaimDecision CL_Q1 = credit(claim("CL-Q1", "K-Q1", Q4, "2027-01-04T09:00:00+01:00", Channel.EMAIL, null, false),
            K_Q1, Reason.TIER, new Availability(132_540, 0, 300), "99.9", "10", "1000.00", Settlement.NEXT_INVOICE, Termination.NONE);

    /**
     * Delta Foods' K-C1 of the October example, terminated by CL-04 at the end of 2026-11-10. Its
     * November (ten covered days, 14,400 slots, 600 down: 95.833 %) is again a material breach, and the
     * claim elects termination again: a credit of 30 %, the termination refused, the credit refunded
     * because the coverage has ended.
     */
    static final Contract K_C1_TERMINATED = new Contract("K-C1", "CU-4", "Delta Foods GmbH", "cu-4@example.com", "ENTERPRISE",
            "svc-c", new BigDecimal("120000.00"), EUR, LocalDate.of(2023, 1, 1), Optional.empty(), Packs.STANDARD,
            Optional.empty(), Optional.of(LocalDate.of(2026, 11, 10)));
    static final ClaimDecision CL_T2 = credit(claim("CL-T2", "K-C1", NOV, "2026-12-02T09:00:00+01:00", Channel.EMAIL, null, true),
            K_C1_TERMINATED, Reason.MATERIAL_BREACH, new Availability(14_400, 0, 600), "99.9", "30", "3000.00",
            Settlement.REFUND, Termination.DENIED);

    /** Statements per customer, as the run must write them. */
    static final Map<String, List<String>> CLAIMS_BY_CUSTOMER = new TreeMap<>(Map.ofEntries(
            Map.entry("CU-10", List.of("CL-01", "CL-02", "CL-03")),
            Map.entry("CU-11", List.of("CL-04", "CL-06")),
            Map.entry("CU-12", List.of("CL-05", "CL-13")),
            Map.entry("CU-20", List.of("AUTO-K-I1-2026-10", "AUTO-K-I1-2026-11", "AUTO-K-I1-2026-12",
                    "AUTO-K-I2-2026-10", "AUTO-K-I2-2026-11", "AUTO-K-I2-2026-12", "AUTO-K-I3-2026-10",
                    "AUTO-K-I3-2026-11", "AUTO-K-I3-2026-12", "CL-07")),
            Map.entry("CU-30", List.of("AUTO-K-M1-2026-Q4", "AUTO-K-V1-2026-Q4", "CL-08")),
            Map.entry("CU-31", List.of("AUTO-K-SC1-2026-Q4")),
            Map.entry("CU-40", List.of("AUTO-K-P1-2026-10", "AUTO-K-P1-2026-11", "AUTO-K-P1-2026-12")),
            Map.entry("CU-41", List.of("AUTO-K-P2-2026-10", "AUTO-K-P2-2026-11")),
            Map.entry("CU-50", List.of("CL-09", "CL-11", "CL-12")),
            Map.entry("CU-51", List.of("CL-10"))));

    private FivePacks2026() {
    }

    /** The run's summary; {@code gaps} are the services without monitoring data in a period it needed. */
    static RunSummary summary(List<MonitoringGap> gaps) {
        return new RunSummary(AS_OF, false, DECISIONS, 0, new TreeMap<>(), gaps);
    }

    static StatementRun run() {
        return new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, RUN_ID, AS_OF, false);
    }

    static Contract onPack(String id, String customerId, String name, String edition, String service, String fee,
            Currency currency, String start, String policy) {
        return October2026.contract(id, customerId, name, edition, service, fee, currency, start, policy);
    }

    static Contract withGuarantee(Contract contract, String guaranteePct) {
        return new Contract(contract.contractId(), contract.customerId(), contract.customerName(),
                contract.customerEmail(), contract.edition(), contract.serviceId(), contract.annualFee(),
                contract.currency(), contract.startDate(), contract.endDate(), contract.policyId(),
                Optional.of(new BigDecimal(guaranteePct)), contract.terminatedOn());
    }

    static ClaimDecision auto(Contract contract, ServicePeriod period, long total, long excused, long down,
            String guarantee, String percent, String amount) {
        return credit(automatic(contract, period), contract, Reason.TIER, new Availability(total, excused, down), guarantee,
                percent, amount, Settlement.NEXT_INVOICE, Termination.NONE);
    }

    static ClaimDecision autoMeasured(Contract contract, ServicePeriod period, Outcome outcome, Reason reason, long total,
            long excused, long down, String guarantee) {
        return measured(automatic(contract, period), contract, outcome, reason, new Availability(total, excused, down),
                guarantee);
    }
}
