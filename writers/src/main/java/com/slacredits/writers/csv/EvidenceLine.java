package com.slacredits.writers.csv;

import com.slacredits.domain.ClaimEvidence;
import com.slacredits.domain.EvidenceRun;
import com.slacredits.domain.ExcusedWindow;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run of slots as evidence.csv shows it (files.md), and as the run stores it, so that an export
 * writes the row the run wrote whatever the windows say later.
 *
 * @param kind {@code OUTAGE}, {@code EXCUSED} or {@code NO_DATA}
 * @param windowId for {@code EXCUSED}: the window the slots are attributed to, with its cause and announcement
 */
public record EvidenceLine(String claimId, String contractId, String kind, Optional<String> windowId,
        Optional<String> cause, Optional<Instant> announcedAt, Instant startsAt, Instant endsAt, long minutes) {

    public EvidenceLine {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(contractId, "contractId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(windowId, "windowId");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(announcedAt, "announcedAt");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    /** A claim's runs as rows, in the order of the file: by first slot (runs of a claim never share one). */
    public static List<EvidenceLine> of(ClaimEvidence evidence) {
        return evidence.runs().stream()
                .sorted((a, b) -> Long.compare(a.slots().first(), b.slots().first()))
                .map(run -> of(evidence, run))
                .toList();
    }

    private static EvidenceLine of(ClaimEvidence evidence, EvidenceRun run) {
        Optional<ExcusedWindow> window = run.window();
        return new EvidenceLine(evidence.claimId(), evidence.contractId(), run.kind().name(),
                window.map(ExcusedWindow::windowId), window.map(w -> w.cause().name()),
                window.flatMap(ExcusedWindow::announcedAt), run.slots().startInstant(), run.slots().endInstant(),
                run.minutes());
    }
}
