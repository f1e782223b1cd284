package com.slacredits.jobs.console;

import com.slacredits.writers.jdbc.MeasurementReview;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The support tickets a run measured (issue 19), filtered on met and missed: read-only, for a real run
 * and for a dry run of the console from its scratch database.
 */
@Controller
class SupportController {

    private final RunHistory history;
    private final MeasurementReview measurements;
    private final LaunchBook launches;
    private final RunStarter starter;

    SupportController(RunHistory history, MeasurementReview measurements, LaunchBook launches, RunStarter starter) {
        this.history = history;
        this.measurements = measurements;
        this.launches = launches;
        this.starter = starter;
    }

    @GetMapping("/runs/{runId}/support")
    String run(@PathVariable long runId, @ModelAttribute("supportRequest") SupportReview.Request request,
            Model model) {
        RunListing run = history.find(runId).orElseThrow(SupportController::notFound);
        model.addAttribute("title", "Run " + runId + ", as of " + run.asOf());
        model.addAttribute("backUrl", "/runs/" + runId);
        SupportReview.fill(model, measurements, runId, request, "/runs/" + runId + "/support",
                "/runs/" + runId + "/decisions");
        return "console/support";
    }

    /**
     * A completed dry run's tickets, from its scratch database; a real run of the console is reviewed on
     * its run's page.
     */
    @GetMapping("/launches/{launchId}/support")
    String launch(@PathVariable long launchId, @ModelAttribute("supportRequest") SupportReview.Request request,
            Model model) {
        Launch launch = launches.find(launchId).orElseThrow(SupportController::notFound);
        OptionalLong runId = launch.runId();
        if (runId.isEmpty() || launch.state() != LaunchState.COMPLETED) {
            throw notFound();
        }
        if (!launch.dryRun()) {
            return "redirect:/runs/" + runId.getAsLong() + "/support";
        }
        model.addAttribute("title", "Dry run " + runId.getAsLong() + ", as of " + launch.asOf());
        model.addAttribute("backUrl", "/launches/" + launchId);
        SupportReview.fill(model, starter.measurementsOf(launch), runId.getAsLong(), request,
                "/launches/" + launchId + "/support", null);
        return "console/support";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
