package com.slacredits.jobs.monthend;

import com.slacredits.jobs.monthend.publish.PublishSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * An earlier run's outputs written again from the database: the month-end's own publish flow, fed the
 * run its {@code run} parameter names (RunParameters), so an export writes exactly what the run did.
 * It reads nothing of the run's input folder, which is usually purged by the time anyone exports.
 */
@Configuration(proxyBeanMethods = false)
@Import(PublishSteps.class)
public class ExportJobConfiguration {

    public static final String JOB_NAME = "export";

    @Bean
    Job exportJob(JobRepository jobRepository, Flow publish) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(publish)
                .end()
                .build();
    }
}
