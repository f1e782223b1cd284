package com.slacredits.jobs.cli;

import com.slacredits.jobs.monthend.ExportJobConfiguration;
import com.slacredits.jobs.partition.LocalPartitionsConfiguration;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.StoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The export process: the publish flow and the store, nothing of ingest, decide or post. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {ProcessApplications.THYMELEAF, ProcessApplications.SECURITY,
        ProcessApplications.USERS, ProcessApplications.RABBIT, ProcessApplications.INTEGRATION})
@Import({StoreConfiguration.class, StepProgressListener.class, ExportJobConfiguration.class,
        LocalPartitionsConfiguration.class})
class ExportApplication {
}
