package com.slacredits.jobs.console;


import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.StatementDeliveries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The runs list, one run's review, and its files: all read-only. */
@Controller
class RunsController {

    private final RunHistory history;
    private final DecisionJournal decisions;
    private final LaunchBook launches;
    private final ReversalJournal reversals;
    private final StatementDeliveries deliveries;
    private final ReversalRequests requests;

    RunsController(RunHistory history, DecisionJournal decisions, LaunchBook launches, ReversalJournal reversals,
            StatementDeliveries deliveries, ReversalRequests requests) {
        this.deliveries = deliveries;
        this.history = history;
        this.decisions = decisions;
        this.launches = launches;
        this.reversals = reversals;
        this.requests = requests;
    }

    @GetMapping("/runs")
    String runs(Model model) {
        List<RunListing> runs = history.latest();
        Map<Long, String> starters = launches.startersOfRuns();
        Map<Long, String> startedBy = new HashMap<>();
        for (RunListing run : runs) {
            startedBy.put(run.runId(), starters.getOrDefault(run.runId(), "command line"));
        }
        model.addAttribute("runs", runs);
        model.addAttribute("startedBy", startedBy);
        model.addAttribute("launches", launches.latest(RunHistory.LATEST));
        return "console/runs";
    }

    @GetMapping("/runs/{runId}")
    String run(@PathVariable long runId, @ModelAttribute("reviewRequest") DecisionReview.Request review,
            Model model) {
        RunListing run = history.find(runId).orElseThrow(RunsController::notFound);
        Optional<Launch> launch = launches.ofRun(runId);
        model.addAttribute("run", run);
        model.addAttribute("launch", launch.orElse(null));
        model.addAttribute("actions", launches.actionsOf(launch.map(l -> List.of(l.launchId())).orElse(List.of()),
                OptionalLong.of(runId)));
        model.addAttribute("reversals", reversals.ofAdjustmentsOfRun(runId));
        model.addAttribute("waitingReversals", requests.waitingOfRun(runId));
        model.addAttribute("files", new RunFiles(run.output()).names());
        // the statements sent by email, and those not delivered with why: empty when the run sent none
        Map<StatementDeliveries.State, Long> emailed = deliveries.countsOfRun(runId);
        model.addAttribute("emailing", !emailed.isEmpty());
        model.addAttribute("emailed", emailed.getOrDefault(StatementDeliveries.State.SENT, 0L));
        model.addAttribute("undelivered", deliveries.undeliveredOfRun(runId));
        model.addAttribute("fileUrl", "/runs/" + runId + "/file");
        DecisionReview.fill(model, decisions, runId, review, "/runs/" + runId, "/runs/" + runId + "/decisions");
        return "console/run";
    }

    /**
     * A file of the run's listing. The name is looked up in that listing and only the listing's own
     * path is opened; any other name, {@code ..} and absolute paths among them, is not found.
     */
    @GetMapping("/runs/{runId}/file")
    ResponseEntity<Resource> file(@PathVariable long runId, @RequestParam String name) {
        RunListing run = history.find(runId).orElseThrow(RunsController::notFound);
        return RunFiles.download(new RunFiles(run.output()), name);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
