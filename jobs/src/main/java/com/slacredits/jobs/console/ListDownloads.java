package com.slacredits.jobs.console;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.PolicyCatalog;
import com.slacredits.writers.csv.AdjustmentRow;
import com.slacredits.writers.csv.CsvTable;
import com.slacredits.writers.csv.DecisionRow;
import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.csv.SupportRow;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.DecisionQuery;
import com.slacredits.writers.jdbc.MeasurementQuery;
import com.slacredits.writers.jdbc.MeasurementReview;
import com.slacredits.writers.jdbc.PostedAdjustment;
import com.slacredits.writers.jdbc.ReversalJournal;
import com.slacredits.writers.jdbc.RunDecision;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Every list the console shows, filtered as shown, as a CSV download: the runs, a run's decisions and its
 * measured tickets (a real run's and a dry run's of the console alike), and one customer's contracts,
 * decisions and adjustments. Rows are in the output files' own columns ({@code decisions.csv},
 * {@code support.csv}, {@code adjustments.csv}), a run's id in front where the list spans runs, and every
 * cell passes the output files' formula guard ({@link CsvTable}). Amounts are plain numbers with their
 * currency code beside them, for a spreadsheet to add up.
 */
@Controller
class ListDownloads {

    static final String CSV = "text/csv;charset=UTF-8";

    /** Rows read from the database at a time: the whole list is never in memory. */
    private static final int ROWS = 1_000;

    static final List<String> RUN_HEADER = List.of("run_id", "as_of", "kind", "status", "started_by", "started",
            "ended", "decisions", "rejected_rows", "currency", "credited", "refunded_in_cash");
    static final List<String> CONTRACT_HEADER = List.of("contract_id", "customer_id", "customer_name",
            "customer_email", "edition", "service_id", "annual_fee", "currency", "start_date", "end_date", "policy",
            "terminated_on");

    private final RunHistory history;
    private final DecisionJournal decisions;
    private final MeasurementReview measurements;
    private final LaunchBook launches;
    private final RunStarter starter;
    private final ContractRepository contracts;
    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final DecisionRow decisionRow;

    ListDownloads(RunHistory history, DecisionJournal decisions, MeasurementReview measurements, LaunchBook launches,
            RunStarter starter, ContractRepository contracts, AdjustmentJournal adjustments, ReversalJournal reversals,
            PolicyCatalog policies) {
        this.history = history;
        this.decisions = decisions;
        this.measurements = measurements;
        this.launches = launches;
        this.starter = starter;
        this.contracts = contracts;
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.decisionRow = new DecisionRow(policies);
    }

    /**
     * The runs list: a row per run and currency, so that a column of credits adds up; a run that decided no
     * money has one row, its currency empty.
     */
    @GetMapping("/runs.csv")
    void runs(HttpServletResponse response) throws IOException {
        List<RunListing> runs = history.latest();
        Map<Long, String> starters = launches.startersOfRuns();
        CsvTable csv = table(response, "runs.csv", RUN_HEADER);
        for (RunListing run : runs) {
            SettledTotals totals = run.totals();
            TreeSet<String> currencies = new TreeSet<>(totals.credited().keySet());
            currencies.addAll(totals.refunded().keySet());
            List<String> each = currencies.isEmpty() ? List.of("") : List.copyOf(currencies);
            for (String currency : each) {
                csv.row(Long.toString(run.runId()), text(run.asOf()), run.dryRun() ? "dry run" : "real", run.status(),
                        starters.getOrDefault(run.runId(), "command line"), time(run.started()), time(run.ended()),
                        Long.toString(run.decisions()), Long.toString(run.rejectedRows()), currency,
                        plain(totals.credited().get(currency)), plain(totals.refunded().get(currency)));
            }
        }
        csv.flush();
    }

    /** A run's decisions as its review filters them, in {@code decisions.csv}'s columns. */
    @GetMapping("/runs/{runId}/decisions.csv")
    void runDecisions(@PathVariable long runId, @ModelAttribute DecisionReview.Request review,
            HttpServletResponse response) throws IOException {
        history.find(runId).orElseThrow(ListDownloads::notFound);
        decisionsOf(decisions, runId, review.query(), response, "run-" + runId + "-decisions.csv");
    }

    /** A completed dry run's decisions, filtered, from its scratch database. */
    @GetMapping("/launches/{launchId}/decisions.csv")
    void dryRunDecisions(@PathVariable long launchId, @ModelAttribute DecisionReview.Request review,
            HttpServletResponse response) throws IOException {
        Launch launch = completedDryRun(launchId);
        long runId = launch.runId().getAsLong();
        decisionsOf(starter.journalOf(launch), runId, review.query(), response,
                "dry-run-" + runId + "-decisions.csv");
    }

    /** A run's measured tickets as its support review filters them (met, missed, priority, search). */
    @GetMapping("/runs/{runId}/support.csv")
    void runTickets(@PathVariable long runId, @ModelAttribute SupportReview.Request review,
            HttpServletResponse response) throws IOException {
        history.find(runId).orElseThrow(ListDownloads::notFound);
        ticketsOf(measurements, runId, review.query(), response, "run-" + runId + "-support.csv");
    }

