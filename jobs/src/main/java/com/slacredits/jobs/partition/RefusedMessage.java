package com.slacredits.jobs.partition;

import org.springframework.amqp.AmqpRejectAndDontRequeueException;

/**
 * A message a worker will not run, with the reason in one short sentence fit for its console. It is
 * rejected without requeueing, so the broker moves it to the dead-letter queue.
 *
 * <p>Not a MessageConversionException on purpose: the listener container treats that one as fatal
 * to its consumer, and one bad message must not stop a worker from taking the next.
 */
final class RefusedMessage extends AmqpRejectAndDontRequeueException {

    RefusedMessage(String reason) {
        super(reason);
    }
}
