package com.slacredits.jobs.partition;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.core.env.PropertyResolver;

/**
 * The broker's side of remote partitioning: one durable queue of partition requests, which the
 * manager fills and the workers drain, each request a Spring Batch StepExecutionRequest.
 */
public final class PartitionRequests {

    /** The setting that names the queue; several installations on one broker give each its own. */
    public static final String QUEUE = "sla-credits.workers.queue";
    public static final String DEFAULT_QUEUE = "sla-credits.partitions";

    private PartitionRequests() {
    }

    public static Queue queue(String name) {
        return new Queue(name, true);
    }

    /** The queue this installation's settings name ({@value #QUEUE}), or the default one. */
    public static String queueName(PropertyResolver settings) {
        return settings.getProperty(QUEUE, DEFAULT_QUEUE);
    }

    /**
     * Java serialization, as Spring Batch's request is Serializable, with only that class let in: any
     * other object in a message is refused before it is built.
     */
    public static SimpleMessageConverter converter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(java.util.List.of(StepExecutionRequest.class.getName()));
        return converter;
    }
}
