package com.slacredits.jobs.monthend.post;

import com.slacredits.jobs.run.RunFolder;
import com.slacredits.jobs.run.RunParameters;


import com.slacredits.domain.CreditBrake;
import com.slacredits.domain.CreditHold;
import com.slacredits.domain.RunDecisions;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.HoldRegister.HeldRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The step between deciding and posting: holds the run when what it would post passes a limit of
 * the {@link CreditBrake}, and releases a held run when the command says {@code --release-held}.
 *
 * <p>It runs on every resume of the run, so that a held run resumed without the flag stays held,
 * and with it posts exactly what was held: the decisions are stored, and nothing decides them again.
 */
final class CreditBrakeCheck implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(CreditBrakeCheck.class);

    private final CreditBrake brake;
    private final DecisionJournal journal;
    private final HoldRegister holds;
    private final Clock clock;

    CreditBrakeCheck(CreditBrake brake, DecisionJournal journal, HoldRegister holds, Clock clock) {
        this.brake = brake;
        this.journal = journal;
        this.holds = holds;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunParameters run = RunParameters.of(chunkContext.getStepContext().getStepExecution());
        long runId = run.runId();
        Optional<HeldRun> earlier = holds.of(runId);
        if (earlier.filter(HeldRun::isReleased).isPresent()) {
            return RepeatStatus.FINISHED;
        }
        Optional<CreditHold> hold = earlier.map(HeldRun::hold).or(() -> {
            RunDecisions decided = new RunDecisions();
            journal.forEachOfRun(runId, decided::add);
            return brake.check(decided);
        });
        if (hold.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        holds.hold(runId, hold.get(), clock.instant());
        if (!run.releaseHeld()) {
            return RepeatStatus.FINISHED;
        }
        if (earlier.isPresent()) {
            // Its statements and summary say HELD; they are rendered again, as posted. Before the
            // release commits, so that a crash in between deletes them again on the next resume.
            deleteHeldDocuments(run.folder());
        }
        holds.release(runId, clock.instant());
        LOG.info("Released run {}, held because {}: its adjustments are posted now", runId, hold.get().reason());
        return RepeatStatus.FINISHED;
    }

    private static void deleteHeldDocuments(RunFolder output) {
        try {
            Files.deleteIfExists(output.summary());
            Files.deleteIfExists(output.heldNotice());
            Path statements = output.statements();
            if (Files.isDirectory(statements)) {
                try (Stream<Path> files = Files.list(statements)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".pdf")).toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the held statements in " + output.path(), e);
        }
    }
}
