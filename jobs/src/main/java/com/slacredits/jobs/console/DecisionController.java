package com.slacredits.jobs.console;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.reports.DecisionWording;
import com.slacredits.writers.jdbc.DecisionJournal;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** One decision of a real run: its figures, the sentence its statement shows, and its reversal. */
@Controller
@Profile(ConsoleCommand.PROFILE)
class DecisionController {

    private final RunHistory history;
    private final DecisionJournal decisions;
    private final DecisionWording wording;

    DecisionController(RunHistory history, DecisionJournal decisions, PolicyCatalog policies) {
        this.history = history;
        this.decisions = decisions;
        this.wording = new DecisionWording(policies);
    }

    @GetMapping("/runs/{runId}/decisions/{claimId}")
    String decision(@PathVariable long runId, @PathVariable String claimId, Model model) {
        RunSummary run = history.find(runId).orElseThrow(DecisionController::notFound);
        ClaimDecision decision = decisions.ofClaim(runId, claimId).orElseThrow(DecisionController::notFound);
        model.addAttribute("run", run);
        model.addAttribute("line", DecisionLine.of(decision));
        model.addAttribute("availability", decision.availability().orElse(null));
        model.addAttribute("shown", decision.availability().map(a -> a.percentShown().toPlainString()).orElse(null));
        model.addAttribute("guarantee", decision.guaranteePercent().map(p -> p.toPlainString()).orElse(null));
        model.addAttribute("tier", wording.decision(decision));
        model.addAttribute("sentence", wording.explanation(decision));
        return "console/decision";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
