package com.slacredits.domain;

import java.util.Locale;

/**
 * Numbers in text people read (the console's lines, sentences, reports): written the same under every
 * locale the process may start with, digits 0 to 9, a comma between thousands and a point before
 * decimals ({@code 134,101}, {@code 0.4 s}). Java formats with the JVM's default locale unless told
 * otherwise, so a German host would print {@code 134.101} and {@code 0,4 s}, and an Arabic one other
 * digits; every format of the product goes through here instead (LayoutRulesTest keeps it so).
 */
public final class Numerals {

    private Numerals() {
    }

    /** {@link String#format(String, Object...)}, in the one locale the product writes. */
    public static String format(String pattern, Object... arguments) {
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
