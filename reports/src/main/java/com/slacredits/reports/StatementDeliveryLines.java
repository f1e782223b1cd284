package com.slacredits.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The summary's last section, when the run sent its statements by email: how many went, and every
 * customer whose statement did not, with why, for finance to send it another way. A run that sent
 * nothing by email has no such section.
 */
public final class StatementDeliveryLines {

    static final String SECTION = "Statements sent by email";
    private static final String[] HEADINGS = {"Customer · statement", "Address", "Why not delivered", "Statements"};

    /** A statement not delivered: its customer, number, address (empty when none) and why. */
    public record Undelivered(String customerId, String statementNumber, String address, String why) {
    }

    private final long sent;
    private final List<Undelivered> undelivered;

    /**
     * @param sent how many statements the server accepted
     * @param undelivered the statements not delivered, in customer order
     */
    public StatementDeliveryLines(long sent, List<Undelivered> undelivered) {
        this.sent = sent;
        this.undelivered = List.copyOf(undelivered);
    }

    List<SummaryLine> lines() {
        List<SummaryLine> lines = new ArrayList<>();
        lines.add(SummaryLine.row(SECTION, HEADINGS, "Sent", "", "", Figures.whole(sent)));
        for (Undelivered statement : undelivered) {
            lines.add(SummaryLine.row(SECTION, HEADINGS, statement.customerId() + " · " + statement.statementNumber(),
                    statement.address().isEmpty() ? "none on the contract" : statement.address(), statement.why(), ""));
        }
        lines.add(SummaryLine.row(SECTION, HEADINGS, "Not delivered", "", "", Figures.whole(undelivered.size())));
        return lines;
    }
}
