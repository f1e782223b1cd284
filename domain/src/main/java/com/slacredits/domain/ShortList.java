package com.slacredits.domain;

import java.util.List;
import java.util.Objects;

/**
 * A list as people read it where its length has no bound of its own: the first {@code limit} items, then
 * how many more there are. Every list in the summary, the console and a run's last lines goes through
 * this one rule, so that 5,000 probe files or every month up to 9999 cannot make an 11,670-page summary
 * or a console line of 9 million characters; the whole list is in the run's files where one exists.
 *
 * @param shown the first items, at most the limit
 * @param more how many items follow them, not shown
 */
public record ShortList<T>(List<T> shown, long more) {

    /** How many items the summary and the last lines show of a list before they say how many more. */
    public static final int LIMIT = 20;

    public ShortList {
        shown = List.copyOf(shown);
        if (more < 0) {
            throw new IllegalArgumentException("more must not be negative: " + more);
        }
    }

    /** The first {@link #LIMIT} of {@code all}. */
    public static <T> ShortList<T> of(List<T> all) {
        return of(all, LIMIT);
    }

    public static <T> ShortList<T> of(List<T> all, int limit) {
        Objects.requireNonNull(all, "all");
        if (limit < 1) {
            throw new IllegalArgumentException("a short list shows at least one item: " + limit);
        }
        return all.size() <= limit ? new ShortList<>(all, 0)
                : new ShortList<>(all.subList(0, limit), all.size() - limit);
    }

    /** The words after the shown items, such as "and 11,650 more", or empty when nothing follows. */
    public String moreWords() {
        return more == 0 ? "" : Numerals.format("and %,d more", more);
    }
}
