package com.slacredits.jobs.partition;

import java.util.Collection;
import java.util.OptionalLong;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which partitioned step execution made a partition: the manager writes its own step execution's id
 * into each partition's context before it sends a request, and a worker runs only a partition that
 * carries the mark of a step execution still running in the same job execution. A request names a
 * step execution by its id, and ids are sequential: the mark is what a forged request cannot add.
 */
final class PartitionMark {

    static final String KEY = "sla-credits.partition-of";

    private PartitionMark() {
    }

    static void mark(JobRepository jobRepository, StepExecution manager, Collection<StepExecution> partitions) {
        for (StepExecution partition : partitions) {
            partition.getExecutionContext().putLong(KEY, manager.getId());
            jobRepository.updateExecutionContext(partition);
        }
    }

    /** The id of the step execution that made this partition, if a manager made it. */
    static OptionalLong of(StepExecution partition) {
        Object mark = partition.getExecutionContext().get(KEY);
        return mark instanceof Long id ? OptionalLong.of(id) : OptionalLong.empty();
    }
}
