package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Policy packs, section 4: the periods a run decides itself for a contract on an automatic pack, each once:
 * ended, covered on at least one day, not decided yet, and not before monitoring began.
 */
class AutomaticPeriodsTest {

    private static final PolicyPack IOT = Packs.iotCloud2022();
    private static final PolicyPack CPAAS = Packs.cpaas2024();
    private static final PolicyPack PLM = Packs.plm2022();
    /** The five-packs example's first probe: 2026-10-01T00:17:13Z, October in every zone. */
    private static final Instant OCTOBER_FIRST_PROBE = Instant.parse("2026-10-01T00:17:13Z");

    @Test
    void only_periods_that_have_ended_before_the_run_s_date() {
        Contract contract = iot("K-I1").build();

        assertThat(due(contract, IOT, "2027-01-05")).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(due(contract, IOT, "2027-01-01")).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(due(contract, IOT, "2026-12-31")).containsExactly("2026-10", "2026-11");
        assertThat(due(contract, IOT, "2026-11-01")).containsExactly("2026-10");
        assertThat(due(contract, IOT, "2026-10-31")).isEmpty();
    }

    @Test
    void only_periods_the_contract_covers_on_at_least_one_day() {
        assertThat(due(iot("K-1").until("2026-11-30").build(), IOT, "2027-01-05")).containsExactly("2026-10", "2026-11");
        // One day of November is enough.
        assertThat(due(iot("K-2").until("2026-11-01").build(), IOT, "2027-01-05")).containsExactly("2026-10", "2026-11");
        assertThat(due(iot("K-3").until("2026-10-31").build(), IOT, "2027-01-05")).containsExactly("2026-10");
        assertThat(due(iot("K-4").from("2026-12-31").build(), IOT, "2027-01-05")).containsExactly("2026-12");
        // A granted termination ends the coverage as an end date does.
        assertThat(due(iot("K-5").terminatedOn("2026-10-31").build(), IOT, "2027-01-05")).containsExactly("2026-10");
        assertThat(due(iot("K-6").from("2027-01-01").build(), IOT, "2027-01-05")).isEmpty();
        // The five-packs example, K-P2: ends 30 November, so no December.
        Contract p2 = AContract.id("K-P2").edition("PLATFORM").policy(Packs.PLM).guarantee("99.45").from("2025-12-01")
                .until("2026-11-30").build();
        assertThat(due(p2, PLM, "2027-01-05")).containsExactly("2026-10", "2026-11");
    }

    @Test
    void periods_already_decided_are_skipped() {
        Contract contract = iot("K-I1").build();
        Set<ServicePeriod> decided = Set.of(ServicePeriod.parse("2026-11"));

        assertThat(AutomaticPeriods.due(contract, IOT, LocalDate.parse("2027-01-05"), OCTOBER_FIRST_PROBE, decided))
                .extracting(ServicePeriod::toString).containsExactly("2026-10", "2026-12");
        assertThat(AutomaticPeriods.due(contract, IOT, LocalDate.parse("2027-01-05"), OCTOBER_FIRST_PROBE,
                Set.of(ServicePeriod.parse("2026-10"), ServicePeriod.parse("2026-11"), ServicePeriod.parse("2026-12"))))
                .isEmpty();
    }

    @Test
    void nothing_before_monitoring_began() {
        // The contract began in 2024; the records begin in October 2026, or in November.
        Contract contract = iot("K-I1").from("2024-06-01").build();

        assertThat(due(contract, IOT, "2027-01-05")).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(AutomaticPeriods.due(contract, IOT, LocalDate.parse("2027-01-05"),
                Instant.parse("2026-11-15T12:00:00Z"), Set.of()))
                .extracting(ServicePeriod::toString).containsExactly("2026-11", "2026-12");
        // Monitoring that began after the run's date leaves nothing to decide.
        assertThat(AutomaticPeriods.due(contract, IOT, LocalDate.parse("2027-01-05"),
                Instant.parse("2027-02-01T00:00:00Z"), Set.of())).isEmpty();
    }

    @Test
    void nor_before_the_contract_began_when_monitoring_is_older() {
        Contract contract = iot("K-I1").from("2026-11-20").build();

        assertThat(AutomaticPeriods.due(contract, IOT, LocalDate.parse("2027-01-05"),
                Instant.parse("2020-01-01T00:00:00Z"), Set.of()))
                .extracting(ServicePeriod::toString).containsExactly("2026-11", "2026-12");
    }

