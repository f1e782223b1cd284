package com.slacredits.writers.jdbc;

import com.slacredits.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts are stored as DECIMAL(19,4) for every currency; the domain wants each currency's own digits. */
final class StoredAmount {

    private StoredAmount() {
    }

    static BigDecimal atMinorUnit(BigDecimal stored, Currency currency) {
        return stored == null ? null : stored.setScale(Money.minorDigits(currency), RoundingMode.UNNECESSARY);
    }
}
