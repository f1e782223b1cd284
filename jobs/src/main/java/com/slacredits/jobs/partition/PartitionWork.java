package com.slacredits.jobs.partition;

import org.springframework.batch.core.repository.JobRepository;

import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * How the step a partition runs is built: a plain step in a month-end process, or, in a worker, a
 * step that also takes its partitions from the broker (RemotePartitioningWorkerStepBuilder). The
 * step itself, its reader, processor and writer, is the same in both.
 */
@FunctionalInterface
public interface PartitionWork {

    /** A partition's step run on this process's threads, as a month-end without workers runs them. */
    static PartitionWork onThisProcess(JobRepository jobRepository) {
        return name -> new StepBuilder(name, jobRepository);
    }

    StepBuilder step(String name);
}