    @Test
    void the_month_monitoring_began_in_is_read_in_the_pack_s_zone() {
        // 2026-09-30T21:30Z is 00:30 on 1 October in Sofia (+03:00) but 23:30 on 30 September in Brussels (+02:00).
        Instant lateSeptemberUtc = Instant.parse("2026-09-30T21:30:00Z");
        Contract iot = iot("K-I").build();
        Contract plm = AContract.id("K-P").edition("PLATFORM").policy(Packs.PLM).guarantee("99.5").build();

        assertThat(AutomaticPeriods.due(iot, IOT, LocalDate.parse("2026-11-05"), lateSeptemberUtc, Set.of()))
                .extracting(ServicePeriod::toString).containsExactly("2026-10");
        assertThat(AutomaticPeriods.due(plm, PLM, LocalDate.parse("2026-11-05"), lateSeptemberUtc, Set.of()))
                .extracting(ServicePeriod::toString).containsExactly("2026-09", "2026-10");
    }

    @Test
    void a_quarterly_pack_is_due_by_quarters() {
        Contract voice = AContract.id("K-9").edition("VOICE").on("voice-trunk-1|voice-trunk-2").policy(Packs.CPAAS)
                .from("2025-01-01").build();

        assertThat(due(voice, CPAAS, "2027-01-05")).containsExactly("2026-Q4");
        assertThat(due(voice, CPAAS, "2026-12-31")).isEmpty();
        assertThat(AutomaticPeriods.due(voice, CPAAS, LocalDate.parse("2027-01-05"),
                Instant.parse("2026-01-15T00:00:00Z"), Set.of()))
                .extracting(ServicePeriod::toString).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        // Monitoring that began in the middle of a quarter makes that quarter due.
        assertThat(AutomaticPeriods.due(voice, CPAAS, LocalDate.parse("2027-01-05"),
                Instant.parse("2026-11-15T00:00:00Z"), Set.of()))
                .extracting(ServicePeriod::toString).containsExactly("2026-Q4");
        assertThat(AutomaticPeriods.due(voice, CPAAS, LocalDate.parse("2027-01-05"), OCTOBER_FIRST_PROBE, Set.of()))
                .allSatisfy(period -> assertThat(period.kind()).isEqualTo(PeriodKind.QUARTER));
    }

    @Test
    void a_contract_starting_inside_a_quarter_is_due_that_quarter() {
        // The five-packs example, K-SC1: starts 16 November.
        Contract late = AContract.id("K-SC1").edition("SERVICE_CLOUD").policy(Packs.CPAAS).from("2026-11-16").build();

        assertThat(due(late, CPAAS, "2027-01-05")).containsExactly("2026-Q4");
    }

    @Test
    void a_pack_that_takes_claims_has_no_automatic_periods() {
        Contract standard = AContract.id("K-S").build();

        assertThat(due(standard, Packs.standard2024(), "2027-01-05")).isEmpty();
        assertThat(due(AContract.id("K-N").edition("BUSINESS").policy(Packs.NORTHWIND).build(), Packs.northwind60d(),
                "2027-01-05")).isEmpty();
    }

    @Test
    void the_run_s_own_claim_is_named_after_the_contract_and_the_period() {
        Contract k7 = iot("K-7").build();
        Contract k9 = AContract.id("K-9").edition("VOICE").policy(Packs.CPAAS).build();

        Claim october = Claim.automatic(k7, ServicePeriod.parse("2026-10"), IOT);
        Claim quarter = Claim.automatic(k9, ServicePeriod.parse("2026-Q4"), CPAAS);

        assertThat(october.claimId()).isEqualTo("AUTO-K-7-2026-10");
        assertThat(quarter.claimId()).isEqualTo("AUTO-K-9-2026-Q4");
        assertThat(Claim.AUTOMATIC_PREFIX).isEqualTo("AUTO-");
        for (Claim claim : List.of(october, quarter)) {
            assertThat(claim.channel()).isEqualTo(Channel.SYSTEM);
            assertThat(claim.isAutomatic()).isTrue();
            assertThat(claim.claimedDowntimeMinutes()).isEmpty();
            assertThat(claim.terminationElected()).isFalse();
        }
        assertThat(october.contractPeriod()).isEqualTo(new ContractPeriod("K-7", ServicePeriod.parse("2026-10")));
        // As if received when the period ended, in the pack's zone.
        assertThat(october.receivedAt()).isEqualTo(at("2026-11-01T00:00:00+02:00"));
        assertThat(quarter.receivedAt()).isEqualTo(at("2027-01-01T00:00:00+01:00"));
    }

    @Test
    void system_is_written_but_never_a_channel_a_customer_can_claim_by() {
        assertThat(Channel.SYSTEM.isWritten()).isTrue();
        assertThat(Channel.ofClaims()).containsExactly(Channel.EMAIL, Channel.PORTAL, Channel.LETTER, Channel.PHONE,
                Channel.CHAT);
    }

    private static AContract iot(String id) {
        return AContract.id(id).edition("HOME_APP").on("iot-app").policy(Packs.IOT).from("2024-06-01");
    }

    private static List<String> due(Contract contract, PolicyPack pack, String asOf) {
        return AutomaticPeriods.due(contract, pack, LocalDate.parse(asOf), OCTOBER_FIRST_PROBE, Set.of()).stream()
                .map(ServicePeriod::toString).toList();
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
