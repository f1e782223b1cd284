package com.slacredits.jobs.monthend.publish;

import com.slacredits.jobs.run.RunParameters;


import com.slacredits.reports.CustomerStatement;
import com.slacredits.reports.DecisionEvidence;
import com.slacredits.reports.MeasuredTicket;
import com.slacredits.reports.StatementItemWriter;
import com.slacredits.reports.StatementRenderer;
import com.slacredits.reports.StatementRun;
import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.Contract;
import com.slacredits.domain.RejectionListing;
import com.slacredits.writers.csv.EvidenceLine;
import com.slacredits.writers.csv.SupportLine;
import com.slacredits.writers.jdbc.AdjustmentJournal;
import com.slacredits.writers.jdbc.ContractRepository;
import com.slacredits.writers.jdbc.DecisionJournal;
import com.slacredits.writers.jdbc.EvidenceJournal;
import com.slacredits.writers.jdbc.HoldRegister;
import com.slacredits.writers.jdbc.MeasurementJournal;
import com.slacredits.writers.jdbc.ReversalJournal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders one customer's statement as the processor of the statements step. Rendering is the
 * processor's work, not the writer's, because Spring Batch 6 processes a chunk's items on the task
 * executor's threads (one per core) and writes them on one. Thread-safe once the step has begun.
 */
final class StatementRendering implements ItemProcessor<String, String>, StepExecutionListener {

    private final StatementRenderer renderer;
    private final DecisionJournal journal;
    private final AdjustmentJournal adjustments;
    private final ReversalJournal reversals;
    private final MeasurementJournal measurements;
    private final EvidenceJournal evidence;
    private final ContractRepository contracts;
    private final HoldRegister holds;
    private final RunParameters run;
    private volatile StatementItemWriter writer;

    StatementRendering(StatementRenderer renderer, DecisionJournal journal, AdjustmentJournal adjustments,
            ReversalJournal reversals, MeasurementJournal measurements, EvidenceJournal evidence,
            ContractRepository contracts, HoldRegister holds,
            RunParameters run) {
        this.renderer = renderer;
        this.journal = journal;
        this.adjustments = adjustments;
        this.reversals = reversals;
        this.measurements = measurements;
        this.evidence = evidence;
        this.contracts = contracts;
        this.holds = holds;
        this.run = run;
    }

    /** The run's id, and whether it is held, are the step's: read once, before the first statement. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        StatementRun statements = new StatementRun(StatementRun.DEFAULT_PROVIDER_NAME, run.runId(), run.asOf(),
                run.dryRun(), holds.isHeld(run.runId()));
        writer = new StatementItemWriter(renderer, statements, run.output());
    }

    /**
     * Reads one customer's decisions as the statement lists them (of a flood of rejections, ten and a
     * count) with the invoices their adjustments correct, the reversals the run reports for them and the
     * support tickets it measured for them, and renders them; returns the customer id, so that a chunk
     * holds ids, not the decisions of customers already rendered.
     */
    @Override
    public String process(String customerId) throws Exception {
        if (!writer.isWritten(customerId)) {
            RejectionListing decisions = journal.listedOfCustomer(run.runId(), customerId);
            List<AdjustmentReversal> reversed = reversals.reportedInRunOfCustomer(run.runId(), customerId);
            List<SupportLine> measured = measurements.ofCustomer(run.runId(), customerId);
            Map<String, Contract> parties = contractsOf(measured);
            List<MeasuredTicket> tickets = measured.stream().map(line -> ticket(line, parties)).toList();
            // the invoice each credit goes against, as the posting step stored it: none while the run is held
            Map<String, String> invoices = decisions.listed().isEmpty() ? Map.of()
                    : adjustments.invoicesOfCustomer(run.runId(), customerId);
            // the evidence of each verified decision listed, as the run stored it
            List<DecisionEvidence> shown = decisions.listed().stream()
                    .filter(decision -> decision.availability().isPresent())
                    .map(decision -> evidenceOf(decision.claimId()))
                    .toList();
            CustomerStatement statement = CustomerStatement.of(customerId, decisions, reversed, tickets,
                    decisions.listed().isEmpty() ? nameOnContractOf(reversed, measured, parties) : "")
                    .withInvoices(invoices).withEvidence(shown);
            writer.write(new Chunk<>(statement.withRefundedInvoices(statement.refundedContracts().stream()
                    .collect(Collectors.toMap(Function.identity(), contracts::invoicesOf)))));
        }
        return customerId;
    }

    /** A verified decision's evidence as the run stored it: what its statement line shows below it. */
    private DecisionEvidence evidenceOf(String claimId) {
        return new DecisionEvidence(claimId, evidence.ofClaim(run.runId(), claimId).stream()
                .map(StatementRendering::run)
                .toList());
    }

    private static DecisionEvidence.Run run(EvidenceLine line) {
        return new DecisionEvidence.Run(DecisionEvidence.Kind.valueOf(line.kind()), line.windowId(), line.cause(),
                line.announcedAt(), line.startsAt(), line.endsAt(), line.minutes());
    }

    /** The contracts of the measured tickets, by id: their editions and support hours word the calendars. */
    private Map<String, Contract> contractsOf(List<SupportLine> measured) {
        if (measured.isEmpty()) {
            return Map.of();
        }
        return contracts.findAll(measured.stream().map(SupportLine::contractId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Contract::contractId, Function.identity()));
    }

    /**
     * A measured ticket as the statement shows it: the row the run stored, with the contract's edition and
     * its support_zone and support_country as they stand, for a calendar in the customer's own hours.
     */
    static MeasuredTicket ticket(SupportLine line, Map<String, Contract> parties) {
        Optional<Contract> contract = Optional.ofNullable(parties.get(line.contractId()));
        return new MeasuredTicket(line.ticketId(), line.contractId(), line.customerId(), line.period(),
                line.policyId(), contract.map(Contract::edition).orElse(""), line.priority(), line.reportedAt(),
                line.respondedAt(), line.resolvedAt(), line.response().map(StatementRendering::clock),
                line.resolution().map(StatementRendering::clock), contract.flatMap(Contract::supportZone),
                contract.flatMap(Contract::supportCountry));
    }

    private static MeasuredTicket.Clock clock(SupportLine.Clock clock) {
        return new MeasuredTicket.Clock(clock.calendar(), clock.targetMinutes(), clock.due(), clock.minutes(),
                clock.pausedMinutes(), clock.met());
    }

    /**
     * A customer without decisions is named as the contract of the first reversed claim names them, or
     * failing one, the contract of their first measured ticket.
     */
    private String nameOnContractOf(List<AdjustmentReversal> reversed, List<SupportLine> measured,
            Map<String, Contract> parties) {
        Optional<Contract> reversedOn = reversed.stream().findFirst()
                .flatMap(first -> contracts.findAll(Set.of(first.contractId())).stream().findFirst());
        return reversedOn.or(() -> measured.stream().findFirst().map(first -> parties.get(first.contractId())))
                .map(Contract::customerName)
                .orElse("");
    }
}
