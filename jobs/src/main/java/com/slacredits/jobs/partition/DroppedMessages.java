package com.slacredits.jobs.partition;

import com.slacredits.jobs.run.FailureCauses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.util.ErrorHandler;

/**
 * What a worker says of a message it could not use: one line on its console, what was dropped and
 * why, and where it went. The container then rejects the message without requeueing it (the
 * worker's listener never requeues), so the broker moves it to the dead-letter queue, once.
 *
 * <p>It returns rather than throws: a throwing handler makes the container log the whole failure
 * again, stack trace and all.
 */
final class DroppedMessages implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger("com.slacredits.worker");

    private final String deadLetterQueue;

    DroppedMessages(String deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    @Override
    public void handleError(Throwable failure) {
        String reason = FailureCauses.find(failure, RefusedMessage.class).map(Throwable::getMessage)
                .orElseGet(() -> FailureCauses.rootMessage(failure));
        LOG.warn("Dropped {} to {}: {}.", what(failure), deadLetterQueue, reason);
    }

    private static String what(Throwable failure) {
        if (!(failure instanceof ListenerExecutionFailedException failed) || failed.getFailedMessage() == null) {
            return "a message";
        }
        MessageProperties properties = failed.getFailedMessage().getMessageProperties();
        byte[] body = failed.getFailedMessage().getBody();
        return "a message of " + (body == null ? 0 : body.length) + " bytes"
                + (properties.getMessageId() == null ? "" : " (id " + Printable.of(properties.getMessageId()) + ")");
    }
}
