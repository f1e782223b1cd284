package com.slacredits.readers;

/**
 * Why a row cannot be read. Checked, so a mapper cannot forget a row; it carries no stack trace
 * because it is an expected outcome, and a file can hold many of them.
 */
public final class RowRejected extends Exception {

    public RowRejected(String reason) {
        super(reason, null, false, false);
    }

    /** One sentence naming the column and the problem. */
    public String reason() {
        return getMessage();
    }
}
