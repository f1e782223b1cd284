package com.slacredits.jobs.monthend.measure;

import com.slacredits.jobs.partition.HashSlices;
import com.slacredits.writers.jdbc.TicketJournal;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The stored tickets no run has measured, whose contracts fall in one slice, read a page at a time in
 * ticket id order. Keeps no position: a restarted slice reads from the start, and the journal leaves
 * out what the failed attempt measured. Each slice reads every page and keeps its own contracts'
 * tickets: one ordered walk of the tickets costs less than looking them up by contract.
 */
final class UnmeasuredTickets implements ItemStreamReader<TicketJournal.Waiting> {

    private final TicketJournal tickets;
    private final int page;
    private final int index;
    private final int count;
    private Iterator<TicketJournal.Waiting> current = List.<TicketJournal.Waiting>of().iterator();
    private Optional<String> after = Optional.empty();
    private boolean exhausted;

    UnmeasuredTickets(TicketJournal tickets, int page, int index, int count) {
        this.tickets = tickets;
        this.page = page;
        this.index = index;
        this.count = count;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        current = List.<TicketJournal.Waiting>of().iterator();
        after = Optional.empty();
        exhausted = false;
    }

    @Override
    public TicketJournal.Waiting read() {
        while (true) {
            while (current.hasNext()) {
                TicketJournal.Waiting next = current.next();
                if (HashSlices.holds(next.ticket().contractId(), index, count)) {
                    return next;
                }
            }
            if (exhausted) {
                return null;
            }
            List<TicketJournal.Waiting> next = tickets.unmeasuredAfter(after, page);
            exhausted = next.size() < page;
            if (!next.isEmpty()) {
                after = Optional.of(next.get(next.size() - 1).ticket().ticketId());
            }
            current = next.iterator();
        }
    }
}
