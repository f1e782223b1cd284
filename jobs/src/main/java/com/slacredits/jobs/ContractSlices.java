package com.slacredits.jobs;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Partitions of the decide step: slice {@code i} of {@code n} decides the contracts whose id hashes
 * to {@code i}. A contract's slice depends on its id alone, not on the list of the day, so a restart
 * gives each contract to the slice it had, and no two slices ever decide the same contract.
 */
public final class ContractSlices implements Partitioner {

    public static final String INDEX = "slice.index";
    public static final String COUNT = "slice.count";

    /** Whether a contract belongs to slice {@code index} of {@code count}. */
    public static boolean holds(String contractId, int index, int count) {
        return Math.floorMod(contractId.hashCode(), count) == index;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> slices = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(INDEX, i);
            context.putInt(COUNT, gridSize);
            slices.put("slice-" + (i + 1) + "-of-" + gridSize, context);
        }
        return slices;
    }
}