    @GetMapping("/launches/{launchId}/support.csv")
    void dryRunTickets(@PathVariable long launchId, @ModelAttribute SupportReview.Request review,
            HttpServletResponse response) throws IOException {
        Launch launch = completedDryRun(launchId);
        long runId = launch.runId().getAsLong();
        ticketsOf(starter.measurementsOf(launch), runId, review.query(), response,
                "dry-run-" + runId + "-support.csv");
    }

    @GetMapping("/customers/{customerId}/contracts.csv")
    void customerContracts(@PathVariable String customerId, HttpServletResponse response) throws IOException {
        List<Contract> own = contracts.ofCustomer(customerId);
        if (own.isEmpty()) {
            throw notFound();
        }
        CsvTable csv = table(response, "customer-contracts.csv", CONTRACT_HEADER);
        for (Contract k : own) {
            csv.row(k.contractId(), k.customerId(), text(k.customerName()), text(k.customerEmail()), k.edition(),
                    k.serviceId(), k.annualFee().toPlainString(), k.currency().getCurrencyCode(),
                    k.startDate().toString(), k.endDate().map(Object::toString).orElse(""), k.policyId(),
                    k.terminatedOn().map(Object::toString).orElse(""));
        }
        csv.flush();
    }

    /** A customer's decisions in every run, newest run first: {@code run_id}, then {@code decisions.csv}'s columns. */
    @GetMapping("/customers/{customerId}/decisions.csv")
    void customerDecisions(@PathVariable String customerId, HttpServletResponse response) throws IOException {
        List<String> header = new ArrayList<>(List.of("run_id"));
        header.addAll(DecisionRow.HEADER);
        CsvTable csv = table(response, "customer-decisions.csv", header);
        Optional<RunDecision.Place> after = Optional.empty();
        List<RunDecision> page;
        do {
            page = decisions.pageOfCustomer(customerId, after, ROWS);
            for (RunDecision decision : page) {
                csv.row(CsvTable.led(Long.toString(decision.runId()), decisionRow.cells(decision.decision())));
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).place());
        } while (page.size() == ROWS);
        csv.flush();
    }

    /**
     * A customer's adjustments, each followed by its reversal if finance took it back: {@code run_id} (the run
     * whose {@code adjustments.csv} lists the row: the posting run, or the reporting run of a reversal, empty
     * until one reports it), then {@code adjustments.csv}'s columns.
     */
    @GetMapping("/customers/{customerId}/adjustments.csv")
    void customerAdjustments(@PathVariable String customerId, HttpServletResponse response) throws IOException {
        List<String> header = new ArrayList<>(List.of("run_id"));
        header.addAll(AdjustmentRow.HEADER);
        AdjustmentRow row = new AdjustmentRow();
        Map<String, AdjustmentReversal> reversed = reversals.ofCustomer(customerId).stream()
                .collect(Collectors.toMap(AdjustmentReversal::claimId, Function.identity()));
        Map<String, Long> reportedIn = reversals.reportingRunsOfCustomer(customerId);
        CsvTable csv = table(response, "customer-adjustments.csv", header);
        for (PostedAdjustment posted : adjustments.ofCustomer(customerId)) {
            csv.row(CsvTable.led(Long.toString(posted.runId()), row.cells(posted.adjustment())));
            AdjustmentReversal reversal = reversed.get(posted.adjustment().claimId());
            if (reversal != null) {
                Long run = reportedIn.get(reversal.adjustmentId());
                csv.row(CsvTable.led(run == null ? "" : run.toString(), row.cells(reversal)));
            }
        }
        csv.flush();
    }

    private void decisionsOf(DecisionJournal journal, long runId, DecisionQuery query, HttpServletResponse response,
            String fileName) throws IOException {
        CsvTable csv = table(response, fileName, DecisionRow.HEADER);
        Optional<String> after = Optional.empty();
        List<ClaimDecision> page;
        do {
            page = journal.pageOfRun(runId, query, after, ROWS);
            for (ClaimDecision decision : page) {
                csv.row(decisionRow.cells(decision));
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).claimId());
        } while (page.size() == ROWS);
        csv.flush();
    }

    private static void ticketsOf(MeasurementReview review, long runId, MeasurementQuery query,
            HttpServletResponse response, String fileName) throws IOException {
        SupportRow row = new SupportRow();
        CsvTable csv = table(response, fileName, SupportRow.HEADER);
        Optional<String> after = Optional.empty();
        List<SupportLine> page;
        do {
            page = review.pageOfRun(runId, query, after, ROWS);
            for (SupportLine line : page) {
                csv.row(row.cells(line));
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).ticketId());
        } while (page.size() == ROWS);
        csv.flush();
    }

    private Launch completedDryRun(long launchId) {
        Launch launch = launches.find(launchId).orElseThrow(ListDownloads::notFound);
        if (!launch.dryRun() || launch.state() != LaunchState.COMPLETED || launch.runId().isEmpty()) {
            throw notFound();
        }
        return launch;
    }

    private static CsvTable table(HttpServletResponse response, String fileName, List<String> header)
            throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(CSV);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        return new CsvTable(response.getWriter(), header);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String time(LocalDateTime at) {
        return at == null ? "" : at.withNano(0).toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
