package com.slacredits.jobs;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
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
 * in the queue for another. Any failure to take a message rejects it without requeueing.
 */
@Configuration(proxyBeanMethods = false)
@Profile(WorkerCommand.PROFILE)
public class WorkerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger("com.slacredits.worker");

    @Bean
    Queue partitionQueue(Environment environment) {
        return PartitionRequests.queue(PartitionRequests.queueName(environment));
    }

    @Bean
    DirectChannel probeFileRequests() {
        return new DirectChannel();
    }

    @Bean
    DirectChannel decideSliceRequests() {
        return new DirectChannel();
    }

    @Bean
    DirectChannel statementSliceRequests() {
        return new DirectChannel();
    }

    /** Where a partition's step execution goes once it ended: the worker's console line for a failure. */
    @Bean
    DirectChannel partitionOutcomes() {
        return new DirectChannel();
    }

    /** Each partition step is built to take its requests from its channel (StepExecutionRequestHandler). */
    @Bean
    PartitionWork remotePartitionWork(JobRepository jobRepository, BeanFactory beanFactory,
            DirectChannel probeFileRequests, DirectChannel decideSliceRequests, DirectChannel statementSliceRequests,
            DirectChannel partitionOutcomes) {
        return name -> new RemotePartitioningWorkerStepBuilder(name, jobRepository)
                .inputChannel(switch (name) {
                    case "probeFile" -> probeFileRequests;
                    case "decideSlice" -> decideSliceRequests;
                    case "statementSlice" -> statementSliceRequests;
                    default -> throw new IllegalArgumentException("no partition step " + name);
                })
                .outputChannel(partitionOutcomes)
                .beanFactory(beanFactory);
    }

    /**
     * The queue, then the requests still due (DuePartitions), each to its step's channel by the step
     * name it carries; a name no step has is an error, so that message is rejected too.
     */
    @Bean
    IntegrationFlow partitionsFromBroker(ConnectionFactory connectionFactory, Queue partitionQueue,
            JobRepository jobRepository, Environment environment, DirectChannel probeFileRequests,
            DirectChannel decideSliceRequests, DirectChannel statementSliceRequests) {
        long stopWithin = environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase", Duration.class,
                WorkerCommand.STOP_WITHIN).toMillis();
        DuePartitions due = new DuePartitions(jobRepository);
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionQueue)
                        .messageConverter(PartitionRequests.converter())
                        .configureContainer(container -> container
                                .concurrentConsumers(1)
                                .prefetchCount(1)
                                .defaultRequeueRejected(false)
                                .shutdownTimeout(stopWithin)))
                .filter(Object.class, due::isDue)
                .<StepExecutionRequest, String>route(StepExecutionRequest::getStepName, routes -> routes
                        .channelMapping("probeFile", probeFileRequests)
                        .channelMapping("decideSlice", decideSliceRequests)
                        .channelMapping("statementSlice", statementSliceRequests))
                .get();
    }

    @Bean
    IntegrationFlow partitionOutcomesToConsole(DirectChannel partitionOutcomes) {
        return IntegrationFlow.from(partitionOutcomes)
                .handle(StepExecution.class, (partition, headers) -> {
                    if (partition.getStatus() != BatchStatus.COMPLETED) {
                        LOG.warn("Partition {} of run {} ended {}: {}", partition.getStepName(),
                                partition.getJobExecution().getJobInstance().getInstanceId(), partition.getStatus(),
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
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof com.slacredits.readers.InputFileException) {
                return cause.getMessage();
            }
        }
        return MonthEndCommand.rootMessage(failure);
    }
}
