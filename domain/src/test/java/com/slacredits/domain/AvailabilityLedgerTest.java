package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Credit rules, sections 2-4 together: T, E and U of a contract in a service month.
 *
 * <p>October 2026 in Europe/Amsterdam runs from 2026-09-30T22:00Z to 2026-10-31T23:00Z: 44,700 slots.
 */
class AvailabilityLedgerTest {

    private static final PolicyPack STANDARD = Packs.standard2024();
    private static final ServicePeriod OCTOBER = ServicePeriod.month(YearMonth.of(2026, 10));
    private static final ServicePeriod NOVEMBER = ServicePeriod.month(YearMonth.of(2026, 11));
    private static final ServicePeriod Q4 = ServicePeriod.quarter(2026, 4);

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
        assertThat(ledger().hasMonitoringData(contract("svc"), STANDARD, OCTOBER)).isTrue();
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
        assertThat(ledger().hasMonitoringData(contract("silent"), STANDARD, OCTOBER)).isFalse();
    }

    @Test
    void monitoring_data_is_looked_for_in_the_local_month() {
        SlotTimeline svc = timeline("svc");
        // 23:30Z on 31 October is 00:30 local on 1 November.
        up(svc, "2026-10-31T23:30:00Z", 1);

        assertThat(ledger().hasMonitoringData(contract("svc"), STANDARD, OCTOBER)).isFalse();
        assertThat(ledger().hasMonitoringData(contract("svc"), STANDARD, NOVEMBER)).isTrue();
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
        Contract starter = AContract.id("K-S").customer("CU-2").edition("STARTER").on("svc").fee("9000.00")
                .policy(PolicyCatalog.DEFAULT_POLICY_ID).build();

        assertThat(availability(enterprise, OCTOBER)).isEqualTo(new Availability(44_700, 0, 80));
        assertThat(availability(starter, OCTOBER)).isEqualTo(new Availability(44_700, 0, 80));
    }

    // --- quarters (policy packs, section 6) ---

    @Test
    void a_quarter_measures_its_three_months_together() {
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-12T08:00:00Z", 20);
        down(svc, "2026-11-12T08:00:00Z", 30);
        down(svc, "2026-12-12T08:00:00Z", 40);
        Contract voice = onPack("K-Q", "svc", Packs.CPAAS, "SERVICE_CLOUD", "2025-01-01");

        // Q4 2026 in Europe/Amsterdam: 44,700 + 43,200 + 44,640 = 132,540 slots.
        assertThat(availability(voice, Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 0, 90));
        // 132,450 / 132,540 = 99.93209...
        assertThat(availability(voice, Packs.cpaas2024(), Q4).percentShown()).hasToString("99.932");
    }

    @Test
    void a_contract_starting_inside_a_quarter_measures_only_its_own_days_of_it() {
        // The five-packs example, K-SC1: from 16 November 00:00 (+01:00) to 1 January 00:00 (+01:00): 46 days.
        SlotTimeline svc = timeline("cpaas-sc");
        down(svc, "2026-10-20T08:00:00Z", 300);
        down(svc, "2026-11-15T22:30:00Z", 60);
        Contract late = onPack("K-SC1", "cpaas-sc", Packs.CPAAS, "SERVICE_CLOUD", "2026-11-16");

        assertThat(availability(late, Packs.cpaas2024(), Q4)).isEqualTo(new Availability(66_240, 0, 30));
        // Monitoring data is looked for in the whole period, not only the covered days (policy packs, section 8).
        SlotTimeline other = timeline("only-october");
        up(other, "2026-10-02T08:00:00Z", 1);
        assertThat(ledger().hasMonitoringData(onPack("K-X", "only-october", Packs.CPAAS, "VOICE", "2026-11-16"),
                Packs.cpaas2024(), Q4)).isTrue();
    }

    // --- zones: each pack cuts its periods in its own zone ---

    @Test
    void an_hour_that_is_november_in_sofia_is_october_in_amsterdam() {
        // 2026-10-31T22:00Z-23:00Z: 00:00-01:00 on 1 November in Sofia (+02:00), 23:00-24:00 on 31 October in
        // Amsterdam (+01:00).
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-10-31T22:00:00Z", 60);
        Contract iot = onPack("K-I", "svc", Packs.IOT, "HOME_APP", "2024-06-01");
        Contract standard = contract("svc");

        assertThat(availability(iot, Packs.iotCloud2022(), OCTOBER)).isEqualTo(new Availability(44_700, 0, 0));
        assertThat(availability(iot, Packs.iotCloud2022(), NOVEMBER)).isEqualTo(new Availability(43_200, 0, 60));
        assertThat(availability(standard, OCTOBER)).isEqualTo(new Availability(44_700, 0, 60));
        assertThat(availability(standard, NOVEMBER)).isEqualTo(new Availability(43_200, 0, 0));
        assertThat(ledger().hasMonitoringData(iot, Packs.iotCloud2022(), OCTOBER)).isFalse();
        assertThat(ledger().hasMonitoringData(standard, STANDARD, NOVEMBER)).isFalse();
    }

    @Test
    void an_outage_across_sofia_s_month_end_counts_in_both_months() {
        // The five-packs example, iot-dash: 21:57Z-22:47Z is 23:57 on 31 October to 00:47 on 1 November in Sofia.
        SlotTimeline svc = timeline("iot-dash");
        down(svc, "2026-10-31T21:57:00Z", 50);
        Contract dash = onPack("K-I1", "iot-dash", Packs.IOT, "ENTERPRISE_DASHBOARD", "2024-06-01");

        assertThat(availability(dash, Packs.iotCloud2022(), OCTOBER).downtimeSlots()).isEqualTo(3);
        assertThat(availability(dash, Packs.iotCloud2022(), NOVEMBER).downtimeSlots()).isEqualTo(47);
    }

    // --- maintenanceMaxMinutes in the month ---

    @ParameterizedTest(name = "down through a {0}-minute window: E = {1}, U = {2}")
    @CsvSource({"59, 59, 0", "60, 60, 0", "61, 60, 1", "90, 60, 30"})
    void iot_excuses_the_first_60_slots_of_a_maintenance_window_and_the_rest_is_downtime(int minutes, long excused,
            long downtime) {
        SlotTimeline svc = timeline("iot-dash");
        down(svc, "2026-10-06T23:00:00Z", minutes);
        Instant start = at("2026-10-06T23:00:00Z");
        windows.add(new ExcusedWindow("W-I1", "iot-dash", WindowCause.MAINTENANCE, start,
                start.plusSeconds(60L * minutes), Optional.of(at("2026-10-03T10:00:00+03:00"))));
        Contract dash = onPack("K-I1", "iot-dash", Packs.IOT, "ENTERPRISE_DASHBOARD", "2024-06-01");

        assertThat(availability(dash, Packs.iotCloud2022(), OCTOBER))
                .isEqualTo(new Availability(44_700, excused, downtime));
    }

    @Test
    void the_cap_is_taken_from_the_start_of_the_window_not_of_the_month() {
        // 90 minutes from 21:30Z on 31 October; Sofia's November starts at 22:00Z. The first 60 slots run to 22:30Z:
        // 30 in October, 30 in November, and the last 30 minutes of the window excuse nothing.
        windows.add(new ExcusedWindow("W-1", "iot-dash", WindowCause.MAINTENANCE, at("2026-10-31T21:30:00Z"),
                at("2026-10-31T23:00:00Z"), Optional.of(at("2026-10-20T00:00:00Z"))));
        Contract dash = onPack("K-I1", "iot-dash", Packs.IOT, "ENTERPRISE_DASHBOARD", "2024-06-01");

        assertThat(availability(dash, Packs.iotCloud2022(), OCTOBER).excusedSlots()).isEqualTo(30);
        assertThat(availability(dash, Packs.iotCloud2022(), NOVEMBER).excusedSlots()).isEqualTo(30);
    }

    @Test
    void a_cause_the_pack_does_not_list_leaves_its_downtime_in() {
        // The five-packs example, svc-std-3: EMERGENCY_MAINTENANCE is not a cause of standard-2024.
        SlotTimeline svc = timeline("svc");
        down(svc, "2026-12-08T02:00:00Z", 60);
        window("svc", WindowCause.EMERGENCY_MAINTENANCE, "2026-12-08T03:00:00+01:00", "2026-12-08T04:00:00+01:00");
        Contract enterprise = contract("svc");
        Contract cpaas = onPack("K-C", "svc", Packs.CPAAS, "SERVICE_CLOUD", "2025-01-01");

        assertThat(availability(enterprise, ServicePeriod.month(YearMonth.of(2026, 12))))
                .isEqualTo(new Availability(44_640, 0, 60));
        assertThat(availability(cpaas, Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 60, 0));
    }

    // --- services that back each other up (policy packs, section 5) ---

    @Test
    void overlapping_outages_of_two_trunks_count_and_the_rest_of_each_is_up() {
        SlotTimeline one = timeline("trunk-1");
        SlotTimeline two = timeline("trunk-2");
        up(one, "2026-10-15T09:00:00Z", 60);
        down(one, "2026-10-15T10:00:00Z", 40);
        up(one, "2026-10-15T10:40:00Z", 60);
        up(two, "2026-10-15T09:00:00Z", 75);
        down(two, "2026-10-15T10:15:00Z", 20);
        up(two, "2026-10-15T10:35:00Z", 60);
        Contract voice = onPack("K-V1", "trunk-1|trunk-2", Packs.CPAAS, "VOICE", "2025-01-01");

        // Both are down from 10:15 to 10:35: 20 slots.
        assertThat(availability(voice, Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 0, 20));
        // Each trunk alone, as its own contract, has its own whole outage.
        assertThat(availability(onPack("K-T1", "trunk-1", Packs.CPAAS, "VOICE", "2025-01-01"), Packs.cpaas2024(), Q4)
                .downtimeSlots()).isEqualTo(40);
    }

    @Test
    void disjoint_outages_of_two_trunks_do_not_count() {
        SlotTimeline one = timeline("trunk-1");
        SlotTimeline two = timeline("trunk-2");
        // Trunk 2 alone, while trunk 1 is up; then back to back, never both down.
        up(one, "2026-11-05T14:00:00Z", 90);
        down(two, "2026-11-05T14:00:00Z", 90);
        down(one, "2026-12-18T08:00:00Z", 30);
        up(two, "2026-12-18T08:00:00Z", 30);
        up(one, "2026-12-18T08:30:00Z", 30);
        down(two, "2026-12-18T08:30:00Z", 30);
        Contract voice = onPack("K-V1", "trunk-1|trunk-2", Packs.CPAAS, "VOICE", "2025-01-01");

        assertThat(availability(voice, Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 0, 0));
    }

    @Test
    void a_group_with_a_member_that_has_no_probe_at_all_is_never_down() {
        SlotTimeline one = timeline("trunk-1");
        down(one, "2026-10-15T10:00:00Z", 600);
        Contract withGhost = onPack("K-V", "trunk-1|trunk-ghost", Packs.CPAAS, "VOICE", "2025-01-01");

        assertThat(availability(withGhost, Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 0, 0));
        assertThat(availability(onPack("K-1", "trunk-1", Packs.CPAAS, "VOICE", "2025-01-01"), Packs.cpaas2024(), Q4)
                .downtimeSlots()).isEqualTo(600);
        // Any member's probe is monitoring data of the group.
        assertThat(ledger().hasMonitoringData(withGhost, Packs.cpaas2024(), Q4)).isTrue();
        assertThat(ledger().hasMonitoringData(onPack("K-G", "trunk-ghost|trunk-void", Packs.CPAAS, "VOICE",
                "2025-01-01"), Packs.cpaas2024(), Q4)).isFalse();
    }

    @Test
    void a_window_on_one_member_excuses_the_group_s_slots() {
        SlotTimeline one = timeline("trunk-1");
        SlotTimeline two = timeline("trunk-2");
        down(one, "2026-12-03T22:00:00Z", 20);
        down(two, "2026-12-03T22:00:00Z", 20);
        // Maintenance announced 30 minutes ahead: enough where no notice is needed.
        maintenance("trunk-1", "2026-12-03T23:00:00+01:00", "2026-12-03T23:20:00+01:00", "2026-12-03T22:30:00+01:00");
        Contract voice = onPack("K-V1", "trunk-1|trunk-2", Packs.CPAAS, "VOICE", "2025-01-01");

        assertThat(availability(voice, Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 20, 0));
    }

    @Test
    void a_window_naming_the_whole_group_as_the_contract_writes_it_excuses_the_group_s_slots() {
        SlotTimeline one = timeline("trunk-1");
        SlotTimeline two = timeline("trunk-2");
        down(one, "2026-11-12T03:00:00Z", 30);
        down(two, "2026-11-12T03:00:00Z", 30);
        window("trunk-1|trunk-2", WindowCause.EMERGENCY_MAINTENANCE, "2026-11-12T04:00:00+01:00",
                "2026-11-12T04:30:00+01:00");

        assertThat(availability(onPack("K-V1", "trunk-1|trunk-2", Packs.CPAAS, "VOICE", "2025-01-01"),
                Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 30, 0));
        // Written the other way round, it is not the group as that contract writes it.
        assertThat(availability(onPack("K-V2", "trunk-2|trunk-1", Packs.CPAAS, "VOICE", "2025-01-01"),
                Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 0, 30));
        // Nor does a group's window reach a contract on one member alone.
        assertThat(availability(onPack("K-T1", "trunk-1", Packs.CPAAS, "VOICE", "2025-01-01"),
                Packs.cpaas2024(), Q4)).isEqualTo(new Availability(132_540, 0, 30));
    }

    @Test
    void a_group_s_outage_counts_only_from_the_pack_s_minimum() {
        // Under standard-2024 (5 minutes), both trunks down together for 4 minutes is no outage; for 5 it is.
        SlotTimeline one = timeline("a");
        SlotTimeline two = timeline("b");
        up(one, "2026-10-03T07:59:00Z", 1);
        down(one, "2026-10-03T08:00:00Z", 10);
        up(two, "2026-10-03T07:59:00Z", 4);
        down(two, "2026-10-03T08:03:00Z", 4);
        up(two, "2026-10-03T08:07:00Z", 13);
        up(one, "2026-10-13T07:59:00Z", 1);
        down(one, "2026-10-13T08:00:00Z", 10);
        up(two, "2026-10-13T07:59:00Z", 4);
        down(two, "2026-10-13T08:03:00Z", 5);
        up(two, "2026-10-13T08:08:00Z", 12);

        assertThat(availability(contract("K-AB", "a|b", "2024-01-01", null), OCTOBER))
                .isEqualTo(new Availability(44_700, 0, 5));
    }

    @Test
    void a_measurement_shows_the_runs_it_counted_cut_to_the_contract_s_coverage() {
        // Covered from 31 October (local): the outage across the month end shows only its October part,
        // split where W-0 excuses it; the gap before the probes begin is NO_DATA, but not inside W-0.
        SlotTimeline svc = timeline("svc");
        up(svc, "2026-10-31T10:00:00Z", 600);
        down(svc, "2026-10-31T20:00:00Z", 240);
        up(svc, "2026-11-01T00:00:00Z", 60);
        window("svc", WindowCause.THIRD_PARTY, "2026-10-31T21:00:00Z", "2026-10-31T21:30:00Z");
        Contract contract = contract("K-1", "svc", "2026-10-31", null);

        Measurement october = ledger().measure(contract, STANDARD, OCTOBER);

        assertThat(october.availability()).isEqualTo(new Availability(1_440, 30, 150));
        assertThat(october.evidence()).containsExactly(
                EvidenceRun.noData(new SlotRange(slot("2026-10-30T23:00:00Z"), slot("2026-10-31T10:00:00Z"))),
                EvidenceRun.outage(new SlotRange(slot("2026-10-31T20:00:00Z"), slot("2026-10-31T21:00:00Z"))),
                EvidenceRun.excused(new SlotRange(slot("2026-10-31T21:00:00Z"), slot("2026-10-31T21:30:00Z")),
                        windows.get(0)),
                EvidenceRun.outage(new SlotRange(slot("2026-10-31T21:30:00Z"), slot("2026-10-31T23:00:00Z"))));
        assertThat(ledger().availabilityOf(contract, STANDARD, OCTOBER)).isEqualTo(october.availability());
    }

    @Test
    void a_group_s_slot_is_without_data_only_where_no_member_says_up_and_not_all_say_down() {
        SlotTimeline one = timeline("a");
        SlotTimeline two = timeline("b");
        up(one, "2026-10-01T00:00:00Z", 43_200);
        down(two, "2026-10-01T00:00:00Z", 30);
        // b's DOWN while a says UP is UP; only the hours where neither member has a probe are without data.
        Measurement october = ledger().measure(contract("K-AB", "a|b", "2024-01-01", null), STANDARD, OCTOBER);

        assertThat(october.evidence()).containsExactly(
                EvidenceRun.noData(new SlotRange(slot("2026-09-30T22:00:00Z"), slot("2026-10-01T00:00:00Z"))),
                EvidenceRun.noData(new SlotRange(slot("2026-10-31T00:00:00Z"), slot("2026-10-31T23:00:00Z"))));
    }

    private Availability availability(Contract contract, ServicePeriod month) {
        return ledger().availabilityOf(contract, STANDARD, month);
    }

    private Availability availability(Contract contract, PolicyPack pack, ServicePeriod period) {
        return ledger().availabilityOf(contract, pack, period);
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

    private static Contract onPack(String id, String serviceId, String policy, String edition, String start) {
        return AContract.id(id).on(serviceId).policy(policy).edition(edition).from(start).build();
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

    private static long slot(String iso) {
        return SlotRange.slotOf(Instant.parse(iso));
    }

    private static Contract contract(String serviceId) {
        return contract("K-1", serviceId, "2024-01-01", null);
    }

    private static Contract contract(String id, String serviceId, String start, String end) {
        AContract contract = AContract.id(id).customer("CU-1").on(serviceId).from(start);
        return (end == null ? contract : contract.until(end)).build();
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
