package com.slacredits.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * A statement step in miniature, as a multi-threaded chunk step runs it: one shared writer, a
 * thread per core, a chunk per customer. RestartTest starts it as a separate JVM to kill it.
 */
public final class RenderingRun {

    public static void main(String[] args) throws Exception {
        run(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    static void run(Path outputDir, int customers) throws Exception {
        StatementItemWriter writer = Statements.writer(outputDir, false);
        ExecutorService threads = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (CustomerStatement statement : SyntheticCustomers.statements(customers)) {
                done.add(threads.submit(() -> {
                    writer.write(new Chunk<>(List.of(statement)));
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
    }
}
