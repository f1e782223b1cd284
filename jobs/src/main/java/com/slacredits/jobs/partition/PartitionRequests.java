package com.slacredits.jobs.partition;

import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.core.env.PropertyResolver;

/**
 * The broker's side of remote partitioning: one durable queue of partition requests, which the
 * manager fills and the workers drain (PartitionRequestFormat), and beside it its dead-letter queue,
 * where every message a worker refuses goes, once.
 *
 * <p>The queue is a quorum queue with a delivery limit: a message whose worker died holding it is
 * given to one other worker, and if that one dies too it goes to the dead-letter queue rather than
 * round the workers for ever. The dead-letter queue keeps the last {@value #DEAD_LETTERS_KEPT}
 * messages, so a flood of garbage cannot fill the broker.
 */
public final class PartitionRequests {

    /** The setting that names the queue; several installations on one broker give each its own. */
    public static final String QUEUE = "sla-credits.workers.queue";
    public static final String DEFAULT_QUEUE = "sla-credits.partitions";
    /** How many times a message may come back unacknowledged (its worker died) before it is dead-lettered. */
    static final int DELIVERY_LIMIT = 1;
    static final int DEAD_LETTERS_KEPT = 10_000;

    private PartitionRequests() {
    }

    /** The queue of requests and its dead-letter queue, as both the manager and the workers declare them. */
    public static Declarables queues(String name) {
        return new Declarables(queue(name), deadLetters(name));
    }

    public static Queue queue(String name) {
        return QueueBuilder.durable(name)
                .quorum()
                .deliveryLimit(DELIVERY_LIMIT)
                // the default exchange routes by queue name: no exchange of ours to declare
                .deadLetterExchange("")
                .deadLetterRoutingKey(deadLetterQueueName(name))
                .build();
    }

    public static Queue deadLetters(String name) {
        return QueueBuilder.durable(deadLetterQueueName(name)).maxLength(DEAD_LETTERS_KEPT).build();
    }

    public static String deadLetterQueueName(String name) {
        return name + ".dead";
    }

    /**
     * Declares both queues now, so that a worker finds out at its start, not in its log, when the
     * broker holds the queue declared otherwise (by a version before the dead-letter queue): the
     * broker then refuses the declaration, and the worker would run on a queue that drops what it
     * refuses and lets a poisonous message come back for ever.
     */
    public static void declare(ConnectionFactory broker, String name) {
        RabbitAdmin admin = new RabbitAdmin(broker);
        admin.declareQueue(queue(name));
        admin.declareQueue(deadLetters(name));
    }

    /** The queue this installation's settings name ({@value #QUEUE}), or the default one. */
    public static String queueName(PropertyResolver settings) {
        return settings.getProperty(QUEUE, DEFAULT_QUEUE);
    }
}
