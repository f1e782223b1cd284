package com.slacredits.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.readers.ReadProgress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.OptionalDouble;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

class StepProgressListenerTest {

    @Test
    void aRunningLineGivesRowsRateAndTheTimeLeftFromTheShareRead() {
        assertThat(StepProgressListener.runningLine("probeFile:probes-01.csv", 12_000_000, Duration.ofSeconds(10),
                OptionalDouble.of(0.25)))
                .contains("12,000,000 rows in 10 s", "1,200,000 rows/s", "25 % read", "about 30 s left");
    }

    /** A German or Turkish host would write 12.000.000 and 0,5 s; an Arabic one other digits. */
    @Test
    void linesAreTheSameUnderEveryLocale() throws Exception {
        java.util.Locale before = java.util.Locale.getDefault();
        BlockingQueue<String> ended = new LinkedBlockingQueue<>();
        StepExecution step = MetaDataInstanceFactory.createStepExecution("probes", 8L);
        step.setStartTime(LocalDateTime.of(2026, 11, 5, 2, 0));
        step.setEndTime(LocalDateTime.of(2026, 11, 5, 2, 0, 1, 500_000_000));
        step.setReadCount(134_101);
        step.setWriteCount(134_101);
        step.setStatus(BatchStatus.COMPLETED);
        try {
            for (String tag : java.util.List.of("de-DE", "tr-TR", "ar-EG", "fa-IR")) {
                java.util.Locale.setDefault(java.util.Locale.forLanguageTag(tag));
                assertThat(StepProgressListener.runningLine("probes", 12_000_000, Duration.ofSeconds(10),
                        OptionalDouble.of(0.25))).as(tag).isEqualTo("step probes             running   12,000,000 "
                                + "rows in 10 s, 1,200,000 rows/s, 25 % read, about 30 s left");
                new StepProgressListener(Duration.ofHours(1), ended::add).afterStep(step);
                assertThat(ended.poll()).as(tag).isEqualTo("step probes             COMPLETED read 134,101, "
                        + "written 134,101, rejected 0 in 1.5 s");
            }
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void withoutAShareReadTheLineEstimatesNoTimeLeft() {
        assertThat(StepProgressListener.runningLine("claims", 500, Duration.ofMillis(2_000), OptionalDouble.empty()))
                .contains("500 rows in 2 s", "250 rows/s").doesNotContain("left");
        assertThat(StepProgressListener.runningLine("claims", 500, Duration.ofMillis(2_000), OptionalDouble.of(0)))
                .doesNotContain("left");
    }

    @Test
    void aRunningStepReportsOnItsOwnClockUntilItEnds() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        StepProgressListener listener = new StepProgressListener(Duration.ofMillis(20), lines::add);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("decideSlice", 7L);
        step.setStartTime(LocalDateTime.now().minusSeconds(4));
        listener.beforeStep(step);

        // nothing read yet: a partition manager or a step still opening says nothing
        assertThat(lines.poll(200, TimeUnit.MILLISECONDS)).isNull();

        step.setReadCount(400);
        ReadProgress.save(step.getExecutionContext(), 0.5);
        String running = lines.poll(5, TimeUnit.SECONDS);
        assertThat(running).contains("decideSlice", "running", "400 rows", "50 % read", "s left");

        step.setStatus(BatchStatus.COMPLETED);
        step.setWriteCount(400);
        step.setEndTime(LocalDateTime.now());
        listener.afterStep(step);
        Thread.sleep(100);
        lines.removeIf(line -> line.contains("running"));
        assertThat(lines).singleElement().asString().contains("COMPLETED", "read 400, written 400, rejected 0");
        Thread.sleep(100);
        assertThat(lines).as("no running line after the step ended").hasSize(1);
    }
}
