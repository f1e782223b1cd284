package com.slacredits.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Credit rules, section 3, policy packs, sections 2 and 7: which windows excuse which slots under each pack. */
class ExcuseRuleTest {

    /** standard-2024: the four causes of the credit rules, 48 hours of notice, no cap. */
    private final ExcuseRule standard = Packs.standard2024().excuseRule();
    /** iot-cloud-2022: maintenance with 48 hours' notice and only its first 60 minutes, third parties. */
    private final ExcuseRule iot = Packs.iotCloud2022().excuseRule();
    /** cpaas-2024: six causes, maintenance with no notice, no cap. */
    private final ExcuseRule cpaas = Packs.cpaas2024().excuseRule();
    /** plm-2022: maintenance announced P14D ahead, emergency maintenance with no notice. */
    private final ExcuseRule plm = Packs.plm2022().excuseRule();

    @Test
    void the_standard_pack_excuses_all_four_causes_with_48_hours_notice_and_no_cap() {
        assertThat(standard.excusedCauses()).containsExactlyInAnyOrder(WindowCause.MAINTENANCE,
                WindowCause.THIRD_PARTY, WindowCause.FORCE_MAJEURE, WindowCause.CUSTOMER);
        assertThat(standard.maintenanceNotice()).contains(Duration.ofHours(48));
        assertThat(standard.maintenanceMaxMinutes()).isEmpty();
    }

    @Test
    void maintenance_announced_exactly_48_hours_ahead_is_excused() {
        ExcusedWindow window = maintenance("2026-10-20T02:00:00+02:00", "2026-10-20T03:00:00+02:00",
                "2026-10-18T02:00:00+02:00");

        assertThat(standard.excuses(window)).isTrue();
        assertThat(standard.excusedSlots(window).size()).isEqualTo(60);
    }

    @Test
    void maintenance_announced_47_hours_59_minutes_ahead_excuses_nothing() {
        ExcusedWindow window = maintenance("2026-10-20T02:00:00+02:00", "2026-10-20T03:00:00+02:00",
                "2026-10-18T02:01:00+02:00");

        assertThat(standard.excuses(window)).isFalse();
        assertThat(standard.excusedSlots(window).isEmpty()).isTrue();
    }

    @Test
    void the_notice_is_measured_between_instants_whatever_the_offsets_say() {
        // 2026-10-18T00:00Z is exactly 48 hours before 2026-10-20T02:00+02:00 (= 00:00Z).
        ExcusedWindow window = maintenance("2026-10-20T02:00:00+02:00", "2026-10-20T03:00:00+02:00",
                "2026-10-18T00:00:00Z");
        ExcusedWindow oneSecondLate = maintenance("2026-10-20T02:00:00+02:00", "2026-10-20T03:00:00+02:00",
                "2026-10-18T00:00:01Z");

        assertThat(standard.excuses(window)).isTrue();
        assertThat(standard.excuses(oneSecondLate)).isFalse();
    }

