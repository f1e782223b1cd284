package com.slacredits.jobs.console;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month-end's steps in a finance user's words, the one place that says them: {@code decideSlice:slice-2-of-4}
 * is "Deciding claims and periods, part 2 of 4". A step this does not know yet is its name spelled out
 * ({@code deliverStatements}: "Deliver statements"), never hidden.
 */
final class StepNames {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("prepare", "Copying the committed state for the dry run"),
            Map.entry("contracts", "Reading contracts"),
            Map.entry("invoices", "Reading invoices"),
            Map.entry("windows", "Reading excused windows"),
            Map.entry("probes", "Reading probes"),
            Map.entry("probeFile", "Reading probes"),
            Map.entry("mergeProbes", "Merging probes into availability"),
            Map.entry("claims", "Registering claims"),
            Map.entry("tickets", "Storing support tickets"),
            Map.entry("ticketPauses", "Storing ticket pauses"),
            Map.entry("decide", "Deciding claims and periods"),
            Map.entry("decideSlice", "Deciding claims and periods"),
            Map.entry("measure", "Measuring support tickets"),
            Map.entry("measureSlice", "Measuring support tickets"),
            Map.entry("supportCredits", "Deciding support credits"),
            Map.entry("brake", "Checking the credit brake"),
            Map.entry("postAdjustments", "Posting adjustments"),
            Map.entry("writeDecisions", "Writing decisions.csv"),
            Map.entry("writeAdjustments", "Writing adjustments.csv"),
            Map.entry("writeRejects", "Writing rejects.csv"),
            Map.entry("writeSupport", "Writing support.csv"),
            Map.entry("writeEvidence", "Writing evidence.csv"),
            Map.entry("statements", "Writing statements"),
            Map.entry("statementSlice", "Writing statements"),
            Map.entry("summary", "Writing the summary"));

    /** A partition of a step: {@code name:slice-2-of-4} (HashSlices) or {@code name:<file>} (a probe file). */
    private static final Pattern SLICE = Pattern.compile("slice-(\\d+)-of-(\\d+)");
    private static final Pattern CAPITAL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private StepNames() {
    }

    static String words(String stepName) {
        int colon = stepName.indexOf(':');
        String step = colon < 0 ? stepName : stepName.substring(0, colon);
        String words = WORDS.getOrDefault(step, spelledOut(step));
        if (colon < 0) {
            return words;
        }
        String partition = stepName.substring(colon + 1);
        Matcher slice = SLICE.matcher(partition);
        return slice.matches() ? words + ", part " + slice.group(1) + " of " + slice.group(2)
                : words + ": " + partition;
    }

    private static String spelledOut(String step) {
        if (step.isEmpty()) {
            return step;
        }
        String words = String.join(" ", CAPITAL.split(step)).toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
