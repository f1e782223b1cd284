package com.slacredits.jobs.partition;

/**
 * Text from a message, made fit for one console line: a message is anyone's to write, so what a
 * worker repeats of it is short and has no line breaks or other control characters.
 */
final class Printable {

    private static final int MAX = 80;

    private Printable() {
    }

    static String of(String text) {
        if (text == null) {
            return "none";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return "'" + shown + (text.codePointCount(0, text.length()) > MAX ? "…'" : "'");
    }
}
