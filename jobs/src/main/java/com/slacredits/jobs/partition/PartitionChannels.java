package com.slacredits.jobs.partition;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.MessageChannel;

/**
 * A worker's channel for each partition step, by the step's name: a step built for a worker opens its
 * own, and a request goes to the channel of the step it names. The names are the steps' own, so a
 * new partitioned step needs nothing here.
 */
final class PartitionChannels {

    private final ConfigurableListableBeanFactory beans;
    private final Map<String, DirectChannel> channels = new ConcurrentHashMap<>();

    PartitionChannels(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    /** The channel the step of this name takes its requests from, made a bean the first time. */
    DirectChannel of(String stepName) {
        return channels.computeIfAbsent(stepName, name -> {
            String beanName = name + "Requests";
            DirectChannel channel = (DirectChannel) beans.initializeBean(new DirectChannel(), beanName);
            beans.registerSingleton(beanName, channel);
            return channel;
        });
    }

    /** Where a request for this step goes; a name no step has is refused, so its message is dead-lettered. */
    MessageChannel route(String stepName) {
        DirectChannel channel = channels.get(stepName);
        if (channel == null) {
            throw new RefusedMessage("this worker has no partition step " + stepName);
        }
        return channel;
    }
}
