package com.slacredits.jobs.partition;

import java.util.Set;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.SimpleStepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Which partitions a remote step sends: all of them when the step starts afresh (it is started on
 * every resume, see the month-end's steps), only those that did not complete when the step itself
 * failed and is resumed, since on the workers a partition is a whole file or slice sent across.
 *
 * <p>Spring Batch's own splitter does both, by its allowStartIfComplete flag; this only picks the
 * flag. A resumed step execution carries the grid size the splitter stored in its context.
 *
 * <p>Each partition it makes carries the mark of the step execution that made it (PartitionMark),
 * written before any request is sent, so that a worker runs only partitions a manager made.
 */
final class UnfinishedPartitionsOnResume implements StepExecutionSplitter {

    /** Where SimpleStepExecutionSplitter keeps the grid size of the partitions it made. */
    private static final String GRID_SIZE = SimpleStepExecutionSplitter.class.getSimpleName() + ".GRID_SIZE";

    private final JobRepository jobRepository;
    private final SimpleStepExecutionSplitter every;
    private final SimpleStepExecutionSplitter unfinished;

    UnfinishedPartitionsOnResume(JobRepository jobRepository, String stepName, Partitioner partitioner) {
        this.jobRepository = jobRepository;
        this.every = new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner);
        this.every.setAllowStartIfComplete(true);
        this.unfinished = new SimpleStepExecutionSplitter(jobRepository, stepName, partitioner);
        this.unfinished.setAllowStartIfComplete(false);
    }

    @Override
    public String getStepName() {
        return every.getStepName();
    }

    @Override
    public Set<StepExecution> split(StepExecution stepExecution, int gridSize) throws JobExecutionException {
        boolean resumed = stepExecution.getExecutionContext().containsKey(GRID_SIZE);
        Set<StepExecution> partitions = (resumed ? unfinished : every).split(stepExecution, gridSize);
        PartitionMark.mark(jobRepository, stepExecution, partitions);
        return partitions;
    }
}
