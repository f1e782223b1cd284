package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Termination;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;

/** The writer in a real Spring Batch chunk step: what the month-end job will do with it. */
class CsvOutputWriterInStepTest {

    @TempDir
    Path output;

    private Path target() {
        return output.resolve("decisions.csv");
    }

    private Path part() {
        return output.resolve("decisions.csv.part");
    }

    @Test
    void aCompletedStepPublishesTheWholeFile() throws Exception {
        StepExecution execution = run(reader(October.DECISIONS, Integer.MAX_VALUE));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getWriteCount()).isEqualTo(11);
        assertThat(part()).doesNotExist();
        ExpectedFiles.assertOctoberDecisions(target());
    }

    @Test
    void aFailedStepLeavesOnlyThePartFile() throws Exception {
        StepExecution execution = run(reader(October.DECISIONS, 6));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(target()).doesNotExist();
        assertThat(Files.readAllLines(part())).as("header and the first committed chunk").hasSize(1 + 4);
    }

    @Test
    void theRerunAfterAFailureWritesTheWholeFileAgain() throws Exception {
        run(reader(October.DECISIONS, 6));

        StepExecution rerun = run(reader(October.DECISIONS, Integer.MAX_VALUE));

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(part()).doesNotExist();
        ExpectedFiles.assertOctoberDecisions(target());
    }

    @Test
    void aFailedPublishFailsTheStep() throws Exception {
        // A non-empty folder under the final name: the move cannot happen.
        Files.createDirectories(target().resolve("in-the-way"));

        StepExecution execution = run(reader(October.DECISIONS, Integer.MAX_VALUE));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitCode()).isEqualTo("FAILED");
        assertThat(execution.getFailureExceptions()).isNotEmpty();
        assertThat(target()).isDirectory();
        assertThat(part()).exists();
    }

    @Test
    void aRowSkippedInAFaultTolerantStepLeavesNoDuplicates() throws Exception {
        ClaimDecision unwritable = October.credit(
                October.claim("CL-02b", "K-A1", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false),
                October.K_A1, October.SVC_A, "99.9995", "10", "500.00", Termination.NONE);
        List<ClaimDecision> decisions = new ArrayList<>(October.DECISIONS);
        decisions.add(2, unwritable);

        StepExecution execution = run(reader(decisions, Integer.MAX_VALUE),
                builder -> builder.faultTolerant().skip(IllegalArgumentException.class).skipLimit(1));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getWriteSkipCount()).isEqualTo(1);
        // the chunk around the bad row was rolled back and rewritten row by row: once each
        ExpectedFiles.assertOctoberDecisions(target());
    }

    private StepExecution run(ItemReader<ClaimDecision> reader) throws Exception {
        return run(reader, builder -> builder);
    }

    private StepExecution run(ItemReader<ClaimDecision> reader,
            UnaryOperator<ChunkOrientedStepBuilder<ClaimDecision, ClaimDecision>> tuning) throws Exception {
        ResourcelessJobRepository repository = new ResourcelessJobRepository();
        CsvOutputWriter<ClaimDecision> writer = new CsvOutputWriter<>(output, new DecisionRow(Packs.CATALOG));
        Step step = tuning.apply(new StepBuilder("write-decisions", repository)
                        .<ClaimDecision, ClaimDecision>chunk(4)
                        .transactionManager(new ResourcelessTransactionManager())
                        .reader(reader)
                        .writer(writer)
                        .listener(new PublishOnCompletion(writer)))
                .build();
        JobParameters parameters = new JobParameters();
        JobInstance instance = repository.createJobInstance("month-end", parameters);
        JobExecution job = repository.createJobExecution(instance, parameters, new ExecutionContext());
        StepExecution execution = repository.createStepExecution("write-decisions", job);
        step.execute(execution);
        return execution;
    }

    /** Hands out the decisions in order, and fails when asked for item number {@code failAt} (0-based). */
    private static ItemReader<ClaimDecision> reader(List<ClaimDecision> decisions, int failAt) {
        Iterator<ClaimDecision> items = decisions.iterator();
        int[] read = {0};
        return () -> {
            if (read[0]++ == failAt) {
                throw new IllegalStateException("the database went away");
            }
            return items.hasNext() ? items.next() : null;
        };
    }
}
