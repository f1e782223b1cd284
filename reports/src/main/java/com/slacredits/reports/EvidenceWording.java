package com.slacredits.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A verified decision's evidence in words, under its statement line (files.md, "The evidence"): each
 * counted outage, each excused window with its cause and, for maintenance, its announcement, and the
 * minutes without monitoring data, in the pack's zone. At most {@link #LISTED} outages and as many windows
 * are listed; the rest are summed in one line that points to evidence.csv.
 */
final class EvidenceWording {

    static final int LISTED = 20;

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("'UTC'xxx", Locale.ENGLISH);

    private EvidenceWording() {
    }

    /** The evidence as lines of text, or the empty string for a decision without evidence. */
    static String of(DecisionEvidence evidence, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        List<DecisionEvidence.Run> outages = evidence.of(DecisionEvidence.Kind.OUTAGE);
        List<DecisionEvidence.Run> windows = evidence.of(DecisionEvidence.Kind.EXCUSED);
        long withoutData = evidence.of(DecisionEvidence.Kind.NO_DATA).stream()
                .mapToLong(DecisionEvidence.Run::minutes).sum();
        lines.add(outages.isEmpty() ? "No outage counted." : "Outages counted (times in " + zone.getId() + "):");
        listed(outages, "outages", lines, run -> "  " + span(run, zone) + ": " + Figures.whole(run.minutes()) + " min");
        if (!windows.isEmpty()) {
            lines.add("Excused windows:");
            listed(windows, "windows", lines, run -> "  " + window(run, zone));
        }
        lines.add(withoutData == 0 ? "Monitoring data for every minute."
                : Figures.whole(withoutData) + " min without monitoring data, counted as available.");
        return String.join("\n", lines);
    }

    private static void listed(List<DecisionEvidence.Run> runs, String what, List<String> lines,
            java.util.function.Function<DecisionEvidence.Run, String> line) {
        runs.stream().limit(LISTED).map(line).forEach(lines::add);
        if (runs.size() > LISTED) {
            List<DecisionEvidence.Run> rest = runs.subList(LISTED, runs.size());
            long minutes = rest.stream().mapToLong(DecisionEvidence.Run::minutes).sum();
            lines.add("  and " + Figures.whole(rest.size()) + " more " + what + ", " + Figures.whole(minutes)
                    + " min in all: each is in evidence.csv");
        }
    }

    /** "W-1, maintenance, 2026-10-20 02:00–03:00 UTC+02:00: 60 min excused; announced 2026-10-17 09:00 UTC+02:00". */
    private static String window(DecisionEvidence.Run run, ZoneId zone) {
        String cause = run.cause().map(EvidenceWording::cause).orElse("");
        String text = run.windowId().orElse("") + ", " + cause + ", " + span(run, zone) + ": "
                + Figures.whole(run.minutes()) + " min excused";
        if (run.cause().filter(c -> c.equals("MAINTENANCE")).isPresent()) {
            text += run.announcedAt().map(at -> "; announced " + at(at, zone)).orElse("");
        }
        return text;
    }

    /**
     * "2026-10-12 14:00–14:50 UTC+02:00", with the end's date when it is another day, and each end's offset
     * when summer time ends between them. Offsets, not zone abbreviations, which vary with the JDK build.
     */
    static String span(DecisionEvidence.Run run, ZoneId zone) {
        ZonedDateTime start = run.startsAt().atZone(zone);
        ZonedDateTime end = run.endsAt().atZone(zone);
        if (!start.getOffset().equals(end.getOffset())) {
            return at(run.startsAt(), zone) + " – " + at(run.endsAt(), zone);
        }
        String until = start.toLocalDate().equals(end.toLocalDate()) ? TIME.format(end) : DAY_TIME.format(end);
        return DAY_TIME.format(start) + "–" + until + " " + OFFSET.format(start);
    }

    private static String at(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return DAY_TIME.format(local) + " " + OFFSET.format(local);
    }

    /** "emergency maintenance" for EMERGENCY_MAINTENANCE. */
    private static String cause(String cause) {
        return cause.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
