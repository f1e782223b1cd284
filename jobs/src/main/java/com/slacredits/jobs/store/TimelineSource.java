package com.slacredits.jobs.store;

import com.slacredits.domain.SlotTimeline;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;

/** Where the decide step finds the services' slot records. */
public interface TimelineSource {

    /** A service's record for some UTC months. */
    SlotTimeline timeline(String serviceId, Collection<YearMonth> utcMonths);

    /** The first probe recorded for any of the services, where monitoring of them began. */
    Optional<Instant> firstProbe(Collection<String> serviceIds);
}
