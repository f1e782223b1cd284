package com.slacredits.jobs.console;

import com.slacredits.jobs.monthend.MonthEndJobConfiguration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Where the runs stand, as a few values a page compares with what it was drawn from: a page polls one of
 * these (console/live.html) and reloads itself when it changes, so a run that ends shows as ended
 * without anyone pressing reload. JSON, read-only, cheap enough to ask every few seconds.
 */
@Controller("runStates")
class RunStates {

    /** Statuses of a run that is still going: its page keeps asking while its run is in one. */
    static final Set<String> GOING = Set.of("STARTING", "STARTED", "STOPPING");
    /** Runs are not queued (the lock refuses a second), so a going launch is among the newest. */
    private static final int RECENT_LAUNCHES = 20;

    private final JobRepository jobs;
    private final RunHistory history;
    private final LaunchBook launches;

    RunStates(JobRepository jobs, RunHistory history, LaunchBook launches) {
        this.jobs = jobs;
        this.history = history;
        this.launches = launches;
    }

    /** The runs list's state: the newest run and launch, and how many of each are going. */
    @GetMapping("/runs/state")
    @ResponseBody
    public Map<String, Object> ofRuns() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("newestRun", jobs.getJobInstances(MonthEndJobConfiguration.JOB_NAME, 0, 1).stream()
                .map(JobInstance::getInstanceId).findFirst().orElse(0L));
        state.put("runsGoing", jobs.findRunningJobExecutions(MonthEndJobConfiguration.JOB_NAME).size());
        state.put("newestLaunch", launches.latest(1).stream().map(Launch::launchId).findFirst().orElse(0L));
        state.put("launchesGoing", launches.latest(RECENT_LAUNCHES).stream()
                .filter(launch -> !launch.state().isFinal()).count());
        return state;
    }

    /** One run's status: {@code HELD} while the credit brake holds it, as its page shows it. */
    @GetMapping("/runs/{runId}/state")
    @ResponseBody
    public Map<String, Object> ofRun(@PathVariable long runId) {
        RunListing run = history.find(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of("status", run.status());
    }

    /** Whether the page of a run in this status should keep asking. */
    public boolean going(String status) {
        return GOING.contains(status);
    }
}
