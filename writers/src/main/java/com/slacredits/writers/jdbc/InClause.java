package com.slacredits.writers.jdbc;

import java.util.Collections;

/** The placeholders of an SQL IN list. */
final class InClause {

    private InClause() {
    }

    static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
