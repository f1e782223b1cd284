package com.slacredits.jobs.monthend.publish;

import com.slacredits.jobs.run.RunFigures;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.jobs.run.SignOffSettings;
import com.slacredits.reports.SignOff;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import com.slacredits.jobs.store.CommittedDatabase;
import com.slacredits.jobs.store.DatabaseSettings;
import java.util.Optional;
import org.springframework.batch.core.step.StepExecution;


import com.slacredits.domain.PolicyCatalog;
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
final class SummaryReport implements Tasklet {

    private final MonthEndSummary summary;
    private final SummaryRenderer renderer;
    private final DatabaseSettings database;
    private final Optional<CommittedDatabase> committed;
    private final PolicyCatalog policies;
    private final RunSignOffs signOffs;
    private final Optional<SignOffSettings> signOff;
    private final Clock clock;
    private final DeliveryReport delivery;

    /**
     * @param database the process's database, which the summary names masked
     * @param committed in a dry run, the real database, which the summary names instead of the scratch one
     * @param signOff who this process prepares the run for; none in an export, which prints what the run recorded
     */
    SummaryReport(MonthEndSummary summary, SummaryRenderer renderer, DatabaseSettings database,
            Optional<CommittedDatabase> committed, PolicyCatalog policies, RunSignOffs signOffs,
            Optional<SignOffSettings> signOff, Clock clock, DeliveryReport delivery) {
        this.summary = summary;
        this.delivery = delivery;
        this.policies = policies;
        this.renderer = renderer;
        this.database = database;
        this.committed = committed;
        this.signOffs = signOffs;
        this.signOff = signOff;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters run = RunParameters.of(step);
        RunSummary content = summary.collect(run);
        renderer.render(content, parameters(run, named(run.dryRun()),
                signOffs.of(run.runId(), signOff, clock.instant().truncatedTo(ChronoUnit.SECONDS))),
                delivery.of(run.runId()), run.folder().summary());
        Path notice = run.folder().heldNotice();
        if (content.hold().isPresent() && !content.dryRun()) {
            Files.writeString(notice, "HELD, nothing posted. " + content.hold().get().sentence() + "\n"
                    + "Run the same command with --release-held to post exactly what was held.\n",
                    StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(notice);
        }
        step.getJobExecution().getExecutionContext().putString(MonthEndSummary.LINES,
                MonthEndSummary.lines(run, content, policies) + delivery.lines(run.runId()));
        // the same figures for the command line's log line and metrics file
        RunFigures.of(content).putInto(step.getJobExecution().getExecutionContext());
        return RepeatStatus.FINISHED;
    }

    /** The database the run's decisions are in: in a dry run, the real one, not the scratch copy. */
    DatabaseSettings named(boolean dryRun) {
        return dryRun ? committed.map(CommittedDatabase::settings).orElse(database) : database;
    }

    /** The summary names the database whole, masked by the one rule that masks it everywhere. */
    static SummaryParameters parameters(RunParameters run, DatabaseSettings database, SignOff signOff) {
        return new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, run.runId(), run.input(), run.output(),
                database.maskedUrl(), signOff);
    }
}
