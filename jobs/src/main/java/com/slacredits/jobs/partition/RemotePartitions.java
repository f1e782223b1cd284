package com.slacredits.jobs.partition;

import java.time.Duration;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.messaging.MessageChannel;

/**
 * Partitions sent to the workers (--workers=remote): each partition a request on the broker, its
 * outcome read back from the shared job repository, polled until every partition has ended or the
 * timeout has passed. A worker killed in the middle leaves its partition STARTED for good; the
 * timeout is what fails the step then, and the same command run again resumes it.
 */
public final class RemotePartitions implements PartitionPlacement {

    private final JobRepository jobRepository;
    private final MessageChannel requests;
    private final int slices;
    private final Duration pollInterval;
    private final Duration timeout;

    /**
     * @param slices how many slices a sliced step (deciding, statements) makes: a few per worker, so
     *     that a worker that finishes early takes another
     * @param timeout how long a partitioned step may take in all before it fails
     */
    public RemotePartitions(JobRepository jobRepository, MessageChannel requests, int slices, Duration pollInterval,
            Duration timeout) {
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.slices = slices;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    @Override
    public PartitionStepBuilder partitioned(String name, Step partitionStep, Partitioner partitioner, int localGrid,
            String threads) {
        return new RemotePartitioningManagerStepBuilder(name, jobRepository)
                .partitioner(partitionStep.getName(), partitioner)
                .splitter(new UnfinishedPartitionsOnResume(jobRepository, partitionStep.getName(), partitioner))
                .gridSize(slices)
                .outputChannel(requests)
                .pollInterval(pollInterval.toMillis())
                .timeout(timeout.toMillis());
    }
}
