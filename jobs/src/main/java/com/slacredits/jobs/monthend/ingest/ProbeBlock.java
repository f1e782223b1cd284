package com.slacredits.jobs.monthend.ingest;

import com.slacredits.domain.SlotTimeline;
import com.slacredits.domain.RejectedRow;
import java.util.Collection;
import java.util.List;

/**
 * A run of probe rows already folded into slot bits: the item of the probe step. Memory is the
 * bits of the services the rows named, not the rows, so a block can be large and a file of tens of
 * millions of rows commits a few dozen times, writing one delta per service each time.
 *
 * @param rows how many rows the block read, rejected ones included
 */
record ProbeBlock(Collection<SlotTimeline> timelines, List<RejectedRow> rejected, long rows) {

    public ProbeBlock {
        timelines = List.copyOf(timelines);
        rejected = List.copyOf(rejected);
    }
}
