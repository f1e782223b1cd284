package com.slacredits.jobs.monthend.ingest;

import com.slacredits.domain.ProbeObservation;
import com.slacredits.domain.SlotTimeline;
import com.slacredits.readers.ReadResult;
import com.slacredits.domain.RejectedRow;
import com.slacredits.writers.jdbc.SlotRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads probe rows in blocks and folds each block into slot bits as it goes (credit rules, section 2).
 *
 * <p>The position saved at a commit is the row reader's after the block it just handed out, and the
 * step commits one block per chunk, so a restart resumes exactly after the last block whose bits
 * were stored. A row that cannot be stored joins the block's rejected rows.
 */
final class ProbeBlockReader implements ItemStreamReader<ProbeBlock> {

    /** Rows per block: about 45 commits for a file of a month of 1,000 services probed every minute. */
    public static final int ROWS = 1_000_000;
    /** Rejected rows held before a block is cut short, so that a file of garbage stays in bounds. */
    public static final int MAX_REJECTED = 10_000;

    private final ItemStreamReader<ReadResult<ProbeObservation>> rows;
    private final int blockRows;

    ProbeBlockReader(ItemStreamReader<ReadResult<ProbeObservation>> rows) {
        this(rows, ROWS);
    }

    ProbeBlockReader(ItemStreamReader<ReadResult<ProbeObservation>> rows, int blockRows) {
        this.rows = rows;
        this.blockRows = blockRows;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        rows.open(executionContext);
    }

    @Override
    public ProbeBlock read() throws Exception {
        Map<String, SlotTimeline> timelines = new HashMap<>();
        List<RejectedRow> rejected = new ArrayList<>();
        long count = 0;
        ReadResult<ProbeObservation> row;
        while (count < blockRows && rejected.size() < MAX_REJECTED && (row = rows.read()) != null) {
            count++;
            if (row.isRejected()) {
                rejected.add(row.rejection());
                continue;
            }
            ProbeObservation probe = row.value();
            Optional<String> unfit = SlotRepository.unfit(probe);
            if (unfit.isPresent()) {
                rejected.add(row.reject(unfit.get()));
                continue;
            }
            timelines.computeIfAbsent(probe.serviceId(), SlotTimeline::new).observe(probe.checkedAt(), probe.status());
        }
        return count == 0 ? null : new ProbeBlock(timelines.values(), rejected, count);
    }

    @Override
    public void update(ExecutionContext executionContext) {
        rows.update(executionContext);
    }

    @Override
    public void close() {
        rows.close();
    }
}
