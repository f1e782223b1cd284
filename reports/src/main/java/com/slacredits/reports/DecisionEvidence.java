package com.slacredits.reports;

import com.slacredits.domain.DailyDowntime;
import com.slacredits.domain.ServicePeriod;
import com.slacredits.domain.SlotRange;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one verified decision's measurement rests on, as the run stored it (files.md, evidence.csv): the
 * runs of slots it counted, by start.
 */
public record DecisionEvidence(String claimId, List<Run> runs) {

    /** What a run of slots counted as. */
    public enum Kind { OUTAGE, EXCUSED, NO_DATA }

    /**
     * One run of slots; for {@code EXCUSED}, the window it is attributed to, with its cause and, when
     * known, its announcement.
     */
    public record Run(Kind kind, Optional<String> windowId, Optional<String> cause, Optional<Instant> announcedAt,
            Instant startsAt, Instant endsAt, long minutes) {

        public Run {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(windowId, "windowId");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(announcedAt, "announcedAt");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
        }
    }

    public DecisionEvidence {
        Objects.requireNonNull(claimId, "claimId");
        runs = runs.stream().sorted((a, b) -> a.startsAt().compareTo(b.startsAt())).toList();
    }

    /** The counted outages by day of {@code period} in {@code zone}: what the marks for the days show. */
    public DailyDowntime daily(ServicePeriod period, ZoneId zone) {
        return DailyDowntime.ofOutages(period, zone, of(Kind.OUTAGE).stream()
                .map(run -> SlotRange.startingWithin(run.startsAt(), run.endsAt())).toList());
    }

    List<Run> of(Kind kind) {
        return runs.stream().filter(run -> run.kind() == kind).toList();
    }
}
