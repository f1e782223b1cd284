package com.slacredits.jobs.console;

import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.DecisionQuery;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The runs list, one run's review, and its files: all read-only. */
@Controller
@Profile(ConsoleCommand.PROFILE)
class RunsController {

    /** Decisions on one page of a run's review. */
    static final int PAGE = 50;

    private final RunHistory history;
    private final DecisionJournal decisions;

    RunsController(RunHistory history, DecisionJournal decisions) {
        this.history = history;
        this.decisions = decisions;
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", history.latest());
        return "console/runs";
    }

    @GetMapping("/runs/{runId}")
    String run(@PathVariable long runId, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) Reason reason, @RequestParam(required = false) String customer,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, Model model) {
        RunSummary run = history.find(runId).orElseThrow(RunsController::notFound);
        DecisionQuery query = new DecisionQuery(Optional.ofNullable(outcome), Optional.ofNullable(reason),
                Optional.ofNullable(customer), Optional.ofNullable(currency), Optional.ofNullable(q));
        Optional<String> from = Optional.ofNullable(after).filter(s -> !s.isEmpty());
        // one more than a page tells whether there is a next one
        List<ClaimDecision> page = decisions.pageOfRun(runId, query, from, PAGE + 1);
        List<DecisionLine> lines = page.stream().limit(PAGE).map(DecisionLine::of).toList();
        model.addAttribute("run", run);
        model.addAttribute("query", query);
        model.addAttribute("lines", lines);
        model.addAttribute("matching", decisions.countOfRun(runId, query));
        model.addAttribute("next", page.size() > PAGE ? lines.get(PAGE - 1).claimId() : null);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("reasons", Reason.values());
        model.addAttribute("currencies", decisions.currenciesOfRun(runId));
        model.addAttribute("files", new RunFiles(run.output()).names());
        return "console/run";
    }

    /**
     * A file of the run's listing. The name is looked up in that listing and only the listing's own
     * path is opened; any other name, {@code ..} and absolute paths among them, is not found.
     */
    @GetMapping("/runs/{runId}/file")
    ResponseEntity<Resource> file(@PathVariable long runId, @RequestParam String name) {
        RunSummary run = history.find(runId).orElseThrow(RunsController::notFound);
        Path file = new RunFiles(run.output()).find(name).orElseThrow(RunsController::notFound);
        MediaType type = MediaTypeFactory.getMediaType(file.getFileName().toString())
                .orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.getFileName().toString()).build().toString())
                .body(new FileSystemResource(file));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
