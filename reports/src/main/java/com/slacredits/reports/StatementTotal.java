package com.slacredits.reports;

import com.slacredits.domain.AdjustmentReversal;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Contract;
import com.slacredits.domain.Money;
import com.slacredits.domain.Settlement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One currency's line of a statement's totals: what is credited on the next invoice, what is paid
 * out, and the sum. Split by settlement, not by kind: a credit on a contract that has ended is
 * refunded (credit rules, section 6), and a customer must find it under "Refunded".
 */
record StatementTotal(String currency, String credited, String refunded, String total) {

    /**
     * The totals of a statement, currencies alphabetically. Every currency of the customer's
     * contracts gets a line, at zero when nothing was granted in it, so a statement of rejections
     * still says plainly that nothing is due.
     */
    static List<StatementTotal> of(List<ClaimDecision> decisions) {
        return of(decisions, List.of());
    }

    /**
     * The totals with the reversals in them: a reversal's negative amount under the settlement of what
     * it reverses, so that the total is what the customer is owed after it.
     */
    static List<StatementTotal> of(List<ClaimDecision> decisions, List<AdjustmentReversal> reversals) {
        Map<String, Currency> currencies = new TreeMap<>();
        Map<String, BigDecimal> credited = new TreeMap<>();
        Map<String, BigDecimal> refunded = new TreeMap<>();
        for (ClaimDecision decision : decisions) {
            decision.contract().map(Contract::currency).ifPresent(c -> currencies.put(c.getCurrencyCode(), c));
            decision.adjustment().ifPresent(adjustment -> {
                Money money = adjustment.amount();
                String code = money.currency().getCurrencyCode();
                currencies.put(code, money.currency());
                (adjustment.settlement() == Settlement.NEXT_INVOICE ? credited : refunded)
                        .merge(code, money.amount(), BigDecimal::add);
            });
        }
        for (AdjustmentReversal reversal : reversals) {
            Money money = reversal.amount();
            String code = money.currency().getCurrencyCode();
            currencies.put(code, money.currency());
            (reversal.settlement() == Settlement.NEXT_INVOICE ? credited : refunded)
                    .merge(code, money.amount(), BigDecimal::add);
        }
        List<StatementTotal> totals = new ArrayList<>();
        currencies.forEach((code, currency) -> {
            BigDecimal credit = credited.getOrDefault(code, BigDecimal.ZERO);
            BigDecimal refund = refunded.getOrDefault(code, BigDecimal.ZERO);
            totals.add(new StatementTotal(code, AmountFormat.of(credit, currency), AmountFormat.of(refund, currency),
                    AmountFormat.of(credit.add(refund), currency)));
        });
        return totals;
    }
}
