package com.slacredits.reports;

import com.slacredits.domain.ClaimDecision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;

/** What the tests share: the templates, compiled once for the whole test JVM, as a run would. */
final class Statements {

    static final CompiledReports REPORTS = CompiledReports.compile();
    static final StatementRenderer RENDERER = new StatementRenderer(REPORTS, Packs.WORDING);

    private Statements() {
    }

    static StatementItemWriter writer(Path outputDir, boolean dryRun) {
        return new StatementItemWriter(RENDERER, October2026.run(dryRun), outputDir);
    }

    /** Renders one statement per customer of {@code decisions} into {@code outputDir/statements}. */
    static void render(Path outputDir, boolean dryRun, List<ClaimDecision> decisions) throws IOException {
        writer(outputDir, dryRun).write(new Chunk<>(CustomerStatement.of(decisions)));
    }
}
