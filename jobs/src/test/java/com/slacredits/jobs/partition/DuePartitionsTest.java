package com.slacredits.jobs.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * The matching rule: a request runs only when the step execution it names exists, belongs to the job
 * execution it names, is a partition of the step it names, and was made by a partitioned step
 * execution of that job execution that is still running; each mismatch is refused. A request that
 * matches but comes late is skipped.
 */
class DuePartitionsTest {

    private final JobRepository repository = mock(JobRepository.class);
    private final DuePartitions due = new DuePartitions(repository);

    private JobExecution run;
    private StepExecution manager;
    private StepExecution probes;
    private StepExecution decide;
    private final java.util.Map<Long, StepExecution> steps = new java.util.HashMap<>();

    private void hold(StepExecution step) {
        steps.put(step.getId(), step);
    }

    @BeforeEach
    void aRunInItsProbesStep() {
        run = execution(7);
        manager = step(20, "probes", run, BatchStatus.STARTED);
        probes = step(21, "probeFile:probes.csv", run, BatchStatus.STARTING);
        PartitionMark.mark(repository, manager, List.of(probes));
        // an earlier step's partition of the same run, made by its own partitioned step
        StepExecution measure = step(10, "measure", run, BatchStatus.COMPLETED);
        decide = step(11, "measureSlice:0", run, BatchStatus.STARTING);
        PartitionMark.mark(repository, measure, List.of(decide));
        List.of(manager, probes, measure, decide).forEach(this::hold);
        // as the JDBC repository answers for an id it never gave out
        when(repository.getStepExecution(anyLong())).thenAnswer(call -> {
            StepExecution held = steps.get(call.<Long>getArgument(0));
            if (held == null) {
                throw new EmptyResultDataAccessException(1);
            }
            return held;
        });
    }

    private static JobExecution execution(long id) {
        JobExecution execution = new JobExecution(id, new JobInstance(1, "monthEnd"), new JobParameters());
        execution.setStatus(BatchStatus.STARTED);
        return execution;
    }

    private static StepExecution step(long id, String name, JobExecution run, BatchStatus status) {
        StepExecution step = new StepExecution(id, name, run);
        step.setStatus(status);
        return step;
    }

    private String refusal(PartitionRequest request) {
        return assertThatThrownBy(() -> due.isDue(request)).isInstanceOf(RefusedMessage.class).actual().getMessage();
    }

    @Test
    void theRequestTheManagerSentRuns() {
        assertThat(due.isDue(new PartitionRequest(7, 21, "probeFile"))).isTrue();
    }

    @Test
    void aStepExecutionTheRepositoryDoesNotHoldIsRefused() {
        assertThat(refusal(new PartitionRequest(7, 99, "probeFile")))
                .isEqualTo("the job repository holds no step execution 99");
    }

    @Test
    void anotherJobExecutionIsRefused() {
        assertThat(refusal(new PartitionRequest(8, 21, "probeFile")))
                .isEqualTo("step execution 21 belongs to job execution 7, not 8");
    }

    @Test
    void aRealPartitionWithAnotherStepsNameIsRefused() {
        assertThat(refusal(new PartitionRequest(7, 21, "statementSlice")))
                .isEqualTo("step execution 21 is probeFile:probes.csv, not a partition of statementSlice");
        // a name the partition's starts with, but not up to its colon
        assertThat(refusal(new PartitionRequest(7, 21, "probe")))
                .isEqualTo("step execution 21 is probeFile:probes.csv, not a partition of probe");
    }

    @Test
    void aStepExecutionThatIsNoPartitionIsRefused() {
        StepExecution plain = step(30, "mergeProbes:x", run, BatchStatus.STARTING);
        hold(plain);

        assertThat(refusal(new PartitionRequest(7, 30, "mergeProbes")))
                .isEqualTo("step execution 30 (mergeProbes:x) is not a partition a manager made");
        assertThat(refusal(new PartitionRequest(7, 20, "probes")))
                .isEqualTo("step execution 20 is probes, not a partition of probes");
    }

    @Test
    void aMarkOfAnotherJobExecutionOrOfNoStepExecutionIsRefused() {
        StepExecution elsewhere = step(40, "probes", execution(6), BatchStatus.STARTED);
        hold(elsewhere);
        StepExecution forgedMark = step(31, "probeFile:other.csv", run, BatchStatus.STARTING);
        PartitionMark.mark(repository, elsewhere, List.of(forgedMark));
        hold(forgedMark);
        StepExecution selfMarked = step(32, "probeFile:self.csv", run, BatchStatus.STARTING);
        PartitionMark.mark(repository, selfMarked, List.of(selfMarked));
        hold(selfMarked);
        StepExecution lostMark = step(33, "probeFile:lost.csv", run, BatchStatus.STARTING);
        lostMark.getExecutionContext().putLong(PartitionMark.KEY, 98);
        hold(lostMark);

        assertThat(refusal(new PartitionRequest(7, 31, "probeFile"))).endsWith("is not a partition a manager made");
        assertThat(refusal(new PartitionRequest(7, 32, "probeFile"))).endsWith("is not a partition a manager made");
        assertThat(refusal(new PartitionRequest(7, 33, "probeFile"))).endsWith("is not a partition a manager made");
    }

    @Test
    void aPartitionAlreadyTakenIsSkipped() {
        for (BatchStatus status : List.of(BatchStatus.STARTED, BatchStatus.COMPLETED, BatchStatus.FAILED)) {
            probes.setStatus(status);
            assertThat(due.isDue(new PartitionRequest(7, 21, "probeFile"))).as(status.name()).isFalse();
        }
    }

    @Test
    void aPartitionOfAnEndedAttemptOrAnEndedStepIsSkipped() {
        // the measure step that made this partition has completed: its request is late
        assertThat(due.isDue(new PartitionRequest(7, 11, "measureSlice"))).isFalse();
        run.setStatus(BatchStatus.FAILED);
        assertThat(due.isDue(new PartitionRequest(7, 21, "probeFile"))).isFalse();
    }
}
