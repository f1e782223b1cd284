package com.slacredits.jobs.monthend.decide;

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
 * The decide stage: every claim and automatic period due as of the run's date, decided under its
 * contract's pack. Contracts are decided in slices: a contract's claims and periods depend on each
 * other, other contracts' do not.
 */
@Configuration(proxyBeanMethods = false)
@Import(DecideSliceStep.class)
public class DecideSteps {

    @Bean
    Step decide(Step decideSlice, PartitionPlacement placement, StepProgressListener progress,
            Environment environment) {
        return placement.partitioned("decide", decideSlice, new HashSlices(),
                        DatabaseSlices.on(DatabaseSettings.of(environment)), "decide-")
                .listener(progress)
                // on every resume, after the files were read again: a claim mended in the input since
                // is decided by the same command; a decided claim is no longer due, so none twice
                .allowStartIfComplete(true)
                .build();
    }
}
