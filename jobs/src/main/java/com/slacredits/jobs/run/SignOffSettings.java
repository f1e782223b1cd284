package com.slacredits.jobs.run;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * Who a month-end process runs for, as the summary's sign-off block names them: the person who
 * prepared the run and, when the console started it as the approval of a dry run, the approver. The
 * command line sets them for the run's process, never from its arguments: an approval cannot be typed
 * in. A process that prepares nothing (an export) has none, and prints what the run recorded.
 *
 * @param preparedBy the operating system's user who ran the command, or the console user who started
 *     the run, or the dry run it approves
 * @param approvedBy the console user who approved the dry run that started this run
 * @param approvedAt when they approved it
 */
public record SignOffSettings(String preparedBy, Optional<String> approvedBy, Optional<Instant> approvedAt) {

    public static final String PREPARED_BY = "sla-credits.sign-off.prepared-by";
    public static final String APPROVED_BY = "sla-credits.sign-off.approved-by";
    public static final String APPROVED_AT = "sla-credits.sign-off.approved-at";

    public SignOffSettings {
        Objects.requireNonNull(preparedBy, "preparedBy");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        if (approvedBy.isPresent() != approvedAt.isPresent()) {
            throw new IllegalArgumentException("an approval names who and when, or neither");
        }
    }

    /** A run nobody approved before it started. */
    public static SignOffSettings preparedBy(String user) {
        return new SignOffSettings(user, Optional.empty(), Optional.empty());
    }

    /** The settings of this process; none for a process that prepares no run. */
    public static Optional<SignOffSettings> of(Environment environment) {
        String prepared = environment.getProperty(PREPARED_BY, "");
        if (prepared.isBlank()) {
            return Optional.empty();
        }
        Optional<String> approver = Optional.ofNullable(environment.getProperty(APPROVED_BY)).filter(s -> !s.isBlank());
        Optional<Instant> at = Optional.ofNullable(environment.getProperty(APPROVED_AT)).filter(s -> !s.isBlank())
                .map(Instant::parse);
        return Optional.of(approver.isPresent() && at.isPresent() ? new SignOffSettings(prepared, approver, at)
                : preparedBy(prepared));
    }

    /**
     * The settings as properties, all three always, so that they take the place of any of the same
     * name the command line was given.
     */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PREPARED_BY, preparedBy);
        properties.put(APPROVED_BY, approvedBy.orElse(""));
        properties.put(APPROVED_AT, approvedAt.map(Instant::toString).orElse(""));
        return properties;
    }
}
