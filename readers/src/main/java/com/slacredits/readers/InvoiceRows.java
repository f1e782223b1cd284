package com.slacredits.readers;

import com.slacredits.domain.Invoice;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Rows of {@code invoices.csv}. The currency must be a valid code; whether it is the contract's is
 * for the job to check, with {@link ReadResult#reject(String)}.
 */
public final class InvoiceRows implements RowFormat<Invoice> {

    public static final Columns COLUMNS = new Columns(
            List.of("invoice_id", "contract_id", "period_start", "period_end", "amount", "currency"), List.of());

    @Override
    public Columns columns() {
        return COLUMNS;
    }

    @Override
    public RowMapper<Invoice> bind(Header header) {
        Column invoiceId = header.column("invoice_id");
        Column contractId = header.column("contract_id");
        Column periodStart = header.column("period_start");
        Column periodEnd = header.column("period_end");
        Column amount = header.column("amount");
        Column currency = header.column("currency");
        return fields -> {
            String id = invoiceId.text(fields);
            String contract = contractId.text(fields);
            LocalDate start = periodStart.date(fields);
            LocalDate end = periodEnd.date(fields);
            if (end.isBefore(start)) {
                throw new RowRejected("period_end " + end + " is before period_start " + start);
            }
            Currency money = currency.currency(fields);
            return new Invoice(id, contract, start, end, amount.amount(fields, money), money);
        };
    }
}
