package com.slacredits.jobs.monthend.deliver;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of the email a statement goes out with: plain, short, and naming the statement's number,
 * which is also the attachment's name, so that a customer who writes back can quote it.
 */
record StatementLetter(String subject, String body, String attachmentName) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * @param customerName as the customer's contract names them; empty when unknown
     * @param provider the name the statement is signed with
     */
    static StatementLetter of(String statementNumber, String customerName, LocalDate asOf, String provider) {
        String greeting = customerName.isBlank() ? "Hello," : "Dear " + customerName.strip() + ",";
        String body = greeting + "\n\n"
                + "Attached is your SLA credit statement " + statementNumber + ", as of " + DAY.format(asOf) + ".\n\n"
                + "It lists each claim and service period we decided for you, why, and any credit or refund that"
                + " goes against your invoices.\n\n"
                + "If anything in it looks wrong to you, reply to this email and quote the statement number "
                + statementNumber + ".\n\n"
                + "Kind regards,\n" + provider + "\n";
        return new StatementLetter("Your SLA credit statement " + statementNumber, body, statementNumber + ".pdf");
    }
}
