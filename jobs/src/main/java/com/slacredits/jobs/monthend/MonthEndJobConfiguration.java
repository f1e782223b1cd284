package com.slacredits.jobs.monthend;

import com.slacredits.jobs.monthend.decide.DecideSteps;
import com.slacredits.jobs.monthend.deliver.DeliverSteps;
import com.slacredits.jobs.monthend.dryrun.DryRunSteps;
import com.slacredits.jobs.monthend.ingest.IngestSteps;
import com.slacredits.jobs.monthend.measure.MeasureSteps;
import com.slacredits.jobs.monthend.post.PostSteps;
import com.slacredits.jobs.monthend.publish.PublishSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The month-end job: inputs → steps → outputs, in the order the README draws them. A definition fed by
 * job parameters (RunParameters): the job instance, identified by as-of, input, output and dry run, is
 * what makes a failed run resumable. Each stage's steps are in the stage's package; this only puts
 * them in order.
 */
@Configuration(proxyBeanMethods = false)
@Import({DryRunSteps.class, IngestSteps.class, DecideSteps.class, MeasureSteps.class, PostSteps.class,
        PublishSteps.class, DeliverSteps.class})
public class MonthEndJobConfiguration {

    public static final String JOB_NAME = "monthEnd";

    @Bean
    Job monthEndJob(JobRepository jobRepository, JobExecutionListener heldRunListener, Step prepare, Step contracts,
            Step invoices, Step windows, Step probes, Step mergeProbes, Step claims, Step tickets, Step ticketPauses,
            Step decide, Step measure, Step supportCredits, Step brake, Step postAdjustments, Flow publishFiles, Step deliver,
            Step summary) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(heldRunListener)
                .flow(prepare)
                .next(contracts)
                .next(invoices)
                .next(windows)
                .next(probes)
                .next(mergeProbes)
                .next(claims)
                .next(tickets)
                .next(ticketPauses)
                .next(decide)
                // after decide, so that a support credit is settled on coverage as this run's terminations left it
                .next(measure)
                .next(supportCredits)
                .next(brake)
                .next(postAdjustments)
                .next(publishFiles)
                // after the statements are written, before the summary, which lists those not delivered
                .next(deliver)
                .next(summary)
                .end()
                .build();
    }
}
