package com.slacredits.jobs.partition;


import java.time.Duration;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.messaging.Message;

/**
 * The month-end's side of --workers=remote: partition requests go out to the broker's queue, and the
 * workers run them. The month-end process of such a run imports this instead of LocalPartitions.
 * Each request is Spring Batch's, rewritten as a PartitionRequest with its job execution, in the
 * plain format the workers read (PartitionRequestFormat).
 */
@Configuration(proxyBeanMethods = false)
public class RemoteManagerConfiguration {

    /** The partition steps are built here too, plainly: the manager only names them in its requests. */
    @Bean
    PartitionWork partitionWork(JobRepository jobRepository) {
        return PartitionWork.onThisProcess(jobRepository);
    }

    /** The queue and its dead-letter queue, declared by the manager as by the workers, whichever starts first. */
    @Bean
    Declarables partitionQueues(Environment environment) {
        return PartitionRequests.queues(PartitionRequests.queueName(environment));
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ConnectionFactory connectionFactory,
            Environment environment) {
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.setMessageConverter(new PartitionRequestFormat());
        return IntegrationFlow.from(partitionRequests)
                .transform(Message.class, PartitionRequest::sentBy)
                .handle(Amqp.outboundAdapter(template).routingKey(PartitionRequests.queueName(environment)))
                .get();
    }

    /**
     * Defaults: eight slices, a little more than a few workers' worth; the repository read every two
     * seconds; two hours for a partitioned step, longer than any step of the large month on one
     * worker, since a killed worker is only noticed when it has passed.
     */
    @Bean
    PartitionPlacement remotePartitions(JobRepository jobRepository, DirectChannel partitionRequests,
            Environment environment) {
        return new RemotePartitions(jobRepository, partitionRequests,
                environment.getProperty("sla-credits.workers.slices", Integer.class, 8),
                environment.getProperty("sla-credits.workers.poll-interval", Duration.class, Duration.ofSeconds(2)),
                environment.getProperty("sla-credits.workers.timeout", Duration.class, Duration.ofHours(2)));
    }
}
