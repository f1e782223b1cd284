package com.slacredits.jobs.run;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A failure read through its chain of causes: the one walker over {@link Throwable#getCause()}, so
 * that every sentence an operator sees names the same root, and a cause that is its own cause ends
 * the walk.
 */
public final class FailureCauses {

    private FailureCauses() {
    }

    /** The first cause, the failure itself included, of the given type. */
    public static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        return first(failure, type::isInstance).map(type::cast);
    }

    /** The first cause, the failure itself included, that matches. */
    public static Optional<Throwable> first(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        return first(failure, test).isPresent();
    }

    /** The innermost cause's message, or its class's name when it has none. */
    public static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The root message's first line without a closing full stop, to go inside a sentence. */
    public static String rootLine(Throwable failure) {
        return rootMessage(failure).strip().lines().findFirst().orElse("").replaceAll("\\.$", "");
    }
}
