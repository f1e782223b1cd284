package com.slacredits.jobs.monthend.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per probe file. Partitions are named after their file, so that a restarted run
 * finds each file's own step execution, with its reader's position, and reads again only the files
 * that did not finish. Files are independent: the slot bits they set are united, in any order.
 */
final class ProbeFilePartitioner implements Partitioner {

    /** Execution-context key of a partition's file. */
    static final String FILE = "file";

    private final List<Path> files;

    ProbeFilePartitioner(List<Path> files) {
        this.files = List.copyOf(files);
    }

    /** The grid size does not matter: a file is the unit, and the task executor bounds the threads. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (Path file : files) {
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE, file.toString());
            partitions.put(file.getFileName().toString(), context);
        }
        return partitions;
    }
}
