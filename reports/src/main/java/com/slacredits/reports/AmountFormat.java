package com.slacredits.reports;

import com.slacredits.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * Amounts as a customer reads them: symbol, thousands grouped, exactly the currency's minor digits
 * ({@code €16,767.12}, {@code $200.00}, {@code ¥5,000}, {@code CHF 1,250.00}).
 *
 * <p>Spelled out by hand rather than with {@code NumberFormat}, whose symbols and separators follow
 * the JVM's locale: the same run must print the same statement on every machine.
 */
public final class AmountFormat {

    private static final Map<String, String> SYMBOLS = Map.of(
            "EUR", "€",
            "USD", "$",
            "GBP", "£",
            "JPY", "¥");

    private AmountFormat() {
    }

    public static String of(Money money) {
        return of(money.amount(), money.currency());
    }

    public static String of(BigDecimal amount, Currency currency) {
        int digits = Money.minorDigits(currency);
        // Amounts reach the reports already at the minor unit; anything finer is a bug upstream.
        BigDecimal exact = amount.setScale(digits, RoundingMode.UNNECESSARY);
        String plain = exact.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : plain.substring(point);
        String sign = exact.signum() < 0 ? "-" : "";
        return sign + symbol(currency) + grouped(whole) + fraction;
    }

    static String symbol(Currency currency) {
        String symbol = SYMBOLS.get(currency.getCurrencyCode());
        return symbol != null ? symbol : currency.getCurrencyCode() + " ";
    }

    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
