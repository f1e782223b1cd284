package com.slacredits.jobs.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepNamesTest {

    @Test
    void aPartitionIsItsStepInWordsAndWhichPartItIs() {
        assertThat(StepNames.words("decideSlice:slice-1-of-1")).isEqualTo("Deciding claims and periods, part 1 of 1");
        assertThat(StepNames.words("statementSlice:slice-3-of-12")).isEqualTo("Writing statements, part 3 of 12");
        assertThat(StepNames.words("probeFile:probes-2026-10.csv")).isEqualTo("Reading probes: probes-2026-10.csv");
    }

    @Test
    void everyStepOfTheMonthEndHasItsWords() {
        assertThat(StepNames.words("prepare")).isEqualTo("Copying the committed state for the dry run");
        assertThat(StepNames.words("postAdjustments")).isEqualTo("Posting adjustments");
        assertThat(StepNames.words("writeDecisions")).isEqualTo("Writing decisions.csv");
        assertThat(StepNames.words("summary")).isEqualTo("Writing the summary");
    }

    @Test
    void aStepNotKnownHereIsItsNameSpelledOutNeverHidden() {
        assertThat(StepNames.words("deliverStatements")).isEqualTo("Deliver statements");
        assertThat(StepNames.words("deliver")).isEqualTo("Deliver");
        assertThat(StepNames.words("sendMail:slice-2-of-2")).isEqualTo("Send mail, part 2 of 2");
        assertThat(StepNames.words("")).isEmpty();
    }
}
