package com.slacredits.reports;

import com.slacredits.domain.StatementFileName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each customer's statement to {@code <output>/statements/<customer_id>.pdf}.
 *
 * <p>Thread-safe and stateless beyond its final fields, so a multi-threaded chunk step can call it
 * from every thread at once: each item is one customer and one file, and the shared renderer makes
 * a filler and exporter per statement. A statement whose file exists is skipped, which is what
 * makes a restarted step render only what the crashed one did not finish.
 */
public final class StatementItemWriter implements ItemWriter<CustomerStatement> {

    public static final String FOLDER = "statements";

    private final StatementRenderer renderer;
    private final StatementRun run;
    private final Path folder;

    public StatementItemWriter(StatementRenderer renderer, StatementRun run, Path outputDir) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.run = Objects.requireNonNull(run, "run");
        this.folder = outputDir.resolve(FOLDER).toAbsolutePath().normalize();
    }

    @Override
    public void write(Chunk<? extends CustomerStatement> chunk) throws IOException {
        Files.createDirectories(folder);
        for (CustomerStatement statement : chunk) {
            renderer.render(statement, run.headerFor(statement), targetFor(statement.customerId()));
        }
    }

    /** Whether the customer's statement is there whole, from an earlier attempt: nothing to read or render. */
    public boolean isWritten(String customerId) throws IOException {
        return PdfTarget.isComplete(targetFor(customerId));
    }

    /** Where a customer's statement goes; a hostile id cannot point outside the statements folder. */
    public Path targetFor(String customerId) {
        return StatementFileName.in(folder, customerId);
    }
}
