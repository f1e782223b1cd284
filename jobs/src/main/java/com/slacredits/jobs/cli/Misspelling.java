package com.slacredits.jobs.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * A name typed one slip away from a known one: a character added, dropped or changed, or two
 * neighbours swapped ({@code --ouput}, {@code --outptu}, {@code mont-end}). Further than that, a
 * guess is more likely wrong than helpful, and nothing is suggested.
 */
final class Misspelling {

    private Misspelling() {
    }

    /** The known name {@code typed} is one slip away from; of several, the first in alphabetical order. */
    static Optional<String> intended(String typed, Collection<String> known) {
        return known.stream().filter(name -> oneSlipApart(typed, name)).sorted().findFirst();
    }

    static boolean oneSlipApart(String typed, String name) {
        if (typed.equals(name)) {
            return false;
        }
        int start = 0;
        while (start < typed.length() && start < name.length() && typed.charAt(start) == name.charAt(start)) {
            start++;
        }
        int endTyped = typed.length();
        int endName = name.length();
        while (endTyped > start && endName > start && typed.charAt(endTyped - 1) == name.charAt(endName - 1)) {
            endTyped--;
            endName--;
        }
        int differingTyped = endTyped - start;
        int differingName = endName - start;
        if (differingTyped <= 1 && differingName <= 1) {
            return true; // one added, dropped or changed
        }
        return differingTyped == 2 && differingName == 2 && typed.charAt(start) == name.charAt(start + 1)
                && typed.charAt(start + 1) == name.charAt(start);
    }
}
