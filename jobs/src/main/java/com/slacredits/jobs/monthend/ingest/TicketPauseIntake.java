package com.slacredits.jobs.monthend.ingest;

import com.slacredits.domain.RejectedRow;
import com.slacredits.domain.support.TicketPause;
import com.slacredits.readers.ReadResult;
import com.slacredits.writers.jdbc.RunRecord;
import com.slacredits.writers.jdbc.TicketJournal;
import java.util.List;
import org.springframework.batch.core.step.StepExecution;

/**
 * Stores a chunk of ticket-pauses.csv (support SLAs, section 1): the journal refuses a pause of a
 * ticket it does not know, or a new pause of a measured ticket, and each refusal is a rejected row.
 */
final class TicketPauseIntake extends IngestWriter<TicketPause> {

    private final TicketJournal tickets;

    TicketPauseIntake(RunRecord runRecord, StepExecution step, TicketJournal tickets) {
        super(runRecord, step, TicketJournal::unfit, null);
        this.tickets = tickets;
    }

    @Override
    protected void store(List<ReadResult<TicketPause>> accepted, List<RejectedRow> rejected) {
        for (TicketJournal.Refusal refusal : tickets.storePauses(accepted.stream().map(ReadResult::value).toList(),
                runId())) {
            rejected.add(accepted.get(refusal.index()).reject(refusal.reason()));
        }
    }
}
