package com.slacredits.readers;

import java.util.Optional;

/**
 * A check of a read value against what its row alone cannot tell, such as whether the contract it
 * names exists. A format runs it after its own checks, so that a failing row is rejected as a row like
 * any other, with the check's reason. Called on the reading thread for every row: a check that needs
 * the database is better made on a whole chunk when it is stored.
 */
@FunctionalInterface
public interface RowCheck<T> {

    /** Why the value cannot be taken, as one sentence for {@code rejects.csv}; empty when it can. */
    Optional<String> problemWith(T value);

    /** The check that takes every value. */
    static <T> RowCheck<T> none() {
        return value -> Optional.empty();
    }
}
