package com.slacredits.jobs.store;

import com.slacredits.domain.SlotTimeline;
import com.slacredits.writers.jdbc.SlotRepository;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The slot records the decide step reads. In a dry run the probes of this run sit in the scratch
 * database and everything earlier in the real one: the step sees both, united.
 */
final class SlotTimelines implements TimelineSource {

    private final SlotRepository slots;
    private final Optional<SlotRepository> earlier;

    SlotTimelines(SlotRepository slots, Optional<SlotRepository> earlier) {
        this.slots = slots;
        this.earlier = earlier;
    }

    @Override
    public SlotTimeline timeline(String serviceId, Collection<YearMonth> utcMonths) {
        SlotTimeline timeline = slots.timeline(serviceId, utcMonths);
        earlier.ifPresent(repository -> timeline.absorb(repository.timeline(serviceId, utcMonths)));
        return timeline;
    }

    @Override
    public Optional<Instant> firstProbe(Collection<String> serviceIds) {
        return Stream.concat(slots.firstProbe(serviceIds).stream(),
                        earlier.stream().flatMap(repository -> repository.firstProbe(serviceIds).stream()))
                .min(Instant::compareTo);
    }
}
