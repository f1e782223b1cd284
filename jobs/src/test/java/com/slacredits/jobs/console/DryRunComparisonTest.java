package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DryRunComparisonTest {

    private static final String DECISIONS = "claim_id,outcome,amount\n";
    private static final String ADJUSTMENTS = "adjustment_id,claim_id,amount\n";

    @TempDir
    Path folder;

    @Test
    void theSameRowsInAnotherOrderAreTheSameDecisions() throws IOException {
        Path dry = run("dry", DECISIONS + "CL-01,CREDIT,5.00\nCL-02,REJECTED,\n", ADJUSTMENTS + "ADJ-CL-01,CL-01,5.00\n");
        Path real = run("real", DECISIONS + "CL-02,REJECTED,\nCL-01,CREDIT,5.00\n", ADJUSTMENTS + "ADJ-CL-01,CL-01,5.00\n");

        assertThat(DryRunComparison.compare(dry, real)).isEqualTo("The real run decided exactly as the dry run: "
                + "the same 3 rows of decisions.csv and adjustments.csv.");
    }

    @Test
    void aChangedAMissingAndAnExtraRowAreEachListed() throws IOException {
        Path dry = run("dry", DECISIONS + "CL-01,CREDIT,5.00\nCL-02,REJECTED,\n", ADJUSTMENTS + "ADJ-CL-01,CL-01,5.00\n");
        Path real = run("real", DECISIONS + "CL-01,CREDIT,5.01\nCL-03,REJECTED,\n", ADJUSTMENTS + "ADJ-CL-01,CL-01,5.01\n");

        assertThat(DryRunComparison.compare(dry, real).lines()).containsExactly(
                "The real run differs from the dry run in 4 rows:",
                "decisions.csv CL-01: dry run CL-01,CREDIT,5.00; real run CL-01,CREDIT,5.01",
                "decisions.csv CL-03: not in the dry run; real run: CL-03,REJECTED,",
                "decisions.csv CL-02: in the dry run only: CL-02,REJECTED,",
                "adjustments.csv ADJ-CL-01: dry run ADJ-CL-01,CL-01,5.00; real run ADJ-CL-01,CL-01,5.01");
    }

    @Test
    void onlyTheFirstDifferencesAreListedAndTheRestCounted() throws IOException {
        StringBuilder dry = new StringBuilder(DECISIONS);
        for (int i = 0; i < DryRunComparison.LISTED + 5; i++) {
            dry.append("CL-").append(i).append(",REJECTED,\n");
        }
        String text = DryRunComparison.compare(run("dry", dry.toString(), ADJUSTMENTS), run("real", DECISIONS, ADJUSTMENTS));

        assertThat(text.lines()).hasSize(1 + DryRunComparison.LISTED + 1);
        assertThat(text).startsWith("The real run differs from the dry run in 25 rows:").endsWith("… and 5 more");
    }

    private Path run(String name, String decisions, String adjustments) throws IOException {
        Path run = Files.createDirectories(folder.resolve(name));
        Files.writeString(run.resolve("decisions.csv"), decisions);
        Files.writeString(run.resolve("adjustments.csv"), adjustments);
        return run;
    }
}