    @Test
    void maintenance_never_announced_excuses_nothing() {
        ExcusedWindow window = new ExcusedWindow("W-1", "svc-a", WindowCause.MAINTENANCE,
                at("2026-10-20T00:00:00Z"), at("2026-10-20T01:00:00Z"), Optional.empty());

        assertThat(standard.excuses(window)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = WindowCause.class, names = {"THIRD_PARTY", "FORCE_MAJEURE", "CUSTOMER"})
    void other_causes_need_no_announcement(WindowCause cause) {
        ExcusedWindow window = new ExcusedWindow("W-1", "svc-a", cause,
                at("2026-10-20T00:00:00Z"), at("2026-10-20T01:00:00Z"), Optional.empty());

        assertThat(standard.excuses(window)).isTrue();
        assertThat(standard.excusedSlots(window).size()).isEqualTo(60);
    }

    @Test
    void a_cause_the_policy_does_not_list_excuses_nothing() {
        ExcuseRule noCustomerFault = new ExcuseRule(EnumSet.of(WindowCause.MAINTENANCE, WindowCause.THIRD_PARTY),
                Optional.of(Duration.ofHours(48)), OptionalInt.empty());
        ExcusedWindow window = new ExcusedWindow("W-1", "svc-a", WindowCause.CUSTOMER,
                at("2026-10-20T00:00:00Z"), at("2026-10-20T01:00:00Z"), Optional.empty());

        assertThat(noCustomerFault.excuses(window)).isFalse();
        assertThat(new ExcuseRule(EnumSet.noneOf(WindowCause.class), Optional.of(Duration.ZERO), OptionalInt.empty())
                .excuses(window)).isFalse();
    }

    @Test
    void a_window_covers_the_slots_it_overlaps() {
        // 00:00:30 to 00:59:30: overlaps slot 00:00 and slot 00:59, so 60 slots.
        ExcusedWindow window = new ExcusedWindow("W-1", "svc-a", WindowCause.THIRD_PARTY,
                at("2026-10-20T00:00:30Z"), at("2026-10-20T00:59:30Z"), Optional.empty());

        assertThat(window.coveredSlots().size()).isEqualTo(60);
        assertThat(window.coveredSlots().startInstant()).isEqualTo(at("2026-10-20T00:00:00Z"));
    }

    @Test
    void a_cap_excuses_only_the_first_minutes_of_each_maintenance_window() {
        ExcuseRule capped = new ExcuseRule(EnumSet.allOf(WindowCause.class), Optional.of(Duration.ofHours(48)),
                OptionalInt.of(20));
        ExcusedWindow maintenance = maintenance("2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z", "2026-10-10T00:00:00Z");
        ExcusedWindow thirdParty = new ExcusedWindow("W-2", "svc-a", WindowCause.THIRD_PARTY,
                at("2026-10-21T00:00:00Z"), at("2026-10-21T01:00:00Z"), Optional.empty());

        assertThat(capped.excusedSlots(maintenance))
                .isEqualTo(new SlotRange(slot("2026-10-20T00:00:00Z"), slot("2026-10-20T00:20:00Z")));
        // The cap is for maintenance only: both kinds of it, and no other cause.
        assertThat(capped.excusedSlots(thirdParty).size()).isEqualTo(60);
        assertThat(capped.excusedSlots(window(WindowCause.EMERGENCY_MAINTENANCE, "2026-10-22T00:00:00Z",
                "2026-10-22T01:00:00Z"))).isEqualTo(new SlotRange(slot("2026-10-22T00:00:00Z"), slot("2026-10-22T00:20:00Z")));
        assertThat(capped.excusedSlots(window(WindowCause.BETA, "2026-10-22T00:00:00Z", "2026-10-22T01:00:00Z")).size())
                .isEqualTo(60);
    }

    // --- maintenanceMaxMinutes: the first N slots of each window (iot-cloud-2022: 60) ---

    @ParameterizedTest(name = "a {0}-minute window excuses {1} slots")
    @CsvSource({"59, 59", "60, 60", "61, 60", "90, 60", "1, 1"})
    void iot_excuses_only_the_first_60_slots_of_a_maintenance_window(int minutes, int excused) {
        Instant start = at("2026-10-07T02:00:00+03:00");
        ExcusedWindow window = new ExcusedWindow("W-1", "iot-dash", WindowCause.MAINTENANCE, start,
                start.plusSeconds(60L * minutes), Optional.of(at("2026-10-03T10:00:00+03:00")));

        assertThat(iot.excusedSlots(window))
                .isEqualTo(new SlotRange(SlotRange.slotOf(start), SlotRange.slotOf(start) + excused));
    }

    @Test
    void the_cap_counts_the_slots_the_window_covers_not_its_minutes() {
        // 10:00:30 to 11:00:30 lasts 60 minutes but covers 61 slots (10:00 to 11:00): the first 60 are 10:00-10:59.
        ExcusedWindow window = new ExcusedWindow("W-1", "iot-dash", WindowCause.MAINTENANCE,
                at("2026-10-07T10:00:30Z"), at("2026-10-07T11:00:30Z"), Optional.of(at("2026-10-01T00:00:00Z")));

        assertThat(window.coveredSlots().size()).isEqualTo(61);
        assertThat(iot.excusedSlots(window))
                .isEqualTo(new SlotRange(slot("2026-10-07T10:00:00Z"), slot("2026-10-07T11:00:00Z")));
    }

    @Test
    void a_capped_window_announced_late_still_excuses_nothing() {
        ExcusedWindow late = maintenance("2026-10-07T02:00:00Z", "2026-10-07T03:00:00Z", "2026-10-05T02:00:01Z");

        assertThat(iot.excusedSlots(late).isEmpty()).isTrue();
    }

    // --- maintenanceNotice: an exact duration (plm-2022: P14D, 336 hours) ---

    @ParameterizedTest(name = "announced {0}: excused {1}")
    @CsvSource({
            // The window starts 2026-11-05T10:00+01:00 = 09:00Z; 336 hours earlier is 2026-10-22T09:00Z = 11:00+02:00.
            // Subtracting 14 local days would give 2026-10-22T10:00+02:00 (08:00Z) and refuse 10:01 to 11:00.
            "2026-10-22T09:00:00+02:00, true",
            "2026-10-22T10:00:00+02:00, true",
            "2026-10-22T10:30:00+02:00, true",
            "2026-10-22T10:59:00+02:00, true",
            "2026-10-22T11:00:00+02:00, true",
            "2026-10-22T09:00:00Z,      true",
            "2026-10-22T11:01:00+02:00, false",
            "2026-10-22T09:00:01Z,      false",
            "2026-10-23T10:00:00+02:00, false",
    })
    void p14d_is_336_hours_across_the_end_of_summer_time(String announcedAt, boolean excused) {
        ExcusedWindow window = new ExcusedWindow("W-P", "plm-core", WindowCause.MAINTENANCE,
                at("2026-11-05T10:00:00+01:00"), at("2026-11-05T12:00:00+01:00"), Optional.of(at(announcedAt)));

        assertThat(plm.excuses(window)).isEqualTo(excused);
        assertThat(plm.excusedSlots(window).size()).isEqualTo(excused ? 120 : 0);
    }

    @ParameterizedTest(name = "announced {0}: excused {1}")
    @CsvSource({
            // The window starts 2026-04-05T10:00+02:00 = 08:00Z; 336 hours earlier is 2026-03-22T08:00Z = 09:00+01:00.
            // Subtracting 14 local days would give 2026-03-22T10:00+01:00 and accept 09:01 to 10:00.
            "2026-03-22T08:59:00+01:00, true",
            "2026-03-22T09:00:00+01:00, true",
            "2026-03-22T09:01:00+01:00, false",
            "2026-03-22T10:00:00+01:00, false",
    })
    void p14d_is_336_hours_across_the_start_of_summer_time(String announcedAt, boolean excused) {
        ExcusedWindow window = new ExcusedWindow("W-P", "plm-core", WindowCause.MAINTENANCE,
                at("2026-04-05T10:00:00+02:00"), at("2026-04-05T11:00:00+02:00"), Optional.of(at(announcedAt)));

        assertThat(plm.excuses(window)).isEqualTo(excused);
    }

    @Test
    void the_five_packs_windows_on_either_side_of_336_hours() {
        // W-PA: starts 2026-11-02T02:00+01:00, announced 2026-10-19T03:00+02:00: both 01:00Z, exactly 336 hours.
        assertThat(plm.excuses(maintenance("2026-11-02T02:00:00+01:00", "2026-11-02T04:00:00+01:00",
                "2026-10-19T03:00:00+02:00"))).isTrue();
        // W-PB: starts 2026-11-05T02:00+01:00, announced 2026-10-22T03:01+02:00: 335 hours 59 minutes.
        assertThat(plm.excuses(maintenance("2026-11-05T02:00:00+01:00", "2026-11-05T05:00:00+01:00",
                "2026-10-22T03:01:00+02:00"))).isFalse();
    }

    // --- which causes each pack excuses ---

    @ParameterizedTest
    @EnumSource(value = WindowCause.class, names = {"EMERGENCY_MAINTENANCE", "BETA"})
    void causes_standard_2024_does_not_list_excuse_nothing(WindowCause cause) {
        ExcusedWindow window = window(cause, "2026-12-08T02:00:00Z", "2026-12-08T03:00:00Z");

        assertThat(standard.excuses(window)).isFalse();
        assertThat(standard.excusedSlots(window).isEmpty()).isTrue();
        assertThat(standard.excusedWithin(List.of(window), window.coveredSlots()).cardinality()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = WindowCause.class)
    void cpaas_excuses_every_cause_with_no_announcement(WindowCause cause) {
        ExcusedWindow window = window(cause, "2026-10-21T01:00:00Z", "2026-10-21T01:45:00Z");

        assertThat(cpaas.excuses(window)).isTrue();
        assertThat(cpaas.excusedSlots(window).size()).isEqualTo(45);
    }

    @Test
    void maintenance_under_a_pack_with_no_notice_rule_is_excused_however_it_was_announced() {
        assertThat(cpaas.maintenanceNotice()).isEmpty();
        // Never announced.
        assertThat(cpaas.excuses(window(WindowCause.MAINTENANCE, "2026-12-03T22:00:00Z", "2026-12-03T22:20:00Z")))
                .isTrue();
        // Announced 30 minutes ahead, and even after it started.
        assertThat(cpaas.excuses(maintenance("2026-12-03T22:00:00Z", "2026-12-03T22:20:00Z", "2026-12-03T21:30:00Z")))
                .isTrue();
        assertThat(cpaas.excuses(maintenance("2026-12-03T22:00:00Z", "2026-12-03T22:20:00Z", "2026-12-03T22:10:00Z")))
                .isTrue();
    }

    @Test
    void the_notice_applies_to_maintenance_only_not_to_emergency_maintenance() {
        ExcusedWindow emergency = window(WindowCause.EMERGENCY_MAINTENANCE, "2026-10-08T18:00:00Z",
                "2026-10-08T19:30:00Z");
        ExcusedWindow unannouncedMaintenance = window(WindowCause.MAINTENANCE, "2026-10-08T18:00:00Z",
                "2026-10-08T19:30:00Z");

        assertThat(plm.excuses(emergency)).isTrue();
        assertThat(plm.excusedSlots(emergency).size()).isEqualTo(90);
        assertThat(plm.excuses(unannouncedMaintenance)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = WindowCause.class, names = {"EMERGENCY_MAINTENANCE", "FORCE_MAJEURE", "CUSTOMER", "BETA"})
    void iot_excuses_only_maintenance_and_third_parties(WindowCause cause) {
        assertThat(iot.excuses(window(cause, "2026-10-08T18:00:00Z", "2026-10-08T19:00:00Z"))).isFalse();
        assertThat(iot.excuses(window(WindowCause.THIRD_PARTY, "2026-10-08T18:00:00Z", "2026-10-08T19:00:00Z")))
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = WindowCause.class, names = {"THIRD_PARTY", "FORCE_MAJEURE", "CUSTOMER", "BETA"})
    void plm_excuses_only_its_two_kinds_of_maintenance(WindowCause cause) {
        assertThat(plm.excuses(window(cause, "2026-10-08T18:00:00Z", "2026-10-08T19:00:00Z"))).isFalse();
    }

    @Test
    void only_the_two_kinds_of_maintenance_are_maintenance() {
        assertThat(EnumSet.allOf(WindowCause.class).stream().filter(WindowCause::isMaintenance))
                .containsExactlyInAnyOrder(WindowCause.MAINTENANCE, WindowCause.EMERGENCY_MAINTENANCE);
    }

    @Test
    void excused_slots_are_clipped_to_the_range_asked_about() {
        ExcusedWindow first = new ExcusedWindow("W-1", "svc-a", WindowCause.THIRD_PARTY,
                at("2026-10-20T00:00:00Z"), at("2026-10-20T01:00:00Z"), Optional.empty());
        ExcusedWindow overlapping = new ExcusedWindow("W-2", "svc-a", WindowCause.FORCE_MAJEURE,
                at("2026-10-20T00:30:00Z"), at("2026-10-20T01:30:00Z"), Optional.empty());
        SlotRange range = new SlotRange(slot("2026-10-20T00:10:00Z"), slot("2026-10-20T02:00:00Z"));

        BitSet excused = standard.excusedWithin(List.of(first, overlapping), range);

        // 00:10 to 01:30: overlapping windows count each slot once.
        assertThat(excused.cardinality()).isEqualTo(80);
        assertThat(excused.nextSetBit(0)).isZero();
        assertThat(excused.previousSetBit((int) range.size() - 1)).isEqualTo(79);
    }

    @Test
    void a_window_must_end_after_it_starts() {
        assertThatThrownBy(() -> new ExcusedWindow("W-1", "svc-a", WindowCause.CUSTOMER,
                at("2026-10-20T01:00:00Z"), at("2026-10-20T01:00:00Z"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- evidence: each excused slot attributed to one window (files.md, evidence.csv) ---

    @Test
    void of_overlapping_windows_a_slot_goes_to_the_one_that_starts_first() {
        ExcusedWindow early = named("W-9", WindowCause.THIRD_PARTY, "2026-10-20T00:00:30Z", "2026-10-20T00:30:00Z");
        ExcusedWindow late = named("W-1", WindowCause.FORCE_MAJEURE, "2026-10-20T00:00:45Z", "2026-10-20T01:00:00Z");
        SlotRange day = new SlotRange(slot("2026-10-20T00:00:00Z"), slot("2026-10-21T00:00:00Z"));

        // Both cover slot 00:00; W-9 starts 15 seconds earlier, so it takes 00:00 to 00:30 despite its larger id.
        assertThat(standard.attributedWithin(List.of(late, early), day)).containsExactly(
                EvidenceRun.excused(range("2026-10-20T00:00:00Z", "2026-10-20T00:30:00Z"), early),
                EvidenceRun.excused(range("2026-10-20T00:30:00Z", "2026-10-20T01:00:00Z"), late));
    }

    @Test
    void windows_starting_at_the_same_instant_go_to_the_smallest_id() {
        ExcusedWindow b = named("W-B", WindowCause.THIRD_PARTY, "2026-10-20T00:00:00Z", "2026-10-20T00:10:00Z");
        ExcusedWindow a = named("W-A", WindowCause.CUSTOMER, "2026-10-20T00:00:00Z", "2026-10-20T00:05:00Z");
        SlotRange day = new SlotRange(slot("2026-10-20T00:00:00Z"), slot("2026-10-21T00:00:00Z"));

        assertThat(standard.attributedWithin(List.of(b, a), day)).containsExactly(
                EvidenceRun.excused(range("2026-10-20T00:00:00Z", "2026-10-20T00:05:00Z"), a),
                EvidenceRun.excused(range("2026-10-20T00:05:00Z", "2026-10-20T00:10:00Z"), b));
    }

    @Test
    void a_window_inside_an_earlier_one_gets_nothing_and_a_later_one_gets_what_earlier_ones_leave_of_it() {
        ExcusedWindow outer = named("W-2", WindowCause.THIRD_PARTY, "2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z");
        ExcusedWindow inner = named("W-1", WindowCause.CUSTOMER, "2026-10-20T00:10:00Z", "2026-10-20T00:20:00Z");
        ExcusedWindow first = named("W-5", WindowCause.CUSTOMER, "2026-10-20T02:00:00Z", "2026-10-20T02:10:00Z");
        ExcusedWindow later = named("W-3", WindowCause.FORCE_MAJEURE, "2026-10-20T02:05:00Z", "2026-10-20T02:40:00Z");
        ExcusedWindow third = named("W-4", WindowCause.THIRD_PARTY, "2026-10-20T02:20:00Z", "2026-10-20T02:30:00Z");
        SlotRange day = new SlotRange(slot("2026-10-20T00:00:00Z"), slot("2026-10-21T00:00:00Z"));

        // W-3 starts after W-5 and before W-4: it keeps all that W-5 leaves, and W-4 gets nothing.
        assertThat(standard.attributedWithin(List.of(outer, inner, first, later, third), day)).containsExactly(
                EvidenceRun.excused(range("2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z"), outer),
                EvidenceRun.excused(range("2026-10-20T02:00:00Z", "2026-10-20T02:10:00Z"), first),
                EvidenceRun.excused(range("2026-10-20T02:10:00Z", "2026-10-20T02:40:00Z"), later));
    }

    @Test
    void only_slots_a_window_excuses_and_the_range_holds_are_attributed() {
        ExcusedWindow lateNotice = maintenance("2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z", "2026-10-19T00:00:00Z");
        ExcusedWindow capped = new ExcusedWindow("W-2", "svc-a", WindowCause.MAINTENANCE, at("2026-10-20T00:30:00Z"),
                at("2026-10-20T03:00:00Z"), Optional.of(at("2026-10-10T00:00:00Z")));
        SlotRange until = new SlotRange(slot("2026-10-20T00:00:00Z"), slot("2026-10-20T01:00:00Z"));

        // Late maintenance excuses nothing, so it takes no slot from the capped one that starts after it;
        // iot's cap leaves the capped window its first 60 slots, of which the range holds 30.
        assertThat(iot.attributedWithin(List.of(lateNotice, capped), until)).containsExactly(
                EvidenceRun.excused(range("2026-10-20T00:30:00Z", "2026-10-20T01:00:00Z"), capped));
        assertThat(iot.attributedWithin(List.of(capped), new SlotRange(slot("2026-10-20T00:00:00Z"),
                slot("2026-10-21T00:00:00Z")))).containsExactly(
                EvidenceRun.excused(range("2026-10-20T00:30:00Z", "2026-10-20T01:30:00Z"), capped));
    }

    private static ExcusedWindow named(String id, WindowCause cause, String startsAt, String endsAt) {
        return new ExcusedWindow(id, "svc-a", cause, at(startsAt), at(endsAt), Optional.empty());
    }

    private static SlotRange range(String from, String to) {
        return new SlotRange(slot(from), slot(to));
    }

    private static ExcusedWindow window(WindowCause cause, String startsAt, String endsAt) {
        return new ExcusedWindow("W-" + cause, "svc-a", cause, at(startsAt), at(endsAt), Optional.empty());
    }

    private static ExcusedWindow maintenance(String startsAt, String endsAt, String announcedAt) {
        return new ExcusedWindow("W-1", "svc-a", WindowCause.MAINTENANCE, at(startsAt), at(endsAt),
                Optional.of(at(announcedAt)));
    }

    private static long slot(String iso) {
        return SlotRange.slotOf(at(iso));
    }

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
