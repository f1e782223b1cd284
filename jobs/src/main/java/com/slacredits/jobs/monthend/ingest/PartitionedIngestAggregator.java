package com.slacredits.jobs.monthend.ingest;

import com.slacredits.jobs.run.StepProgressListener;

import java.util.Collection;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Sums the partitions of an ingest step into the step the operator sees, the rows each partition
 * rejected and the rows read included, which the default aggregator leaves in the partitions' own
 * contexts.
 */
final class PartitionedIngestAggregator extends DefaultStepExecutionAggregator {

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        super.aggregate(result, executions);
        for (String key : new String[] {StepProgressListener.REJECTED, StepProgressListener.ROWS}) {
            long sum = executions.stream().mapToLong(partition -> partition.getExecutionContext().getLong(key, 0L)).sum();
            result.getExecutionContext().putLong(key, sum);
        }
    }
}
