package com.slacredits.jobs.console;

import com.slacredits.domain.Money;
import com.slacredits.reports.AmountFormat;
import java.math.BigDecimal;
import java.util.Currency;
import org.springframework.stereotype.Component;

/**
 * One amount as the console's pages write it, {@code ${@amounts.of(...)}} in a template: the statements'
 * rule, {@link AmountFormat}, so that a page and the customer's PDF show the same figure the same way.
 */
@Component("amounts")
public class ConsoleAmounts {

    public String of(Money money) {
        return money == null ? "" : AmountFormat.of(money);
    }

    /** An amount and its currency code as a page holds them; empty when the amount is absent. */
    public String of(BigDecimal amount, String currency) {
        return amount == null || currency == null ? "" : AmountFormat.of(amount, Currency.getInstance(currency));
    }
}
