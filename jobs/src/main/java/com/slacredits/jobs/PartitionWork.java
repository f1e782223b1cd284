package com.slacredits.jobs;

import org.springframework.batch.core.step.builder.StepBuilder;

/**
 * How the step a partition runs is built: a plain step in a month-end process, or, in a worker, a
 * step that also takes its partitions from the broker (RemotePartitioningWorkerStepBuilder). The
 * step itself, its reader, processor and writer, is the same in both.
 */
@FunctionalInterface
public interface PartitionWork {

    StepBuilder step(String name);
}
