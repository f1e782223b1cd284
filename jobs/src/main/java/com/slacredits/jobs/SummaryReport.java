package com.slacredits.jobs;

import com.slacredits.domain.RunSummary;
import com.slacredits.reports.StatementRun;
import com.slacredits.reports.SummaryParameters;
import com.slacredits.reports.SummaryRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The run's last step: {@code summary.pdf}, the console's last lines and, for a held run,
 * {@code HELD.txt}, the one output file an ERP import or a script can check for without reading a PDF.
 */
public final class SummaryReport implements Tasklet {

    public static final String FILE = "summary.pdf";
    public static final String HELD_NOTICE = "HELD.txt";

    private final MonthEndSummary summary;
    private final SummaryRenderer renderer;
    private final MonthEndArguments arguments;
    private final String databaseUrl;

    /** @param databaseUrl the database the summary names; shown without user or password */
    public SummaryReport(MonthEndSummary summary, SummaryRenderer renderer, MonthEndArguments arguments,
            String databaseUrl) {
        this.summary = summary;
        this.renderer = renderer;
        this.arguments = arguments;
        this.databaseUrl = DatabaseTrouble.safeUrl(databaseUrl);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long runId = CurrentRun.idOf(chunkContext.getStepContext().getStepExecution().getJobExecution());
        RunSummary content = summary.collect();
        Path output = arguments.output();
        renderer.render(content, new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, runId, arguments.input(),
                output, databaseUrl), output.resolve(FILE));
        Path notice = output.resolve(HELD_NOTICE);
        if (content.hold().isPresent() && !content.dryRun()) {
            Files.writeString(notice, "HELD, nothing posted. " + content.hold().get().sentence() + "\n"
                    + "Run the same command with --release-held to post exactly what was held.\n",
                    StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(notice);
        }
        summary.print(content);
        return RepeatStatus.FINISHED;
    }
}
