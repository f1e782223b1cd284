package com.slacredits.jobs.console;

import com.slacredits.domain.Settlement;
import com.slacredits.reports.AmountFormat;
import com.slacredits.writers.jdbc.DecisionJournal;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What was decided in money, per currency, with credits on the next invoice and cash refunds apart:
 * they leave the company by different routes, and a sum of the two is nobody's figure. Amounts are
 * written by the statements' rule, {@link AmountFormat} ({@code €1,666.67}, {@code ¥20,833}).
 *
 * @param credited settled on the customer's next invoice ({@link Settlement#NEXT_INVOICE}), by currency code
 * @param refunded paid out in cash ({@link Settlement#REFUND}), by currency code
 */
public record SettledTotals(Map<String, BigDecimal> credited, Map<String, BigDecimal> refunded) {

    public SettledTotals {
        credited = Map.copyOf(credited);
        refunded = Map.copyOf(refunded);
    }

    static SettledTotals ofRun(DecisionJournal decisions, long runId) {
        return new SettledTotals(decisions.amountsOfRun(runId, Settlement.NEXT_INVOICE),
                decisions.amountsOfRun(runId, Settlement.REFUND));
    }

    static SettledTotals ofCustomer(DecisionJournal decisions, String customerId) {
        return new SettledTotals(decisions.amountsOfCustomer(customerId, Settlement.NEXT_INVOICE),
                decisions.amountsOfCustomer(customerId, Settlement.REFUND));
    }

    public boolean isEmpty() {
        return credited.isEmpty() && refunded.isEmpty();
    }

    /** The credits, by currency code: {@code €1,666.67, $350.00}; empty for none. */
    public String credits() {
        return shown(credited);
    }

    /** The cash refunds, by currency code; empty for none. */
    public String refunds() {
        return shown(refunded);
    }

    /** Both in a sentence's words: {@code credited €1,666.67; refunded in cash €16,767.12}, or {@code nothing}. */
    public String words() {
        if (isEmpty()) {
            return "nothing";
        }
        String credits = credited.isEmpty() ? "" : "credited " + credits();
        String refunds = refunded.isEmpty() ? "" : "refunded in cash " + refunds();
        return credits.isEmpty() || refunds.isEmpty() ? credits + refunds : credits + "; " + refunds;
    }

    private static String shown(Map<String, BigDecimal> totals) {
        return totals.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(total -> AmountFormat.of(total.getValue(), Currency.getInstance(total.getKey())))
                .collect(Collectors.joining(", "));
    }
}
