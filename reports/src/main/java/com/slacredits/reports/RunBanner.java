package com.slacredits.reports;

import java.util.Optional;

/**
 * The red line across the top of every page of a run whose money did not move: a dry run, or a run
 * the credit brake held. A customer or an auditor holding such a PDF must not read it as a credit
 * that was posted.
 */
public final class RunBanner {

    public static final String DRY_RUN = "DRY RUN — nothing posted";
    public static final String HELD = "HELD — nothing posted";

    private RunBanner() {
    }

    public static Optional<String> of(boolean dryRun, boolean held) {
        if (dryRun) {
            return Optional.of(DRY_RUN);
        }
        return held ? Optional.of(HELD) : Optional.empty();
    }
}
