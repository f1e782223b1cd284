package com.slacredits.jobs.partition;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;

/**
 * Where the partitions of a partitioned step run: on this process's threads (LocalPartitions) or on
 * the worker processes (RemotePartitions). Only this differs; the partitioner, the step each
 * partition runs and everything the job does with the result stay the same.
 */
public interface PartitionPlacement {

    /**
     * @param name the partitioned step's name
     * @param partitionStep the step each partition runs
     * @param localGrid how many partitions a local run makes, when the partitioner asks
     * @param threads the name prefix of local threads
     */
    PartitionStepBuilder partitioned(String name, Step partitionStep, Partitioner partitioner, int localGrid,
            String threads);
}
