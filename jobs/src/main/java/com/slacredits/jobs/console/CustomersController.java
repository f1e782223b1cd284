package com.slacredits.jobs.console;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Contract;
import com.slacredits.domain.StatementFileName;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.PostedAdjustment;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunDecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "What did we decide for Acme?": customers found by name or id, and one customer's contracts, decisions,
 * adjustments, reversals and statements across the runs of the database. Read-only; a dry run's decisions
 * are in its scratch file, not here.
 */
@Controller
class CustomersController {

    /** Customers a search lists; a search that matches more says so and asks for more of the name. */
    static final int MATCHES = 50;
    /** A customer's decisions on one page, newest run first. */
    static final int PAGE = 50;

    private final ContractRepository contracts;
    private final DecisionJournal decisions;
    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final RunHistory history;

    CustomersController(ContractRepository contracts, DecisionJournal decisions, AdjustmentJournal adjustments,
            ReversalJournal reversals, RunHistory history) {
        this.contracts = contracts;
        this.decisions = decisions;
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.history = history;
    }

    /** The customers whose name contains {@code q} in any case, or whose id starts with it. */
    @GetMapping("/customers")
    String find(@RequestParam(required = false) String q, Model model) {
        String search = q == null ? "" : q.strip();
        SortedMap<String, String> found = contracts.customersMatching(search, MATCHES + 1);
        model.addAttribute("q", search);
        model.addAttribute("customers", found.entrySet().stream().limit(MATCHES).toList());
        model.addAttribute("more", found.size() > MATCHES);
        return "console/customers";
    }

    /**
     * One customer across runs. The decisions come a page at a time, after the run {@code afterRun} and claim
     * {@code after} of the last one shown.
     */
    @GetMapping("/customers/{customerId}")
    String customer(@PathVariable String customerId, @RequestParam(required = false) Long afterRun,
            @RequestParam(required = false) String after, Model model) {
        List<Contract> own = contracts.ofCustomer(customerId);
        long decided = decisions.countOfCustomer(customerId);
        List<PostedAdjustment> posted = adjustments.ofCustomer(customerId);
        if (own.isEmpty() && decided == 0 && posted.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<RunDecision.Place> from = afterRun == null || after == null || after.isEmpty() ? Optional.empty()
                : Optional.of(new RunDecision.Place(afterRun, after));
        // one more than a page tells whether there is a next one
        List<RunDecision> page = decisions.pageOfCustomer(customerId, from, PAGE + 1);
        List<RunDecision> shown = page.stream().limit(PAGE).toList();
        List<AdjustmentReversal> taken = reversals.ofCustomer(customerId);
        Map<String, Long> postedIn = posted.stream().collect(Collectors.toMap(
                adjustment -> adjustment.adjustment().claimId(), PostedAdjustment::runId, (a, b) -> a));

        model.addAttribute("customerId", customerId);
        model.addAttribute("customerName", own.stream().map(Contract::customerName).findFirst().orElse(null));
        model.addAttribute("contracts", own);
        model.addAttribute("decided", decided);
        model.addAttribute("totals", SettledTotals.ofCustomer(decisions, customerId));
        model.addAttribute("lines", shown.stream().map(CustomerDecision::of).toList());
        model.addAttribute("next", page.size() > PAGE ? shown.get(PAGE - 1).place() : null);
        model.addAttribute("adjustments", posted);
        model.addAttribute("reversals", taken);
        model.addAttribute("reversedIn", postedIn);
        model.addAttribute("reportedIn", reversals.reportingRunsOfCustomer(customerId));
        model.addAttribute("statements", statementsOf(customerId, statementRuns(customerId)));
        return "console/customer";
    }

    /**
     * A decision with the run that made it, as the customer's page lists it.
     *
     * @param line the decision as a run's review shows it
     */
    public record CustomerDecision(long runId, DecisionLine line) {

        static CustomerDecision of(RunDecision decision) {
            return new CustomerDecision(decision.runId(), DecisionLine.of(decision.decision()));
        }
    }

    /**
     * A run's statement of the customer: its file in the run's listing, when the run's folder is on this
     * machine and holds one.
     *
     * @param file the name the run's download takes, null when there is none to download
     */
    public record Statement(RunListing run, String file) {
    }

    /** The runs that decided for the customer or reported a reversal of theirs: each wrote them a statement. */
    private List<Long> statementRuns(String customerId) {
        TreeSet<Long> runs = new TreeSet<>(decisions.runsOfCustomer(customerId));
        runs.addAll(reversals.reportingRunsOfCustomer(customerId).values());
        return new ArrayList<>(runs.descendingSet());
    }

    private List<Statement> statementsOf(String customerId, List<Long> runs) {
        String name = "statements/" + StatementFileName.of(customerId);
        List<Statement> statements = new ArrayList<>();
        for (long runId : runs) {
            history.find(runId).ifPresent(run -> statements.add(new Statement(run,
                    new RunFiles(run.output()).find(name).map(found -> name).orElse(null))));
        }
        return statements;
    }
}
