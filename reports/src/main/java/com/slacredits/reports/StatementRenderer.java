package com.slacredits.reports;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.RejectionListing;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * Renders customer credit statements.
 *
 * <p>Thread-safe: it holds the compiled templates, which are shared, and creates a filler and an
 * exporter for every statement, which are not. One instance serves every thread of a run.
 */
public final class StatementRenderer {

    private final CompiledReports reports;
    private final DecisionWording wording;
    private final SupportWording support;

    public StatementRenderer(CompiledReports reports, DecisionWording wording) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.wording = Objects.requireNonNull(wording, "wording");
        this.support = new SupportWording(wording.policies());
    }

    /**
     * Renders the statement to {@code target} through a temporary sibling and an atomic rename.
     * Does nothing when a complete PDF is already there, so that a restarted run never renders a
     * statement twice; a cut-off file there counts as missing.
     *
     * @return true when this call wrote the file
     */
    public boolean render(CustomerStatement statement, StatementHeader header, Path target) throws IOException {
        if (!statement.customerId().equals(header.customerId())) {
            throw new IllegalArgumentException("header of customer " + header.customerId()
                    + " on the statement of customer " + statement.customerId());
        }
        return new PdfTarget(target).write(out -> {
            JRVirtualizer virtualizer = statement.lineCount() > VIRTUALIZED_FROM_LINES
                    ? new JRSwapFileVirtualizer(PAGES_IN_MEMORY,
                            new JRSwapFile(System.getProperty("java.io.tmpdir"), 64 * 1024, 64), true)
                    : null;
            try {
                export(fill(statement, header, virtualizer), header, out);
            } finally {
                if (virtualizer != null) {
                    virtualizer.cleanup();
                }
            }
        });
    }

    /** The most of a customer's name the header shows: three lines of its column, so the header keeps its layout. */
    static final int NAME_CHARACTERS = 120;

    /** The text, or its first characters and an ellipsis when it is longer than {@code characters}. */
    static String fitted(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, characters - 1).stripTrailing() + "…";
    }

    /**
     * A statement longer than this many lines (some 40 pages) keeps only {@link #PAGES_IN_MEMORY} of its
     * filled pages in memory and the rest in a swap file, so that a customer with a hundred thousand
     * claims in a month gets a statement without the run running out of memory. Below it, pages stay
     * in memory: a swap file costs more than a short statement's rendering.
     */
    static final int VIRTUALIZED_FROM_LINES = 2_000;
    private static final int PAGES_IN_MEMORY = 20;

    JasperPrint fill(CustomerStatement statement, StatementHeader header) {
        return fill(statement, header, null);
    }

    private JasperPrint fill(CustomerStatement statement, StatementHeader header, JRVirtualizer virtualizer) {
        List<Object> decisions = decisionLines(statement);
        List<AdjustmentReversal> reversals = statement.reversals();
        List<MeasuredTicket> tickets = statement.tickets();
        Map<String, DecisionEvidence> evidence = statement.evidence().stream()
                .collect(Collectors.toMap(DecisionEvidence::claimId, shown -> shown));
        // Worded as the filler reaches each line, not all before it starts; reversals after the decisions,
        // and the support tickets, a section of their own, last.
        List<StatementLine> lines = new AbstractList<>() {
            @Override
            public StatementLine get(int index) {
                if (index < decisions.size()) {
                    return decisions.get(index) instanceof ClaimDecision decision
                            ? new StatementLine(decision, statement.invoiceOf(decision.claimId()), wording,
                                    statement.refundedInvoices().getOrDefault(decision.claim().contractId(), List.of()),
                                    Optional.ofNullable(evidence.get(decision.claimId())))
                            : new StatementLine((RejectionListing.Unlisted) decisions.get(index));
                }
                int next = index - decisions.size();
                return next < reversals.size() ? new StatementLine(reversals.get(next), wording)
                        : new StatementLine(tickets.get(next - reversals.size()), support, header.statementDate());
            }

            @Override
            public int size() {
                return decisions.size() + reversals.size() + tickets.size();
            }
        };
        Map<String, Object> parameters = new HashMap<>();
        if (virtualizer != null) {
            parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        }
        parameters.put("PROVIDER_NAME", header.providerName());
        parameters.put("CUSTOMER_ID", header.customerId());
        parameters.put("CUSTOMER_NAME", fitted(header.customerName(), NAME_CHARACTERS));
        parameters.put("STATEMENT_DATE", header.statementDate().toString());
        parameters.put("STATEMENT_NUMBER", header.statementNumber());
        parameters.put("BANNER", header.banner().orElse(null));
        parameters.put("INTRO", intro(statement, header));
        parameters.put("HAS_CLAIMS", statement.hasClaimLines());
        // The totals are a handful of lines: one text field per column, a line per currency. A
        // subreport costs a second filler and a thread per statement; dropping it cut a
        // statement's CPU time by about a third.
        List<StatementTotal> totals = StatementTotal.of(statement.decisions(), statement.reversals());
        parameters.put("TOTAL_CURRENCIES", column(totals, StatementTotal::currency));
        parameters.put("TOTAL_CREDITED", column(totals, StatementTotal::credited));
        parameters.put("TOTAL_REFUNDED", column(totals, StatementTotal::refunded));
        parameters.put("TOTAL_AMOUNTS", column(totals, StatementTotal::total));
        try {
            return JasperFillManager.fillReport(reports.statement(), parameters, new JRBeanCollectionDataSource(lines));
        } catch (JRException e) {
            throw new ReportRenderingException("statement of customer " + statement.customerId() + " does not fill", e);
        }
    }

    /**
     * The decisions' lines in order, not yet worded: each decision listed, and after a group's last listed
     * rejection the line of the group's others.
     */
    static List<Object> decisionLines(CustomerStatement statement) {
        Map<String, RejectionListing.Unlisted> after = statement.unlisted().stream()
                .collect(Collectors.toMap(RejectionListing.Unlisted::afterClaimId, Function.identity()));
        List<Object> lines = new ArrayList<>(statement.decisions().size() + after.size());
        for (ClaimDecision decision : statement.decisions()) {
            lines.add(decision);
            RejectionListing.Unlisted more = after.get(decision.claimId());
            if (more != null) {
                lines.add(more);
            }
        }
        return lines;
    }

    /**
     * The first page's opening: what the decisions are about. Claims, as ever; or also, or only, the
     * periods an automatic pack has the run decide without a claim (policy packs, section 4).
     */
    static String intro(CustomerStatement statement, StatementHeader header) {
        String reversed = " It also lists, as a line of its own, an amount we posted for you earlier and have"
                + " reversed.";
        String tickets = statement.tickets().isEmpty() ? ""
                : " After them come the support tickets this run measured for you: how long our first response and"
                        + " the resolution took against the times your SLA sets.";
        if (statement.decisions().isEmpty() && statement.reversals().isEmpty()) {
            return "Our month-end run of " + header.statementDate() + " decided no claim of yours. This statement"
                    + " lists the support tickets it measured for you: how long our first response and the"
                    + " resolution took against the times your SLA sets.";
        }
        if (statement.decisions().isEmpty()) {
            return "Our month-end run of " + header.statementDate() + " decided no claim of yours. This statement"
                    + " lists an amount we posted for you earlier and have reversed, and what you are owed after it."
                    + tickets;
        }
        return decisionsIntro(statement, header) + (statement.reversals().isEmpty() ? "" : reversed) + tickets;
    }

    private static String decisionsIntro(CustomerStatement statement, StatementHeader header) {
        long automatic = statement.decisions().stream().filter(decision -> decision.claim().isAutomatic()).count();
        String measurement = " Availability is measured by our monitoring in one-minute intervals and shown cut, not"
                + " rounded, to three decimals; excused time is left out of the measurement.";
        if (automatic == 0) {
            return "These are the decisions on your service level claims from our month-end run of "
                    + header.statementDate() + "." + measurement;
        }
        String run = "These are the decisions of our month-end run of " + header.statementDate() + " on ";
        return run + (automatic == statement.decisions().size()
                ? "the periods your SLA has us measure ourselves, without a claim from you."
                : "your service level claims, and on the periods your SLA has us measure ourselves without a claim.")
                + measurement;
    }

    private static String column(List<StatementTotal> totals, Function<StatementTotal, String> cell) {
        return totals.stream().map(cell).collect(Collectors.joining("\n"));
    }

    void export(JasperPrint print, StatementHeader header, OutputStream out) throws IOException {
        PdfDocument.export(print, "SLA credit statement " + header.statementNumber(), header.providerName(), out);
    }
}
