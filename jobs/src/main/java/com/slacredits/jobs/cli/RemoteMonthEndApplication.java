package com.slacredits.jobs.cli;

import com.slacredits.jobs.monthend.MonthEndJobConfiguration;
import com.slacredits.jobs.partition.RemoteManagerConfiguration;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.StoreConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The month-end process of {@code --workers=remote}: the broker in, the partitions out to it. */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration(excludeName = {ProcessApplications.THYMELEAF, ProcessApplications.SECURITY,
        ProcessApplications.USERS})
@Import({StoreConfiguration.class, StepProgressListener.class, MonthEndJobConfiguration.class,
        RemoteManagerConfiguration.class})
class RemoteMonthEndApplication {
}
