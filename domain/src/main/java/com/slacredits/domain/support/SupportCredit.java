package com.slacredits.domain.support;

import com.slacredits.domain.Channel;
import com.slacredits.domain.Claim;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.ContractPeriod;
import com.slacredits.domain.Money;
import com.slacredits.domain.Outcome;
import com.slacredits.domain.Reason;
import com.slacredits.domain.Settlement;
import com.slacredits.domain.Termination;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The decision on a measured ticket with a missed clock, under a pack that pays for misses (support SLAs,
 * section 6): a credit of what the cap leaves, or nothing once the cap is reached.
 *
 * @param creditPercent above zero for a credit; empty when the cap left nothing
 * @param amount the period's fee base times the percentage, rounded once; present with the percentage, and
 *     possibly zero, which is shown but posts no adjustment
 */
public record SupportCredit(TicketMeasurement measurement, Optional<BigDecimal> creditPercent, Optional<Money> amount) {

    /** Claim ids of support credits; a customer's claims.csv may not use it. */
    public static final String CLAIM_ID_PREFIX = "SUP-";

    public SupportCredit {
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(creditPercent, "creditPercent");
        Objects.requireNonNull(amount, "amount");
        if (creditPercent.isPresent() != amount.isPresent()) {
            throw new IllegalArgumentException("ticket " + measurement.ticketId() + ": an amount goes with a credit"
                    + " percentage, and only then");
        }
        if (creditPercent.isPresent() && creditPercent.get().signum() <= 0) {
            throw new IllegalArgumentException("a support credit is above zero; the cap leaving none is a rejection");
        }
        if (measurement.missedClocks() == 0) {
            throw new IllegalArgumentException("ticket " + measurement.ticketId() + " missed no target");
        }
    }

    public String claimId() {
        return CLAIM_ID_PREFIX + measurement.ticketId();
    }

    public ContractPeriod contractPeriod() {
        return new ContractPeriod(measurement.contract().contractId(), measurement.period());
    }

    /** {@code CREDIT} with reason SUPPORT_MISSED, or {@code REJECTED} with reason CAP_REACHED. */
    public Outcome outcome() {
        return creditPercent.isPresent() ? Outcome.CREDIT : Outcome.REJECTED;
    }

    /** Whether the cap of the contract's period left this ticket nothing. */
    public boolean capReached() {
        return creditPercent.isEmpty();
    }

    /** Whether the credit posts an adjustment: one that rounds to zero is decided and shown only. */
    public boolean postsAdjustment() {
        return amount.map(money -> money.amount().signum() > 0).orElse(false);
    }

    /**
     * The decision, as decisions.csv and the statement show it: claim {@code SUP-<ticket_id>}, channel
     * {@code SYSTEM}, received when the ticket was reported; no availability, guarantee or downtime;
     * termination {@code NONE}.
     *
     * @param coverageAsDecided the contract as it stands once the run has decided all its claims
     */
    public ClaimDecision decision(Contract coverageAsDecided, LocalDate asOf) {
        Claim claim = new Claim(claimId(), measurement.contract().contractId(), measurement.period(),
                measurement.ticket().reportedAt(), Channel.SYSTEM, OptionalLong.empty(), false);
        return new ClaimDecision(claim, Optional.of(measurement.contract()), outcome(),
                capReached() ? Reason.CAP_REACHED : Reason.SUPPORT_MISSED, Optional.empty(), Optional.empty(),
                creditPercent, amount, capReached() ? Optional.empty() : Optional.of(settlement(coverageAsDecided, asOf)),
                Termination.NONE, Optional.empty());
    }

    /**
     * How a credit reaches the customer (credit rules, section 6): on the next invoice, or paid out when the
     * contract's coverage, as it stands once the run has decided all its claims, ended before the run's date.
     */
    public Settlement settlement(Contract coverageAsDecided, LocalDate asOf) {
        if (creditPercent.isEmpty()) {
            throw new IllegalStateException("ticket " + measurement.ticketId() + " has no credit to settle");
        }
        return coverageAsDecided.coverageEndedBefore(asOf) ? Settlement.REFUND : Settlement.NEXT_INVOICE;
    }
}
