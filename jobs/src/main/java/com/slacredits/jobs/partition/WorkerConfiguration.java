package com.slacredits.jobs.partition;

import com.slacredits.jobs.run.FailureCauses;
import com.slacredits.jobs.run.RunParameters;
import com.slacredits.readers.InputFileException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;


import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The worker process ({@code java -jar sla-credits.jar worker}): partition requests taken from the
 * broker's queue one at a time, each run as its step against the shared job repository.
 *
 * <p>One consumer, one message fetched ahead of none: a worker holds at most the partition it runs,
 * so on SIGTERM it finishes that one, acknowledges it and stops, and a request it never started stays
 * in the queue for another. Any failure to take a message rejects it without requeueing, to the
 * dead-letter queue.
 */
@Configuration(proxyBeanMethods = false)
public class WorkerConfiguration {

    /** How long SIGTERM waits for the running partition, unless spring.lifecycle.timeout-per-shutdown-phase says. */
    public static final Duration STOP_WITHIN = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger("com.slacredits.worker");

    /** The queue and its dead-letter queue, declared by each worker as by the manager. */
    @Bean
    Declarables partitionQueues(Environment environment) {
        return PartitionRequests.queues(PartitionRequests.queueName(environment));
    }

    @Bean
    PartitionChannels partitionChannels(ConfigurableListableBeanFactory beans) {
        return new PartitionChannels(beans);
    }

    /** Where a partition's step execution goes once it ended: the worker's console line for a failure. */
    @Bean
    DirectChannel partitionOutcomes() {
        return new DirectChannel();
    }

    /** Each partition step is built to take its requests from its channel (StepExecutionRequestHandler). */
    @Bean
    PartitionWork remotePartitionWork(JobRepository jobRepository, BeanFactory beanFactory,
            PartitionChannels channels, DirectChannel partitionOutcomes) {
        return name -> new RemotePartitioningWorkerStepBuilder(name, jobRepository)
                .inputChannel(channels.of(name))
                .outputChannel(partitionOutcomes)
                .beanFactory(beanFactory);
    }

    /**
     * The one consumer of the queue: one message fetched ahead of none, every failure rejected without
     * requeueing (so to the dead-letter queue) with its line on the console (DroppedMessages).
     *
     * <p>A consumer that dies of an Error (out of memory, say) is not made to call System.exit from
     * its own thread, as the container does by default: that exit waits for the context to close,
     * the close waits for the consumer's thread, and the worker hung with no consumer for the whole
     * shutdown phase. The container instead stops its consumer and reports it
     * (ListenerContainerConsumerFailedEvent, fatal), and the worker command ends the process.
     */
    @Bean
    SimpleMessageListenerContainer partitionConsumer(ConnectionFactory connectionFactory, Environment environment) {
        String queue = PartitionRequests.queueName(environment);
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueueNames(queue);
        container.setConcurrentConsumers(1);
        container.setPrefetchCount(1);
        container.setDefaultRequeueRejected(false);
        container.setErrorHandler(new DroppedMessages(PartitionRequests.deadLetterQueueName(queue)));
        container.setJavaLangErrorHandler(error -> {
            // the container logs the Error and stops the consumer; the worker command exits
        });
        container.setShutdownTimeout(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase",
                Duration.class, STOP_WITHIN).toMillis());
        return container;
    }

    /**
     * The queue, read as partition requests (PartitionRequestFormat), then the requests that match a
     * partition still due (DuePartitions), each to its step's channel by the step name it carries; a
     * name no step has is an error, so that message is refused too.
     */
    @Bean
    IntegrationFlow partitionsFromBroker(SimpleMessageListenerContainer partitionConsumer, JobRepository jobRepository,
            PartitionChannels channels) {
        DuePartitions due = new DuePartitions(jobRepository);
        return IntegrationFlow.from(Amqp.inboundAdapter(partitionConsumer)
                        .messageConverter(new PartitionRequestFormat()))
                .filter(PartitionRequest.class, due::isDue)
                .transform(PartitionRequest.class, PartitionRequest::toStepExecutionRequest)
                .route(StepExecutionRequest.class, request -> channels.route(request.getStepName()))
                .get();
    }

    @Bean
    IntegrationFlow partitionOutcomesToConsole(DirectChannel partitionOutcomes) {
        return IntegrationFlow.from(partitionOutcomes)
                .handle(StepExecution.class, (partition, headers) -> {
                    if (partition.getStatus() != BatchStatus.COMPLETED) {
                        LOG.warn("Partition {} of run {} ended {}: {}", partition.getStepName(),
                                RunParameters.runIdOf(partition.getJobExecution()), partition.getStatus(),
                                partition.getFailureExceptions().stream().findFirst()
                                        .map(WorkerConfiguration::reason).orElse(partition.getExitStatus()
                                                .getExitDescription().lines().findFirst().orElse("")));
                    }
                    return null;
                })
                .get();
    }

    /** An input file's own sentence (it names the file) where there is one, else the root cause's. */
    private static String reason(Throwable failure) {
        return FailureCauses.find(failure, InputFileException.class).map(Throwable::getMessage)
                .orElseGet(() -> FailureCauses.rootMessage(failure));
    }
}
