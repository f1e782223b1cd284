package com.slacredits.jobs.cli;

import com.slacredits.jobs.monthend.MonthEndJobConfiguration;
import com.slacredits.jobs.partition.LocalPartitionsConfiguration;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.StoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The month-end process: the job, its stages and the store, with partitions on this process's
 * threads. {@link RemoteMonthEndApplication} is the same run with its partitions sent to the workers.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {ProcessApplications.THYMELEAF, ProcessApplications.SECURITY,
        ProcessApplications.USERS, ProcessApplications.RABBIT, ProcessApplications.INTEGRATION})
@Import({StoreConfiguration.class, StepProgressListener.class, MonthEndJobConfiguration.class,
        LocalPartitionsConfiguration.class})
class MonthEndApplication {
}
