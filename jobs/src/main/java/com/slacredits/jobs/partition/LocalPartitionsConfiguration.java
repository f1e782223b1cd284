package com.slacredits.jobs.partition;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Partitions on this process's threads: a month-end without --workers=remote, and every export. */
@Configuration(proxyBeanMethods = false)
public class LocalPartitionsConfiguration {

    @Bean
    PartitionPlacement localPartitions(JobRepository jobRepository) {
        return new LocalPartitions(jobRepository);
    }

    @Bean
    PartitionWork partitionWork(JobRepository jobRepository) {
        return PartitionWork.onThisProcess(jobRepository);
    }
}
