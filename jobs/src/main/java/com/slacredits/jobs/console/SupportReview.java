package com.slacredits.jobs.console;

import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.jdbc.MeasurementQuery;
import com.slacredits.writers.jdbc.MeasurementReview;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.ui.Model;

/**
 * A page of the tickets one run measured (support SLAs, section 5) as a reviewer filters them, for a
 * real run from the database and for a dry run from its scratch file alike: what
 * {@code console/support} shows.
 */
final class SupportReview {

    /** Tickets on one page. */
    static final int PAGE = 50;

    private SupportReview() {
    }

    /**
     * What a reviewer asked for, as the request's parameters bind to it: met or missed, the priority,
     * the search {@code q}, and the ticket id the page starts {@code after}. Any of them may be absent.
     */
    record Request(MeasurementQuery.Targets targets, String priority, String q, String after) {

        MeasurementQuery query() {
            return new MeasurementQuery(Optional.ofNullable(targets), Optional.ofNullable(priority),
                    Optional.ofNullable(q));
        }
    }

    /**
     * @param reviewUrl the page's own path, which the filters and the next page go back to
     * @param decisionUrl where one decision's detail is, followed by its claim id; null for none
     */
    static void fill(Model model, MeasurementReview measurements, long runId, Request request, String reviewUrl,
            String decisionUrl) {
        MeasurementQuery query = request.query();
        Optional<String> from = Optional.ofNullable(request.after()).filter(s -> !s.isEmpty());
        // one more than a page tells whether there is a next one
        List<SupportLine> page = measurements.pageOfRun(runId, query, from, PAGE + 1);
        List<SupportLine> shown = page.stream().limit(PAGE).toList();
        Map<String, String> decisions = measurements.supportDecisionsOf(runId,
                shown.stream().map(SupportLine::ticketId).toList());
        List<TicketLine> lines = shown.stream().map(line -> TicketLine.of(line, decisions.get(line.ticketId())))
                .toList();
        model.addAttribute("reviewUrl", reviewUrl);
        model.addAttribute("decisionUrl", decisionUrl);
        model.addAttribute("query", query);
        model.addAttribute("tickets", lines);
        model.addAttribute("matching", measurements.countOfRun(runId, query));
        model.addAttribute("next", page.size() > PAGE ? lines.get(PAGE - 1).ticketId() : null);
        model.addAttribute("targetChoices", MeasurementQuery.Targets.values());
        model.addAttribute("priorities", measurements.prioritiesOfRun(runId));
        model.addAttribute("measured", measurements.countOfRun(runId, MeasurementQuery.ALL));
        model.addAttribute("met", measurements.countOfRun(runId, onlyTargets(MeasurementQuery.Targets.MET)));
        model.addAttribute("missed", measurements.countOfRun(runId, onlyTargets(MeasurementQuery.Targets.MISSED)));
    }

    private static MeasurementQuery onlyTargets(MeasurementQuery.Targets targets) {
        return new MeasurementQuery(Optional.of(targets), Optional.empty(), Optional.empty());
    }
}
