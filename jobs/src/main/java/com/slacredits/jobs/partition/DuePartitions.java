package com.slacredits.jobs.partition;

import com.slacredits.jobs.run.RunParameters;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Which requests a worker runs: those that match a partition a manager made, for a run still going,
 * that no one has started yet.
 *
 * <p>Matching is read from the job repository, never taken from the message: the step execution
 * exists, belongs to the request's job execution, is a partition of the step the request names
 * (its name is that step's name, a colon and the partition's), and carries the mark of a
 * partitioned step execution of the same job execution (PartitionMark). A request that fails any
 * of these is refused (RefusedMessage): it goes to the dead-letter queue, since no manager sent it
 * as it is.
 *
 * <p>A request that matches but comes late is skipped, not refused: its partition has already
 * started (the broker gives a killed worker's message to another, and the partition it started is
 * the manager's to fail by its timeout and the next attempt's to send again; running it here as well
 * would run it twice), or the attempt of its run has ended. Two workers that both find it not
 * started cannot both run it: the first to mark it started moves its version, and the second's
 * update of the same version fails.
 */
final class DuePartitions {

    private static final Logger LOG = LoggerFactory.getLogger("com.slacredits.worker");

    private final JobRepository jobRepository;

    DuePartitions(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    boolean isDue(PartitionRequest request) {
        StepExecution partition = stepExecution(request.stepExecutionId())
                .orElseThrow(() -> new RefusedMessage("the job repository holds no step execution "
                        + request.stepExecutionId()));
        if (partition.getJobExecutionId() != request.jobExecutionId()) {
            throw new RefusedMessage("step execution " + request.stepExecutionId() + " belongs to job execution "
                    + partition.getJobExecutionId() + ", not " + request.jobExecutionId());
        }
        if (!partition.getStepName().startsWith(request.stepName() + ":")) {
            throw new RefusedMessage("step execution " + request.stepExecutionId() + " is " + partition.getStepName()
                    + ", not a partition of " + request.stepName());
        }
        OptionalLong madeBy = PartitionMark.of(partition);
        StepExecution manager = madeBy.isPresent() ? stepExecution(madeBy.getAsLong()).orElse(null) : null;
        if (manager == null || manager.getJobExecutionId() != partition.getJobExecutionId()
                || manager.getId() == partition.getId()) {
            throw new RefusedMessage("step execution " + request.stepExecutionId() + " (" + partition.getStepName()
                    + ") is not a partition a manager made");
        }
        long run = RunParameters.runIdOf(partition.getJobExecution());
        if (!partition.getJobExecution().getStatus().isRunning()) {
            LOG.warn("Skipped partition {} of run {}: that attempt of the run has ended {}; resuming it sends "
                    + "the partition again.", partition.getStepName(), run, partition.getJobExecution().getStatus());
            return false;
        }
        if (!manager.getStatus().isRunning()) {
            LOG.warn("Skipped partition {} of run {}: its step {} has ended {}.", partition.getStepName(), run,
                    manager.getStepName(), manager.getStatus());
            return false;
        }
        if (partition.getStatus() != BatchStatus.STARTING) {
            LOG.warn("Skipped partition {} of run {}: it is already {}, so another worker took it.",
                    partition.getStepName(), run, partition.getStatus());
            return false;
        }
        return true;
    }

    /** The repository's answer for an id it never gave out is an exception, not null. */
    private java.util.Optional<StepExecution> stepExecution(long id) {
        try {
            return java.util.Optional.ofNullable(jobRepository.getStepExecution(id));
        } catch (EmptyResultDataAccessException e) {
            return java.util.Optional.empty();
        }
    }
}
