package com.slacredits.jobs.console;

import java.util.Optional;

/**
 * Who may approve what: a dry run, by a second person, once, and only once it completed; a real run,
 * under {@code sla-credits.controls.four-eyes=required}, only as such an approval; and the release of a
 * held run, by someone other than the one who started it, whatever that setting says.
 */
final class FourEyes {

    static final String OWN_DRY_RUN = "You started this dry run: a second FINANCE user must approve it.";
    static final String LONE_REAL_RUN = "Four eyes are required: start a dry run; the real run starts when a "
            + "second FINANCE user approves it.";
    static final String OWN_HELD_RUN = "You started this run: a second FINANCE user must release what the "
            + "credit brake held.";

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

    /** A run started from the start form: under four eyes, a dry run only. */
    static void checkStart(boolean fourEyesRequired, boolean dryRun) {
        if (fourEyesRequired && !dryRun) {
            throw new ConsoleRefusal(LONE_REAL_RUN);
        }
    }

    /**
     * The release of what the credit brake held in {@code run}.
     *
     * @param startedBy who started the run in the console; empty for a run started from the command line,
     *     whose starter the console cannot know, so that any FINANCE user may release it
     */
    static void checkRelease(RunListing run, Optional<String> startedBy, String releaser) {
        if (!"HELD".equals(run.status())) {
            throw new ConsoleRefusal("Only a held run can be released; run " + run.runId() + " is "
                    + run.status() + ".");
        }
        if (startedBy.filter(releaser::equals).isPresent()) {
            throw new ConsoleRefusal(OWN_HELD_RUN);
        }
    }
}
