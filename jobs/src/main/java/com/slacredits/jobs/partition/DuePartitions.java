package com.slacredits.jobs.partition;

import com.slacredits.jobs.run.RunParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * Which messages a worker runs: requests for a partition that no one has started yet.
 *
 * <p>Anything else in the queue is refused for good (rejected, not requeued, so it cannot come back
 * forever). A request whose partition has already started is a redelivery: the broker gives a
 * killed worker's message to another, but the partition it started is the manager's to fail (by its
 * timeout) and the next run's to send again, under a new step execution; running it here as well
 * would run it twice. Nor does a worker run a request its manager has given up on (the run's attempt
 * has ended, by the timeout): the resumed run sends it again, and would find it running or done by
 * an attempt that is over.
 */
final class DuePartitions {

    private static final Logger LOG = LoggerFactory.getLogger("com.slacredits.worker");

    private final JobRepository jobRepository;

    DuePartitions(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    boolean isDue(Object payload) {
        if (!(payload instanceof StepExecutionRequest request)) {
            String what = payload == null ? "an empty message" : "a " + payload.getClass().getSimpleName();
            LOG.warn("Rejected {} that is not a partition request.", what);
            throw new AmqpRejectAndDontRequeueException("not a partition request: " + what);
        }
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            LOG.warn("Rejected a request for partition {}, which the job repository does not hold.",
                    request.getStepExecutionId());
            throw new AmqpRejectAndDontRequeueException("no such partition: " + request);
        }
        long run = RunParameters.runIdOf(partition.getJobExecution());
        if (partition.getStatus() != BatchStatus.STARTING) {
            LOG.warn("Skipped partition {} of run {}: it is already {}, so another worker took it.",
                    partition.getStepName(), run, partition.getStatus());
            return false;
        }
        if (!partition.getJobExecution().getStatus().isRunning()) {
            LOG.warn("Skipped partition {} of run {}: that attempt of the run has ended {}; resuming it sends "
                    + "the partition again.", partition.getStepName(), run, partition.getJobExecution().getStatus());
            return false;
        }
        return true;
    }
}
