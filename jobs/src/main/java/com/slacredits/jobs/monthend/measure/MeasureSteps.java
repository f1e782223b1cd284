package com.slacredits.jobs.monthend.measure;

import com.slacredits.jobs.partition.DatabaseSlices;
import com.slacredits.jobs.partition.HashSlices;
import com.slacredits.jobs.partition.PartitionPlacement;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.jobs.store.DatabaseSettings;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * The measure stage (support SLAs, section 4): every stored ticket not yet measured, measured once its
 * period has ended and its clocks are final, and its support credit decided. In slices of contracts,
 * as the decide stage: a contract's tickets share its cap, other contracts' do not.
 */
@Configuration(proxyBeanMethods = false)
@Import(MeasureSliceStep.class)
public class MeasureSteps {

    @Bean
    Step measure(Step measureSlice, PartitionPlacement placement, StepProgressListener progress,
            Environment environment) {
        return placement.partitioned("measure", measureSlice, new HashSlices(),
                        DatabaseSlices.on(DatabaseSettings.of(environment)), "measure-")
                .listener(progress)
                // on every resume: a ticket measured is no longer waiting, so none twice
                .allowStartIfComplete(true)
                .build();
    }
}
