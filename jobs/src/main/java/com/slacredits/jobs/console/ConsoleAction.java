package com.slacredits.jobs.console;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A start, approval, resume, release or reversal, as the console records it: who, when and why. A
 * reversal posted at once is recorded in {@code adjustment_reversal} alone; one that waits for a
 * second user is recorded here when asked for and when approved.
 */
public record ConsoleAction(OptionalLong launchId, OptionalLong runId, Kind kind, String user, Instant at,
        String reason, Optional<String> detail) {

    public enum Kind { START, APPROVE, RESUME, REVERSE, RELEASE, REQUEST_REVERSAL, APPROVE_REVERSAL }
}
