package com.slacredits.jobs.monthend.deliver;

import com.slacredits.domain.StatementFileName;
import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.reports.StatementNumber;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.StatementDeliveries;
import com.slacredits.writers.jdbc.StatementDeliveries.Delivery;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deliver step: each customer's statement PDF sent to them by email, once (docs/delivery.md).
 *
 * <p>Every move of a statement's row commits on its own, before the mail server is told anything that
 * depends on it: the claim before the message is sent, the hand-over before the line that ends it, so
 * that whatever the moment a process dies, the row says whether the server can have accepted the
 * message. A refused address is recorded and the step goes on; a server that does not answer stops the
 * step with one sentence, and the same command resumes with what was not sent.
 */
final class StatementDelivery implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(StatementDelivery.class);
    /** The log file's, not the operator's console: the sentence is the step's failure. */
    private static final Logger FAILURES = LoggerFactory.getLogger("sla-credits.failures");

    private final StatementDeliveries deliveries;
    private final HoldRegister holds;
    private final Function<Long, Supplier<List<String>>> customersOfRun;
    private final Optional<String> sender;
    private final Optional<MailServer> server;
    private final TransactionTemplate eachOnItsOwn;
    private final String provider;
    private final Clock clock;
    private final Runnable onDisk;

    /**
     * @param customersOfRun the customers with a statement in a run (StatementCustomers)
     * @param eachOnItsOwn a new transaction for each move of a row, committed before the step goes on
     * @param onDisk makes what was committed survive the process: an embedded H2 keeps its last commits
     *     in memory for up to a second, and a hand-over lost with them would send a message twice
     */
    StatementDelivery(StatementDeliveries deliveries, HoldRegister holds,
            Function<Long, Supplier<List<String>>> customersOfRun, Optional<String> sender,
            Optional<MailServer> server, TransactionTemplate eachOnItsOwn, String provider, Clock clock,
            Runnable onDisk) {
        this.onDisk = onDisk;
        this.deliveries = deliveries;
        this.holds = holds;
        this.customersOfRun = customersOfRun;
        this.sender = sender;
        this.server = server;
        this.eachOnItsOwn = eachOnItsOwn;
        this.provider = provider;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunParameters run = RunParameters.of(step);
        long runId = run.runId();
        Optional<String> silence = DeliveryRule.silence(sender, run.dryRun(), holds.isHeld(runId));
        if (silence.isPresent()) {
            LOG.info("Run {} sends no statement: {}", runId, silence.get());
            return RepeatStatus.FINISHED;
        }
        MailServer mail = server.orElseThrow(() -> new DeliveryStopped("delivery is on (sla-credits.delivery.from is "
                + sender.get() + ") but spring.mail.host names no mail server; name one, or remove the sender to "
                + "send nothing"));
        DeliveryRule.unfit(sender.get()).ifPresent(why -> {
            throw new DeliveryStopped("sla-credits.delivery.from names no sender: " + why);
        });
        // one claimant per step execution: a resumed step is another, and finds the dead one's claims
        String claimant = "step-execution-" + step.getId();
        inItsOwn(() -> {
            for (String customerId : customersOfRun.apply(runId).get()) {
                deliveries.register(runId, customerId, StatementNumber.of(runId, run.asOf(), customerId),
                        deliveries.emailOf(customerId), clock.instant());
            }
            int recovered = deliveries.recoverAbandoned(runId, claimant, clock.instant());
            if (recovered > 0) {
                LOG.info("Run {}: {} statement(s) claimed by a run that stopped were recovered", runId, recovered);
            }
        });
        for (Optional<Delivery> next = deliveries.nextPending(runId); next.isPresent();
                next = deliveries.nextPending(runId)) {
            Delivery delivery = next.get();
            if (inItsOwn(() -> deliveries.claim(runId, delivery.customerId(), claimant, clock.instant()))) {
                send(mail, run, delivery, claimant);
                contribution.incrementWriteCount(1);
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void send(MailServer mail, RunParameters run, Delivery delivery, String claimant) {
        long runId = run.runId();
        String customerId = delivery.customerId();
        String address = delivery.address().orElseThrow();
        Optional<String> unfit = DeliveryRule.unfit(address);
        if (unfit.isPresent()) {
            inItsOwn(() -> deliveries.refused(runId, customerId, claimant, unfit.get(), clock.instant()));
            return;
        }
        Path pdf = StatementFileName.in(run.folder().statements().toAbsolutePath().normalize(), customerId);
        if (!Files.isRegularFile(pdf)) {
            inItsOwn(() -> deliveries.putBack(runId, customerId, claimant, clock.instant()));
            throw new DeliveryStopped("statement " + delivery.statementNumber() + " is not in " + pdf.getParent()
                    + ", so it cannot be sent");
        }
        MimeMessage message;
        String messageId;
        try {
            message = mail.compose(sender.orElseThrow(), address, StatementLetter.of(delivery.statementNumber(),
                    deliveries.nameOf(customerId), run.asOf(), provider), pdf);
            messageId = message.getMessageID();
        } catch (MessagingException e) {
            inItsOwn(() -> deliveries.refused(runId, customerId, claimant, "the email could not be composed: "
                    + FailureCauses.rootLine(e), clock.instant()));
            return;
        }
        boolean[] handedOver = {false};
        try {
            mail.send(message, () -> {
                inItsOwn(() -> deliveries.handedOver(runId, customerId, claimant, messageId, clock.instant()));
                onDisk.run();
                handedOver[0] = true;
            });
        } catch (MessagingException e) {
            failed(mail, delivery, claimant, runId, e, handedOver[0]);
            return;
        }
        inItsOwn(() -> deliveries.sent(runId, customerId, claimant, clock.instant()));
        onDisk.run();
    }

    private void failed(MailServer mail, Delivery delivery, String claimant, long runId, MessagingException e,
            boolean handedOver) {
        String customerId = delivery.customerId();
        ServerAnswer answer = ServerAnswer.of(e);
        switch (answer.kind()) {
            case REFUSED -> {
                LOG.info("Run {}: the mail server refused statement {} for {}: {}", runId, delivery.statementNumber(),
                        delivery.address().orElse(""), answer.reply());
                inItsOwn(() -> deliveries.refused(runId, customerId, claimant, answer.reply(), clock.instant()));
                onDisk.run();
                return;
            }
            case SENDER_REFUSED, DEFERRED -> inItsOwn(() -> deliveries.putBack(runId, customerId, claimant,
                    clock.instant()));
            case NONE -> inItsOwn(() -> {
                if (handedOver) {
                    deliveries.uncertain(runId, customerId, claimant, "the connection to the mail server failed "
                            + "after the whole message was handed to it, before its answer (" + answer.reply()
                            + "), so it is not sent again: look for its Message-ID in the server's log",
                            clock.instant());
                } else {
                    deliveries.putBack(runId, customerId, claimant, clock.instant());
                }
            });
        }
        // the exception's causes stay in the log: a connection failure among them would read as the database's
        FAILURES.error("Run {}: sending statement {} through {} failed", runId, delivery.statementNumber(), mail.name(), e);
        throw new DeliveryStopped(switch (answer.kind()) {
            case SENDER_REFUSED -> "the mail server at " + mail.name() + " refused the sender "
                    + sender.orElseThrow() + " (" + answer.reply() + "); nothing more was sent";
            case DEFERRED -> "the mail server at " + mail.name() + " did not take statement "
                    + delivery.statementNumber() + " now (" + answer.reply() + "); nothing more was sent";
            default -> "the mail server at " + mail.name() + " did not answer while statement "
                    + delivery.statementNumber() + " was being sent (" + answer.reply() + "); nothing more was sent";
        } + ". Once it answers, the same command sends only the statements not sent yet");
    }

    private void inItsOwn(Runnable move) {
        eachOnItsOwn.executeWithoutResult(status -> move.run());
    }

    private <T> T inItsOwn(Supplier<T> move) {
        return eachOnItsOwn.execute(status -> move.get());
    }
}
