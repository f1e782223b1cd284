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
import org.junit.jupiter.params.provider.EnumSource;

/** Credit rules, section 3: which windows excuse which slots. */
class ExcuseRuleTest {

    /** standard-2024: every cause, 48 hours of notice, no cap. */
    private final ExcuseRule standard = PolicyCatalog.standard2024().excuseRule();

    @Test
    void the_standard_pack_excuses_all_four_causes_with_48_hours_notice_and_no_cap() {
        assertThat(standard.excusedCauses()).containsExactlyInAnyOrder(WindowCause.values());
        assertThat(standard.maintenanceNotice()).isEqualTo(Duration.ofHours(48));
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
                Duration.ofHours(48), OptionalInt.empty());
        ExcusedWindow window = new ExcusedWindow("W-1", "svc-a", WindowCause.CUSTOMER,
                at("2026-10-20T00:00:00Z"), at("2026-10-20T01:00:00Z"), Optional.empty());

        assertThat(noCustomerFault.excuses(window)).isFalse();
        assertThat(new ExcuseRule(EnumSet.noneOf(WindowCause.class), Duration.ZERO, OptionalInt.empty())
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
        ExcuseRule capped = new ExcuseRule(EnumSet.allOf(WindowCause.class), Duration.ofHours(48), OptionalInt.of(20));
        ExcusedWindow maintenance = maintenance("2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z", "2026-10-10T00:00:00Z");
        ExcusedWindow thirdParty = new ExcusedWindow("W-2", "svc-a", WindowCause.THIRD_PARTY,
                at("2026-10-21T00:00:00Z"), at("2026-10-21T01:00:00Z"), Optional.empty());

        assertThat(capped.excusedSlots(maintenance))
                .isEqualTo(new SlotRange(slot("2026-10-20T00:00:00Z"), slot("2026-10-20T00:20:00Z")));
        // The cap is for maintenance only.
        assertThat(capped.excusedSlots(thirdParty).size()).isEqualTo(60);
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
