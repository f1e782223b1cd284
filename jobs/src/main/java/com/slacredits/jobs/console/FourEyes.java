package com.slacredits.jobs.console;

import java.util.Optional;

/** Who may approve a dry run: a second person, once, and only for a dry run that completed. */
final class FourEyes {

    static final String OWN_DRY_RUN = "You started this dry run: a second FINANCE user must approve it.";

    private FourEyes() {
    }

    static void check(Launch dryRun, String approver, Optional<Launch> approvedBefore) {
        if (!dryRun.dryRun()) {
            throw new ConsoleRefusal("Only a dry run can be approved; this is a real run.");
        }
        if (dryRun.state() != LaunchState.COMPLETED) {
            throw new ConsoleRefusal("Only a dry run that has completed can be approved; this one is "
                    + dryRun.state() + ".");
        }
        if (dryRun.startedBy().equals(approver)) {
            throw new ConsoleRefusal(OWN_DRY_RUN);
        }
        if (approvedBefore.isPresent()) {
            throw new ConsoleRefusal("This dry run has already been approved: it started run "
                    + approvedBefore.get().launchId() + ".");
        }
    }
}
