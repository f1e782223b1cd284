package com.slacredits.jobs;

import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.SlotTimeline;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.SlotRepository;
import java.util.HashMap;
import java.util.Map;

/**
 * Folds a chunk of probe rows into slot bits and appends them as deltas. Memory stays at one
 * chunk's worth of bits whatever the size of the files.
 */
public final class ProbeIntake extends IngestWriter<ProbeObservation> {

    public ProbeIntake(RunRecord runRecord, SlotRepository slots) {
        super(runRecord, SlotRepository::unfit, observations -> {
            Map<String, SlotTimeline> timelines = new HashMap<>();
            for (ProbeObservation observation : observations) {
                timelines.computeIfAbsent(observation.serviceId(), SlotTimeline::new).observe(observation);
            }
            slots.addDeltas(timelines.values());
        });
    }

}
