package com.slacredits.jobs.partition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Partitions by id: slice {@code i} of {@code n} holds the ids that hash to {@code i}, contracts for
 * the decide step and customers for the statements step. An id's slice depends on the id alone, not
 * on the list of the day, so a restart gives each id to the slice it had, and no two slices ever
 * take the same contract or customer.
 */
public final class HashSlices implements Partitioner {

    public static final String INDEX = "slice.index";
    public static final String COUNT = "slice.count";

    /** Whether an id belongs to slice {@code index} of {@code count}. */
    public static boolean holds(String id, int index, int count) {
        return Math.floorMod(id.hashCode(), count) == index;
    }

    /** The ids of {@code ids} that slice {@code index} of {@code count} holds, asked for when read. */
    public static Supplier<List<String>> slice(Supplier<List<String>> ids, int index, int count) {
        return () -> ids.get().stream().filter(id -> holds(id, index, count)).toList();
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
