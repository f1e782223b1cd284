package com.slacredits.jobs.console;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.DecisionQuery;
import java.util.List;
import java.util.Optional;
import org.springframework.ui.Model;

/**
 * A page of one run's decisions as a reviewer filters them, for a real run from the database and for
 * a dry run from its scratch file alike: what {@code console/review :: decisions} shows.
 */
final class DecisionReview {

    /** Decisions on one page of a run's review. */
    static final int PAGE = 50;

    private DecisionReview() {
    }

    /**
     * What a reviewer asked for, as the request's parameters bind to it: the filters, the search
     * {@code q}, and the claim id the page starts {@code after}. Any of them may be absent.
     */
    record Request(Outcome outcome, Reason reason, String customer, String currency, String q, String pack,
            String after) {

        DecisionQuery query() {
            return new DecisionQuery(Optional.ofNullable(outcome), Optional.ofNullable(reason),
                    Optional.ofNullable(customer), Optional.ofNullable(currency), Optional.ofNullable(q),
                    Optional.ofNullable(pack));
        }
    }

    /**
     * @param reviewUrl the page's own path, which the filters and the next page go back to
     * @param decisionUrl where one decision's detail is, followed by its claim id; null for none
     */
    static void fill(Model model, DecisionJournal decisions, long runId, Request request, String reviewUrl,
            String decisionUrl) {
        DecisionQuery query = request.query();
        Optional<String> from = Optional.ofNullable(request.after()).filter(s -> !s.isEmpty());
        // one more than a page tells whether there is a next one
        List<ClaimDecision> page = decisions.pageOfRun(runId, query, from, PAGE + 1);
        List<DecisionLine> lines = page.stream().limit(PAGE).map(DecisionLine::of).toList();
        model.addAttribute("reviewUrl", reviewUrl);
        model.addAttribute("decisionUrl", decisionUrl);
        model.addAttribute("query", query);
        model.addAttribute("lines", lines);
        model.addAttribute("matching", decisions.countOfRun(runId, query));
        model.addAttribute("next", page.size() > PAGE ? lines.get(PAGE - 1).claimId() : null);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("reasons", Reason.values());
        model.addAttribute("currencies", decisions.currenciesOfRun(runId));
        model.addAttribute("packs", decisions.packsOfRun(runId));
        model.addAttribute("totals", SettledTotals.ofRun(decisions, runId));
        model.addAttribute("decided", decisions.countOfRun(runId));
    }
}
