package com.slacredits.reports;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who answers for a run's figures, as the last block of its summary prints them for a signature on
 * paper. A name that is not on record is a line to write it on.
 *
 * @param prepared who started the run, and when its summary was first written
 * @param approved who approved the dry run whose approval started this run, and when; empty for a run
 *     nobody approved in the console
 */
public record SignOff(Optional<Signer> prepared, Optional<Signer> approved) {

    /** Nothing on record: every line is left to fill in by hand. */
    public static final SignOff NONE = new SignOff(Optional.empty(), Optional.empty());

    public SignOff {
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(approved, "approved");
    }

    /** A person's name, and when they did what the block says they did. */
    public record Signer(String name, Instant at) {

        public Signer {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }
}
