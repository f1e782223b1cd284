package com.slacredits.jobs.console;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** A start, approval, resume or reversal, as the console records it: who, when and why. */
public record ConsoleAction(OptionalLong launchId, OptionalLong runId, Kind kind, String user, Instant at,
        String reason, Optional<String> detail) {

    public enum Kind { START, APPROVE, RESUME, REVERSE }
}
