package com.slacredits.jobs.monthend.ingest;

import com.slacredits.jobs.partition.PartitionWork;
import com.slacredits.jobs.run.StepProgressListener;
import com.slacredits.readers.MultiFileReader;
import com.slacredits.readers.ProbeRows;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The step one partition of the probes runs, one probe file, the same in a month-end process and in a
 * worker: what is the run's comes from the partition's step execution, through step scope.
 */
@Configuration(proxyBeanMethods = false)
public class ProbeFileStep {

    /** The partition step's name, which a worker takes its requests by. */
    public static final String NAME = "probeFile";

    /**
     * One probe file, streamed in blocks of rows folded into slot bits: a chunk is one block, so a
     * commit stores one delta per service and the reader's position after it.
     */
    @Bean
    Step probeFile(PartitionWork work, PlatformTransactionManager transactions,
            ItemStreamReader<ProbeBlock> probeFileReader, ItemWriter<ProbeBlock> probeIntake, RunRecord runRecord,
            StepProgressListener progress) {
        return work.step(NAME)
                .<ProbeBlock, ProbeBlock>chunk(1)
                .transactionManager(transactions)
                .reader(probeFileReader)
                .writer(probeIntake)
                .listener(new ReadFromTheStart("probes", runRecord, step -> List.of(
                        Path.of(step.getExecutionContext().getString(ProbeFilePartitioner.FILE)).getFileName()
                                .toString())))
                .listener(progress)
                .build();
    }

    /** Step-scoped through interfaces, since the reader and writer classes are final. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemStreamReader<ProbeBlock> probeFileReader(
            @Value("#{stepExecutionContext['" + ProbeFilePartitioner.FILE + "']}") String file) {
        return new ProbeBlockReader(new MultiFileReader<>("probes", List.of(Path.of(file)), new ProbeRows()));
    }

    /** Step-scoped: the writer keeps its partition's step execution, for the rejected-row count. */
    @Bean
    @Scope(value = "step", proxyMode = ScopedProxyMode.INTERFACES)
    ItemWriter<ProbeBlock> probeIntake(RunRecord runRecord, SlotRepository slots,
            @Value("#{stepExecution}") StepExecution step) {
        return new ProbeIntake(runRecord, slots, step);
    }
}
