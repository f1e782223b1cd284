package com.slacredits.jobs.console;


import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starting a run, watching it, reviewing a dry run, approving it, resuming a run that failed, and
 * releasing a held one.
 */
@Controller
class LaunchesController {

    private final LaunchBook launches;
    private final RunStarter starter;
    private final ConsoleSettings settings;

    LaunchesController(LaunchBook launches, RunStarter starter, ConsoleSettings settings) {
        this.launches = launches;
        this.starter = starter;
        this.settings = settings;
    }

    @GetMapping("/runs/new")
    String form(Model model) {
        model.addAttribute("dropFolders", settings.dropFolders());
        model.addAttribute("asOf", LocalDate.now().withDayOfMonth(5));
        model.addAttribute("realRunsAlone", starter.realRunsStartAlone());
        return "console/start";
    }

    @PostMapping("/launches")
    String start(@RequestParam(required = false) String asOf, @RequestParam(defaultValue = "-1") int dropFolder,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String reason,
            Principal user, Model model) {
        try {
            LocalDate date = parseDate(asOf);
            Launch launch = starter.start(user.getName(), date, dropFolder, dryRun, reason);
            return "redirect:/launches/" + launch.launchId();
        } catch (ConsoleRefusal refused) {
            model.addAttribute("refusal", refused.getMessage());
            model.addAttribute("dropFolders", settings.dropFolders());
            model.addAttribute("asOf", asOf);
            model.addAttribute("realRunsAlone", starter.realRunsStartAlone());
            return "console/start";
        }
    }

    @GetMapping("/launches/{launchId}")
    String launch(@PathVariable long launchId, @ModelAttribute("reviewRequest") DecisionReview.Request review,
            Model model) {
        Launch launch = launches.find(launchId).orElseThrow(LaunchesController::notFound);
        progress(launch, model);
        Optional<Launch> approval = launches.approvalOf(launchId);
        // the approval is on both: the dry run approved and the real run it started
        List<Long> related = new ArrayList<>(List.of(launchId));
        launch.approves().ifPresent(related::add);
        approval.ifPresent(real -> related.add(real.launchId()));
        model.addAttribute("actions", launches.actionsOf(related,
                launch.dryRun() ? OptionalLong.empty() : launch.runId()));
        launch.approves().ifPresent(id -> model.addAttribute("approved", launches.find(id).orElse(null)));
        model.addAttribute("approval", approval.orElse(null));
        OptionalLong releases = launches.releasedBy(launchId);
        model.addAttribute("releases", releases.isPresent() ? releases.getAsLong() : null);
        model.addAttribute("files", new RunFiles(launch.output()).names());
        model.addAttribute("fileUrl", "/launches/" + launchId + "/file");
        if (launch.dryRun() && launch.state() == LaunchState.COMPLETED) {
            OptionalLong runId = launch.runId();
            if (runId.isPresent()) {
                DecisionReview.fill(model, starter.journalOf(launch), runId.getAsLong(),
                        review, "/launches/" + launchId, null);
                model.addAttribute("review", true);
            }
        }
        return "console/launch";
    }

    /** The live part of a launch's page, which its script fetches again while the run goes. */
    @GetMapping("/launches/{launchId}/progress")
    String progress(@PathVariable long launchId, Model model) {
        Launch launch = launches.find(launchId).orElseThrow(LaunchesController::notFound);
        progress(launch, model);
        return "console/launch :: progress";
    }

    @GetMapping("/launches/{launchId}/file")
    ResponseEntity<Resource> file(@PathVariable long launchId, @RequestParam String name) {
        Launch launch = launches.find(launchId).orElseThrow(LaunchesController::notFound);
        return RunFiles.download(new RunFiles(launch.output()), name);
    }

    @PostMapping("/launches/{launchId}/approve")
    String approve(@PathVariable long launchId, @RequestParam(required = false) String reason, Principal user,
            RedirectAttributes redirect) {
        launches.find(launchId).orElseThrow(LaunchesController::notFound);
        try {
            Launch real = starter.approve(launchId, user.getName(), reason);
            return "redirect:/launches/" + real.launchId();
        } catch (ConsoleRefusal refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/launches/" + launchId;
        }
    }

    /**
     * Releases what the credit brake held in run {@code runId}, by a user other than the one who started
     * it: the run's own command with {@code --release-held}, watched on its launch's page.
     */
    @PostMapping("/runs/{runId}/release")
    String release(@PathVariable long runId, @RequestParam(required = false) String reason, Principal user,
            RedirectAttributes redirect) {
        try {
            Launch launch = starter.release(runId, user.getName(), reason);
            return "redirect:/launches/" + launch.launchId();
        } catch (ConsoleRefusal refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
            return "redirect:/runs/" + runId;
        }
    }

    @PostMapping("/launches/{launchId}/resume")
    String resume(@PathVariable long launchId, @RequestParam(required = false) String reason, Principal user,
            RedirectAttributes redirect) {
        launches.find(launchId).orElseThrow(LaunchesController::notFound);
        try {
            starter.resume(launchId, user.getName(), reason);
        } catch (ConsoleRefusal refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/launches/" + launchId;
    }

    private void progress(Launch launch, Model model) {
        StepProgress progress = starter.progressOf(launch);
        OptionalLong runId = launch.runId().isPresent() ? launch.runId() : progress.runOf(launch.output().toString());
        model.addAttribute("launch", launch);
        model.addAttribute("runId", runId.isPresent() ? runId.getAsLong() : null);
        model.addAttribute("steps", runId.isPresent() ? progress.stepsOf(runId.getAsLong()) : List.of());
        model.addAttribute("printed", starter.printedSoFar(launch.launchId()).orElse(launch.printed()));
    }

    private static LocalDate parseDate(String asOf) {
        try {
            return LocalDate.parse(asOf == null ? "" : asOf.strip());
        } catch (DateTimeParseException e) {
            throw new ConsoleRefusal("Give the as-of date as YYYY-MM-DD.");
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
