package com.slacredits.jobs.console;


import com.slacredits.domain.Adjustment;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.reports.DayMarks;
import com.slacredits.reports.DecisionEvidence;
import com.slacredits.reports.DecisionWording;
import com.slacredits.domain.ReversalRefusedException;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.csv.EvidenceLine;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.EvidenceJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * One decision of a real run: its figures, the sentence its statement shows, the invoice its posted adjustment
 * corrects, and its reversal.
 */
@Controller
class DecisionController {

    private final RunHistory history;
    private final DecisionJournal decisions;
    private final DecisionWording wording;
    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final EvidenceJournal evidence;
    private final ReversalControl control;
    private final ReversalRequests requests;

    DecisionController(RunHistory history, DecisionJournal decisions, PolicyCatalog policies,
            AdjustmentJournal adjustments, ReversalJournal reversals, EvidenceJournal evidence,
            ReversalControl control, ReversalRequests requests) {
        this.history = history;
        this.decisions = decisions;
        this.wording = new DecisionWording(policies);
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.evidence = evidence;
        this.control = control;
        this.requests = requests;
    }

    @GetMapping("/runs/{runId}/decisions/{claimId}")
    String decision(@PathVariable long runId, @PathVariable String claimId, Model model) {
        RunListing run = history.find(runId).orElseThrow(DecisionController::notFound);
        ClaimDecision decision = decisions.ofClaim(runId, claimId).orElseThrow(DecisionController::notFound);
        model.addAttribute("run", run);
        model.addAttribute("line", DecisionLine.of(decision));
        model.addAttribute("availability", decision.availability().orElse(null));
        model.addAttribute("shown", decision.availability().map(a -> a.percentShown().toPlainString()).orElse(null));
        model.addAttribute("guarantee", decision.guaranteePercent().map(p -> p.toPlainString()).orElse(null));
        model.addAttribute("tier", wording.decision(decision));
        model.addAttribute("sentence", wording.explanation(decision));
        // a verified decision's evidence as the run stored it, in the words and marks its statement line shows
        Optional<DecisionEvidence> shown = decision.availability().map(measured -> evidenceOf(runId, claimId));
        model.addAttribute("evidence", shown.map(any -> wording.evidence(decision, any)).orElse(null));
        model.addAttribute("marks", shown.map(any -> wording.dayMarks(decision, any)).orElse(null));
        model.addAttribute("legend", shown.map(any -> DayMarks.legend()).orElse(null));
        // the invoice as the posting run stored it; nothing is posted yet while the run is held
        Optional<Adjustment> posted = adjustments.ofClaim(claimId);
        model.addAttribute("posted", posted.isPresent());
        model.addAttribute("invoice", posted.flatMap(Adjustment::invoiceId).orElse(null));
        model.addAttribute("reversal", reversals.ofClaim(claimId).orElse(null));
        model.addAttribute("request", requests.ofClaim(claimId).orElse(null));
        // what the confirmation names, and whether the reversal will wait for a second user
        model.addAttribute("reversedAmount", posted.map(DecisionController::amount).orElse(null));
        model.addAttribute("reversalWaits", posted.filter(control::waits).isPresent());
        // a posted adjustment is this run's when the run is real and not held: what can be reversed
        model.addAttribute("reversible", !run.dryRun() && decision.adjustment().isPresent()
                && !"HELD".equals(run.status()));
        return "console/decision";
    }

    /**
     * Reverses the claim's posted adjustment: a compensating adjustment, posted now and reported by the
     * next real run; the decision itself is never changed.
     */
    @PostMapping("/runs/{runId}/decisions/{claimId}/reverse")
    String reverse(@PathVariable long runId, @PathVariable String claimId, @RequestParam(required = false) String reason,
            Principal user, RedirectAttributes redirect) {
        history.find(runId).orElseThrow(DecisionController::notFound);
        decisions.ofClaim(runId, claimId).orElseThrow(DecisionController::notFound);
        try {
            ReversalControl.Outcome outcome = control.request(runId, claimId, user.getName(),
                    reason == null ? "" : reason.strip(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
            outcome.waiting().ifPresent(waiting -> redirect.addFlashAttribute("notice", "The reversal of "
                    + amount(waiting.adjustment()) + " is above the approval threshold: it waits for a second "
                    + "FINANCE user's approval, and nothing is posted until then."));
        } catch (ReversalRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return decisionPage(runId, claimId);
    }

    /** Approves a reversal that waits for a second FINANCE user: it is posted now, in the requester's name. */
    @PostMapping("/runs/{runId}/decisions/{claimId}/approve-reversal")
    String approveReversal(@PathVariable long runId, @PathVariable String claimId,
            @RequestParam(required = false) String reason, Principal user, RedirectAttributes redirect) {
        history.find(runId).orElseThrow(DecisionController::notFound);
        decisions.ofClaim(runId, claimId).orElseThrow(DecisionController::notFound);
        try {
            control.approve(runId, claimId, user.getName(), reason, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (ReversalRefusedException refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return decisionPage(runId, claimId);
    }

    private static String decisionPage(long runId, String claimId) {
        return "redirect:/runs/" + runId + "/decisions/" + UriUtils.encodePathSegment(claimId, StandardCharsets.UTF_8);
    }

    private static String amount(Adjustment adjustment) {
        return adjustment.amount().plain() + " " + adjustment.amount().currency().getCurrencyCode();
    }

    private DecisionEvidence evidenceOf(long runId, String claimId) {
        return new DecisionEvidence(claimId, evidence.ofClaim(runId, claimId).stream()
                .map(DecisionController::run).toList());
    }

    private static DecisionEvidence.Run run(EvidenceLine line) {
        return new DecisionEvidence.Run(DecisionEvidence.Kind.valueOf(line.kind()), line.windowId(), line.cause(),
                line.announcedAt(), line.startsAt(), line.endsAt(), line.minutes());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
