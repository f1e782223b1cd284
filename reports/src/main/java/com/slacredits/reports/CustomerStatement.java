package com.slacredits.reports;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Invoice;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.RejectionListing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One customer's decisions of one run, and the support tickets it measured for them: what one
 * statement shows, and the item a statement step renders.
 *
 * <p>Refuses a decision, reversal or ticket that belongs to another customer, so that a grouping mistake upstream
 * fails the run instead of sending one customer another customer's claims.
 *
 * @param decisions the decisions listed one by one ({@link RejectionListing}), sorted by claim id
 * @param reversals the customer's adjustments finance reversed and this run reports, each a line of its
 *     own after the decisions, sorted by claim id; a customer with a reversal and no decision in the run
 *     still gets a statement, since the reversal changes what they are owed
 * @param tickets the customer's support tickets measured in the run (support SLAs, section 5), sorted by
 *     ticket id; a customer with a measured ticket and no decision still gets a statement
 * @param invoices the invoice each decision's posted adjustment corrects, by claim id, as the run stored it;
 *     a claim that posted nothing, or whose contract had no invoice to correct, has none
 * @param unlisted the groups of rejections with more claims than are listed, each a line of its own after its
 *     last listed claim. Decisions given beyond a group's first ten are counted into these, so that a
 *     statement made of every decision and one made of what the database listed and counted are the same.
 * @param refundedInvoices the invoices of the contracts with a termination refund among the decisions, by
 *     contract id: a refund's line shows them with their days refunded; a contract missing here has its refund
 *     without them
 * @param evidence what the verified decisions' measurements rest on, shown under their lines; a decision
 *     of the statement each; the evidence of a decision given but not listed is not shown
 */
