package com.slacredits.jobs.cli;

import com.slacredits.jobs.monthend.decide.DecideSliceStep;
import com.slacredits.jobs.monthend.ingest.ProbeFileStep;
import com.slacredits.jobs.monthend.measure.MeasureSliceStep;
import com.slacredits.jobs.monthend.publish.StatementSliceStep;
import com.slacredits.jobs.partition.WorkerConfiguration;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.StoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The worker process: the steps a partition runs, taking their requests from the broker, and the
 * store they write to. No job: the month-end that sent a partition owns its run.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {ProcessApplications.THYMELEAF, ProcessApplications.SECURITY,
        ProcessApplications.USERS, ProcessApplications.WEB_SECURITY, ProcessApplications.SECURITY_FILTER,
        ProcessApplications.MANAGEMENT_SECURITY})
@Import({StoreConfiguration.class, StepProgressListener.class, WorkerConfiguration.class, ProbeFileStep.class,
        DecideSliceStep.class, MeasureSliceStep.class, StatementSliceStep.class})
class WorkerApplication {
}
