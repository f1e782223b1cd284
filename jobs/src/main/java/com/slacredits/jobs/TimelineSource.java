package com.slacredits.jobs;

import com.slacredits.domain.SlotTimeline;
import java.time.YearMonth;
import java.util.Collection;

/** Where the decide step finds a service's slot record for some UTC months. */
@FunctionalInterface
public interface TimelineSource {
    SlotTimeline timeline(String serviceId, Collection<YearMonth> utcMonths);
}