public record CustomerStatement(String customerId, String customerName, List<ClaimDecision> decisions,
        List<AdjustmentReversal> reversals, List<MeasuredTicket> tickets, Map<String, String> invoices,
        List<RejectionListing.Unlisted> unlisted, Map<String, List<Invoice>> refundedInvoices,
        List<DecisionEvidence> evidence) {

    /** A statement of decisions, reversals and measured tickets, naming no invoice and showing no evidence. */
    public CustomerStatement(String customerId, String customerName, List<ClaimDecision> decisions,
            List<AdjustmentReversal> reversals, List<MeasuredTicket> tickets) {
        this(customerId, customerName, decisions, reversals, tickets, Map.of(), List.of(), Map.of(), List.of());
    }

    /** A statement naming the invoices its adjustments correct, without evidence. */
    public CustomerStatement(String customerId, String customerName, List<ClaimDecision> decisions,
            List<AdjustmentReversal> reversals, List<MeasuredTicket> tickets, Map<String, String> invoices) {
        this(customerId, customerName, decisions, reversals, tickets, invoices, List.of(), Map.of(), List.of());
    }

    /** A statement of decisions alone. */
    public CustomerStatement(String customerId, String customerName, List<ClaimDecision> decisions) {
        this(customerId, customerName, decisions, List.of());
    }

    /** A statement of decisions and reversals, without support tickets. */
    public CustomerStatement(String customerId, String customerName, List<ClaimDecision> decisions,
            List<AdjustmentReversal> reversals) {
        this(customerId, customerName, decisions, reversals, List.of());
    }

    public CustomerStatement {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(customerName, "customerName");
        if (decisions.isEmpty() && reversals.isEmpty() && tickets.isEmpty()) {
            throw new IllegalArgumentException("customer " + customerId
                    + ": a statement needs at least one decision, reversal or measured ticket");
        }
        for (MeasuredTicket ticket : tickets) {
            if (!ticket.customerId().equals(customerId)) {
                throw new IllegalArgumentException("ticket " + ticket.ticketId() + " does not belong to customer "
                        + customerId);
            }
        }
        tickets = tickets.stream().sorted(Comparator.comparing(MeasuredTicket::ticketId)).toList();
        for (AdjustmentReversal reversal : reversals) {
            if (!reversal.customerId().equals(customerId)) {
                throw new IllegalArgumentException("the reversal of claim " + reversal.claimId()
                        + " does not belong to customer " + customerId);
            }
        }
        reversals = reversals.stream().sorted(Comparator.comparing(AdjustmentReversal::claimId)).toList();
        for (ClaimDecision decision : decisions) {
            Optional<String> owner = decision.customerId();
            if (owner.isEmpty() || !owner.get().equals(customerId)) {
                throw new IllegalArgumentException("claim " + decision.claimId() + " does not belong to customer "
                        + customerId);
            }
        }
        java.util.Set<String> given = decisions.stream().map(ClaimDecision::claimId).collect(Collectors.toSet());
        for (DecisionEvidence shown : evidence) {
            if (!given.contains(shown.claimId())) {
                throw new IllegalArgumentException("the evidence of claim " + shown.claimId()
                        + " is not of a decision on the statement of customer " + customerId);
            }
        }
        RejectionListing listing = RejectionListing.of(decisions, unlisted.stream().collect(Collectors.toMap(
                RejectionListing.Unlisted::group, RejectionListing.Unlisted::count, Long::sum)));
        decisions = listing.listed();
        unlisted = listing.unlisted();
        invoices = Map.copyOf(invoices);
        refundedInvoices = Map.copyOf(refundedInvoices);
        java.util.Set<String> listed = decisions.stream().map(ClaimDecision::claimId).collect(Collectors.toSet());
        evidence = evidence.stream().filter(shown -> listed.contains(shown.claimId())).toList();
    }

    /** This statement, saying which invoice each posted credit or refund goes against, by claim id. */
    public CustomerStatement withInvoices(Map<String, String> invoicesByClaim) {
        return new CustomerStatement(customerId, customerName, decisions, reversals, tickets, invoicesByClaim, unlisted,
                refundedInvoices, evidence);
    }

    /** This statement with the evidence of its verified decisions. */
    public CustomerStatement withEvidence(List<DecisionEvidence> shown) {
        return new CustomerStatement(customerId, customerName, decisions, reversals, tickets, invoices, unlisted,
                refundedInvoices, shown);
    }

    /** The invoice the claim's posted adjustment corrects, if it names one. */
    public Optional<String> invoiceOf(String claimId) {
        return Optional.ofNullable(invoices.get(claimId));
    }

    /**
     * The statements of a run: one per customer with a decision, by customer id. Decisions without a
     * contract ({@code UNKNOWN_CONTRACT}) have no customer to send them to and are left out.
     */
    public static List<CustomerStatement> of(List<ClaimDecision> decisions) {
        Map<String, List<ClaimDecision>> byCustomer = new TreeMap<>();
        for (ClaimDecision decision : decisions) {
            decision.customerId().ifPresent(id -> byCustomer.computeIfAbsent(id, k -> new ArrayList<>()).add(decision));
        }
        List<CustomerStatement> statements = new ArrayList<>();
        byCustomer.forEach((id, own) -> statements.add(of(id, own)));
        return statements;
    }

    /** One customer's statement of {@code decisions}, all of them theirs. */
    public static CustomerStatement of(String customerId, List<ClaimDecision> decisions) {
        return new CustomerStatement(customerId, nameOf(decisions), decisions);
    }

    /**
     * One customer's statement of {@code decisions} and {@code reversals}, all of them theirs; named as
     * the decisions' contracts name them, or, with reversals alone, {@code nameWithoutDecisions}.
     */
    public static CustomerStatement of(String customerId, List<ClaimDecision> decisions,
            List<AdjustmentReversal> reversals, String nameWithoutDecisions) {
        return new CustomerStatement(customerId, decisions.isEmpty() ? nameWithoutDecisions : nameOf(decisions),
                decisions, reversals);
    }

    /**
     * One customer's statement of {@code decisions}, {@code reversals} and measured {@code tickets}, all of
     * them theirs; named as the decisions' contracts name them, or, without decisions, {@code nameWithoutDecisions}.
     */
    public static CustomerStatement of(String customerId, List<ClaimDecision> decisions,
            List<AdjustmentReversal> reversals, List<MeasuredTicket> tickets, String nameWithoutDecisions) {
        return new CustomerStatement(customerId, decisions.isEmpty() ? nameWithoutDecisions : nameOf(decisions),
                decisions, reversals, tickets);
    }

    /**
     * One customer's statement of the decisions the database listed and the rejections it counted,
     * {@code reversals} and measured {@code tickets}, all of them theirs; named as {@link #of(String, List, List,
     * List, String)} names it.
     */
    public static CustomerStatement of(String customerId, RejectionListing decisions,
            List<AdjustmentReversal> reversals, List<MeasuredTicket> tickets, String nameWithoutDecisions) {
        return new CustomerStatement(customerId,
                decisions.listed().isEmpty() ? nameWithoutDecisions : nameOf(decisions.listed()), decisions.listed(),
                reversals, tickets, Map.of(), decisions.unlisted(), Map.of(), List.of());
    }

    /** This statement, with the invoices its termination refunds are shown against, by contract id. */
    public CustomerStatement withRefundedInvoices(Map<String, List<Invoice>> byContract) {
        return new CustomerStatement(customerId, customerName, decisions, reversals, tickets, invoices, unlisted,
                byContract, evidence);
    }

    /** The contracts whose invoices the statement's termination refunds are shown against. */
    public Set<String> refundedContracts() {
        return decisions.stream().filter(decision -> decision.outcome() == Outcome.TERMINATION_REFUND)
                .map(decision -> decision.claim().contractId()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** How many lines the statement has: a decision, a line of more rejections, a reversal or a measured ticket each. */
    public int lineCount() {
        return decisions.size() + unlisted.size() + reversals.size() + tickets.size();
    }

    /** Whether the statement has a line of the claims table: a decision or a reversal. */
    public boolean hasClaimLines() {
        return !decisions.isEmpty() || !reversals.isEmpty();
    }

    /** The name on the contract of the lowest claim id: deterministic if contracts spell it differently. */
    private static String nameOf(List<ClaimDecision> decisions) {
        return decisions.stream()
                .min(Comparator.comparing(ClaimDecision::claimId))
                .flatMap(ClaimDecision::contract)
                .map(Contract::customerName)
                .orElse("");
    }
}
