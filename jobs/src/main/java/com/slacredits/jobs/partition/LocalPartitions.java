package com.slacredits.jobs.partition;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/** Partitions on this process's threads, one per core at most: the month-end without --workers. */
final class LocalPartitions implements PartitionPlacement {

    private final JobRepository jobRepository;

    LocalPartitions(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public PartitionStepBuilder partitioned(String name, Step partitionStep, Partitioner partitioner, int localGrid,
            String threads) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(partitionStep);
        handler.setTaskExecutor(coreThreads(threads));
        handler.setGridSize(localGrid);
        return new StepBuilder(name, jobRepository)
                .partitioner(partitionStep.getName(), partitioner)
                .partitionHandler(handler);
    }

    private static SimpleAsyncTaskExecutor coreThreads(String prefix) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor(prefix);
        threads.setConcurrencyLimit(Runtime.getRuntime().availableProcessors());
        return threads;
    }
}
