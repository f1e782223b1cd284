package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** files.md, "The evidence": a verified decision's outages, windows and gaps in words, in the pack's zone. */
class EvidenceWordingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void outages_and_windows_are_shown_in_the_pack_s_zone_with_their_offset() {
        DecisionEvidence evidence = new DecisionEvidence("CL-01", List.of(
                window("W-1", "MAINTENANCE", "2026-10-17T07:00:00Z", "2026-10-20T00:00:00Z", "2026-10-20T01:00:00Z", 60),
                outage("2026-10-12T12:00:00Z", "2026-10-12T12:50:00Z", 50)));

        assertThat(EvidenceWording.of(evidence, AMSTERDAM)).isEqualTo("""
                Outages counted (times in Europe/Amsterdam):
                  2026-10-12 14:00–14:50 UTC+02:00: 50 min
                Excused windows:
                  W-1, maintenance, 2026-10-20 02:00–03:00 UTC+02:00: 60 min excused; announced 2026-10-17 09:00 UTC+02:00
                Monitoring data for every minute.""");
    }

    @Test
    void a_run_across_midnight_names_its_end_s_date_and_one_across_the_end_of_summer_time_both_offsets() {
        assertThat(EvidenceWording.span(outage("2026-10-20T21:30:00Z", "2026-10-20T22:10:00Z", 40), AMSTERDAM))
                .isEqualTo("2026-10-20 23:30–2026-10-21 00:10 UTC+02:00");
        assertThat(EvidenceWording.span(outage("2026-10-24T18:00:00Z", "2026-10-25T19:00:00Z", 1_500), AMSTERDAM))
                .isEqualTo("2026-10-24 20:00 UTC+02:00 – 2026-10-25 20:00 UTC+01:00");
        // the hour given back happens twice on the local clock: the offsets tell the two apart
        assertThat(EvidenceWording.span(outage("2026-10-25T00:10:00Z", "2026-10-25T00:20:00Z", 10), AMSTERDAM))
                .isEqualTo("2026-10-25 02:10–02:20 UTC+02:00");
        assertThat(EvidenceWording.span(outage("2026-10-25T01:10:00Z", "2026-10-25T01:20:00Z", 10), AMSTERDAM))
                .isEqualTo("2026-10-25 02:10–02:20 UTC+01:00");
    }

    @Test
    void only_maintenance_says_when_it_was_announced_and_gaps_are_summed() {
        DecisionEvidence evidence = new DecisionEvidence("AUTO-K-V1-2026-Q4", List.of(
                window("W-V1", "EMERGENCY_MAINTENANCE", "2026-11-01T00:00:00Z", "2026-11-12T03:00:00Z",
                        "2026-11-12T03:30:00Z", 30),
                noData("2026-10-01T00:00:00Z", "2026-10-01T02:59:00Z", 179),
                noData("2026-10-01T03:00:00Z", "2026-10-01T05:59:00Z", 179)));

        assertThat(EvidenceWording.of(evidence, AMSTERDAM)).isEqualTo("""
                No outage counted.
                Excused windows:
                  W-V1, emergency maintenance, 2026-11-12 04:00–04:30 UTC+01:00: 30 min excused
                358 min without monitoring data, counted as available.""");
    }

    @Test
    void twenty_outages_and_twenty_windows_are_listed_and_the_rest_summed_in_one_line_each() {
        List<DecisionEvidence.Run> runs = new ArrayList<>();
        Instant day = Instant.parse("2026-10-01T08:00:00Z");
        for (int i = 0; i < 21; i++) {
            Instant start = day.plusSeconds(86_400L * i);
            runs.add(outage(start.toString(), start.plusSeconds(60L * (i + 1)).toString(), i + 1));
            Instant excused = start.plusSeconds(3_600);
            runs.add(window("W-" + i, "THIRD_PARTY", null, excused.toString(), excused.plusSeconds(300).toString(), 5));
        }

        List<String> lines = EvidenceWording.of(new DecisionEvidence("CL-1", runs), AMSTERDAM).lines().toList();

        assertThat(lines).hasSize(1 + 20 + 1 + 1 + 20 + 1 + 1);
        assertThat(lines.get(20)).isEqualTo("  2026-10-20 10:00–10:20 UTC+02:00: 20 min");
        assertThat(lines.get(21)).isEqualTo("  and 1 more outages, 21 min in all: each is in evidence.csv");
        assertThat(lines.get(43)).isEqualTo("  and 1 more windows, 5 min in all: each is in evidence.csv");
    }

    @Test
    void twenty_outages_are_listed_without_a_summary_line() {
        List<DecisionEvidence.Run> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Instant start = Instant.parse("2026-10-01T08:00:00Z").plusSeconds(86_400L * i);
            runs.add(outage(start.toString(), start.plusSeconds(60).toString(), 1));
        }

        assertThat(EvidenceWording.of(new DecisionEvidence("CL-1", runs), AMSTERDAM))
                .doesNotContain("evidence.csv").contains("2026-10-20 10:00–10:01");
    }

    private static DecisionEvidence.Run outage(String from, String to, long minutes) {
        return new DecisionEvidence.Run(DecisionEvidence.Kind.OUTAGE, Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.parse(from), Instant.parse(to), minutes);
    }

    private static DecisionEvidence.Run noData(String from, String to, long minutes) {
        return new DecisionEvidence.Run(DecisionEvidence.Kind.NO_DATA, Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.parse(from), Instant.parse(to), minutes);
    }

    private static DecisionEvidence.Run window(String id, String cause, String announced, String from, String to,
            long minutes) {
        return new DecisionEvidence.Run(DecisionEvidence.Kind.EXCUSED, Optional.of(id), Optional.of(cause),
                Optional.ofNullable(announced).map(Instant::parse), Instant.parse(from), Instant.parse(to), minutes);
    }
}
