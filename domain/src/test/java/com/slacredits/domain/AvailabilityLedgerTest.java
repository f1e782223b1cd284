package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Credit rules, sections 2-4 together: T, E and U of a contract in a service month.
 *
 * <p>October 2026 in Europe/Amsterdam runs from 2026-09-30T22:00Z to 2026-10-31T23:00Z: 44,700 slots.
 */
class AvailabilityLedgerTest {

    private static final PolicyPack STANDARD = PolicyCatalog.standard2024();
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final List<SlotTimeline> timelines = new ArrayList<>();
    private final List<ExcusedWindow> windows = new ArrayList<>();

    @Test
    void a_month_without_outages_is_fully_available() {
        SlotTimeline svc = timeline("svc");
        up(svc, "2026-10-12T08:00:00Z", 60);

        assertThat(availability(contract("svc"), OCTOBER)).isEqualTo(new Availability(44_700, 0, 0));
    }

    @Test
    void only_counting_outages_are_downtime() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-03T08:00:00Z", 4);
        down(svc, "2026-10-12T08:00:00Z", 50);

        Availability october = availability(contract("svc"), OCTOBER);

        assertThat(october).isEqualTo(new Availability(44_700, 0, 50));
        // 44,650 / 44,700 = 99.88814...
        assertThat(october.percentShown()).hasToString("99.888");
    }

    @Test
    void no_data_counts_as_available() {
        // Only ten probes in the whole month: every other slot is NO_DATA, which is time, not downtime.
        SlotTimeline svc = timeline("svc");
        up(svc, "2026-10-12T08:00:00Z", 10);

        assertThat(availability(contract("svc"), OCTOBER).percentShown()).hasToString("100.000");
        assertThat(ledger().hasMonitoringData("svc", STANDARD, OCTOBER)).isTrue();
    }

    @Test
    void an_outage_across_the_month_end_counts_in_both_months_each_taking_its_own_slots() {
        // 23:58 local on 31 October to 00:03 local on 1 November: 2 slots in October, 3 in November,
        // neither part long enough alone; the run of 5 counts.
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-31T22:58:00Z", 5);
        up(svc, "2026-10-31T23:03:00Z", 1);

        assertThat(availability(contract("svc"), OCTOBER)).isEqualTo(new Availability(44_700, 0, 2));
        assertThat(availability(contract("svc"), NOVEMBER)).isEqualTo(new Availability(43_200, 0, 3));
    }

    @Test
    void a_four_minute_outage_across_the_month_end_counts_in_neither_month() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-31T22:58:00Z", 4);

        assertThat(availability(contract("svc"), OCTOBER).downtimeSlots()).isZero();
        assertThat(availability(contract("svc"), NOVEMBER).downtimeSlots()).isZero();
    }

    @Test
    void maintenance_announced_exactly_48_hours_ahead_takes_its_slots_out_of_the_month() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-20T00:00:00Z", 30);
        maintenance("svc", "2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z", "2026-10-18T00:00:00Z");

        Availability october = availability(contract("svc"), OCTOBER);

        assertThat(october).isEqualTo(new Availability(44_700, 60, 0));
        assertThat(october.percentShown()).hasToString("100.000");
    }

    @Test
    void maintenance_announced_47_hours_59_minutes_ahead_leaves_its_downtime_in() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-20T00:00:00Z", 30);
        maintenance("svc", "2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z", "2026-10-18T00:01:00Z");

        Availability october = availability(contract("svc"), OCTOBER);

        assertThat(october).isEqualTo(new Availability(44_700, 0, 30));
        // 44,670 / 44,700 = 99.93288...
        assertThat(october.percentShown()).hasToString("99.932");
    }

    @Test
    void an_outage_reaching_out_of_an_excused_window_is_downtime_for_the_slots_outside() {
        // Down 00:57-01:02: one run of 6 slots, of which 00:57-00:59 are excused. The run counts (6 >= 5),
        // and its 3 slots outside the window are downtime, although 3 alone would not make an outage.
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-20T00:57:00Z", 6);
        window("svc", WindowCause.THIRD_PARTY, "2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z");

        assertThat(availability(contract("svc"), OCTOBER)).isEqualTo(new Availability(44_700, 60, 3));
    }

    @Test
    void a_window_across_the_month_end_excuses_its_slots_in_each_month() {
        window("svc", WindowCause.FORCE_MAJEURE, "2026-10-31T22:30:00Z", "2026-10-31T23:30:00Z");

        assertThat(availability(contract("svc"), OCTOBER)).isEqualTo(new Availability(44_700, 30, 0));
        assertThat(availability(contract("svc"), NOVEMBER)).isEqualTo(new Availability(43_200, 30, 0));
    }

    @Test
    void a_window_of_another_service_excuses_nothing() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-20T00:00:00Z", 30);
        window("other", WindowCause.THIRD_PARTY, "2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z");

        assertThat(availability(contract("svc"), OCTOBER)).isEqualTo(new Availability(44_700, 0, 30));
    }

    @Test
    void a_contract_starting_mid_month_measures_only_its_own_days() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-10T12:00:00Z", 50);
        // 21:57Z-22:03Z on 15 October: 3 slots before the new contract starts (16 October 00:00 = 22:00Z), 3 after.
        down(svc, "2026-10-15T21:57:00Z", 6);
        down(svc, "2026-10-20T12:00:00Z", 20);
        Contract old = contract("K-OLD", "svc", "2024-01-01", null);
        Contract fresh = contract("K-NEW", "svc", "2026-10-16", null);

        // From 16 October 00:00 (+02:00) to 1 November 00:00 (+01:00): 16 days and the hour given back.
        assertThat(availability(fresh, OCTOBER)).isEqualTo(new Availability(16 * 1440 + 60, 0, 3 + 20));
        assertThat(availability(old, OCTOBER)).isEqualTo(new Availability(44_700, 0, 50 + 6 + 20));
        // 23,077 / 23,100 = 99.90043...; 44,624 / 44,700 = 99.82997...
        assertThat(availability(fresh, OCTOBER).percentShown()).hasToString("99.900");
        assertThat(availability(old, OCTOBER).percentShown()).hasToString("99.829");
    }

    @Test
    void a_contract_ending_mid_month_measures_up_to_the_end_of_its_last_day() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-10T12:00:00Z", 50);
        down(svc, "2026-10-15T21:57:00Z", 6);
        down(svc, "2026-10-20T12:00:00Z", 20);
        Contract ending = contract("K-END", "svc", "2024-01-01", "2026-10-15");

        // 1 October 00:00 to 16 October 00:00, both +02:00: 15 days.
        assertThat(availability(ending, OCTOBER)).isEqualTo(new Availability(15 * 1440, 0, 50 + 3));
    }

    @Test
    void a_month_the_contract_does_not_cover_measures_nothing() {
        Contract later = contract("K-LATER", "svc", "2026-11-01", null);

        assertThat(availability(later, OCTOBER)).isEqualTo(new Availability(0, 0, 0));
    }

    @Test
    void a_service_without_any_record_has_no_downtime_and_no_monitoring_data() {
        Availability october = availability(contract("silent"), OCTOBER);

        assertThat(october).isEqualTo(new Availability(44_700, 0, 0));
        assertThat(ledger().hasMonitoringData("silent", STANDARD, OCTOBER)).isFalse();
    }

    @Test
    void monitoring_data_is_looked_for_in_the_local_month() {
        SlotTimeline svc = timeline("svc");
        // 23:30Z on 31 October is 00:30 local on 1 November.
        up(svc, "2026-10-31T23:30:00Z", 1);

        assertThat(ledger().hasMonitoringData("svc", STANDARD, OCTOBER)).isFalse();
        assertThat(ledger().hasMonitoringData("svc", STANDARD, NOVEMBER)).isTrue();
    }

    @Test
    void records_of_one_service_from_several_files_are_united() {
        // The first file says DOWN for 50 minutes; the second has one UP probe in the middle of them.
        SlotTimeline first = timeline("svc");
        down(first, "2026-10-12T08:00:00Z", 50);
        SlotTimeline second = timeline("svc");
        up(second, "2026-10-12T08:25:00Z", 1);

        // 08:00-08:24 (25) and 08:26-08:49 (24): both still count.
        assertThat(availability(contract("svc"), OCTOBER)).isEqualTo(new Availability(44_700, 0, 49));
    }

    @Test
    void a_service_shared_by_contracts_reaches_each_contract() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-12T08:00:00Z", 80);
        Contract enterprise = contract("K-E", "svc", "2024-01-01", null);
        Contract starter = new Contract("K-S", "CU-2", "Starter Co", "s@example.com", Edition.STARTER, "svc",
                new BigDecimal("9000.00"), Currency.getInstance("EUR"), LocalDate.parse("2024-01-01"), Optional.empty(),
                PolicyCatalog.DEFAULT_POLICY_ID);

        assertThat(availability(enterprise, OCTOBER)).isEqualTo(new Availability(44_700, 0, 80));
        assertThat(availability(starter, OCTOBER)).isEqualTo(new Availability(44_700, 0, 80));
    }

    private Availability availability(Contract contract, YearMonth month) {
        return ledger().availabilityOf(contract, STANDARD, month);
    }

    private AvailabilityLedger ledger() {
        // A fresh ledger over copies, so that a test may ask twice without the ledger's merging touching the originals.
        List<SlotTimeline> copies = new ArrayList<>();
        for (SlotTimeline original : timelines) {
            SlotTimeline copy = new SlotTimeline(original.serviceId());
            copy.absorb(original);
            copies.add(copy);
        }
        return new AvailabilityLedger(copies, windows);
    }

    private SlotTimeline timeline(String serviceId) {
        SlotTimeline timeline = new SlotTimeline(serviceId);
        timelines.add(timeline);
        return timeline;
    }

    private void maintenance(String serviceId, String startsAt, String endsAt, String announcedAt) {
        windows.add(new ExcusedWindow("W-" + windows.size(), serviceId, WindowCause.MAINTENANCE, at(startsAt),
                at(endsAt), Optional.of(at(announcedAt))));
    }

    private void window(String serviceId, WindowCause cause, String startsAt, String endsAt) {
        windows.add(new ExcusedWindow("W-" + windows.size(), serviceId, cause, at(startsAt), at(endsAt),
                Optional.empty()));
    }

    private static void down(SlotTimeline timeline, String from, int minutes) {
        Instant start = at(from);
        for (int i = 0; i < minutes; i++) {
            timeline.observe(start.plusSeconds(60L * i + 17), ProbeStatus.DOWN);
        }
    }

    private static void up(SlotTimeline timeline, String from, int minutes) {
        Instant start = at(from);
        for (int i = 0; i < minutes; i++) {
            timeline.observe(start.plusSeconds(60L * i + 17), ProbeStatus.UP);
        }
    }

    private static Contract contract(String serviceId) {
        return contract("K-1", serviceId, "2024-01-01", null);
    }

    private static Contract contract(String id, String serviceId, String start, String end) {
        return new Contract(id, "CU-1", "Customer", "cu@example.com", Edition.ENTERPRISE, serviceId,
                new BigDecimal("12000.00"), Currency.getInstance("EUR"), LocalDate.parse(start),
                Optional.ofNullable(end).map(LocalDate::parse), "");
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
