package com.slacredits.jobs.console;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import com.slacredits.jobs.run.RunFolder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a real run started by approval decided, against what its dry run showed: {@code decisions.csv}
 * and {@code adjustments.csv}, row for row, by claim. These two files are what finance approved and
 * what the ERP imports; the statements carry the run's dates and numbers, so they are not compared.
 *
 * <p>The dry run's rows are held in memory, keyed by claim (and adjustment) id, while the real run's
 * stream past: a month of some hundred thousand claims takes some tens of megabytes.
 */
public final class DryRunComparison {

    static final String SAME = "decided exactly as the dry run";
    /** The differences listed; the count says how many more there are. */
    static final int LISTED = 20;

    private static final List<String> FILES = List.of(RunFolder.DECISIONS, RunFolder.ADJUSTMENTS);

    private DryRunComparison() {
    }

    /** One paragraph: the verdict, then one line per difference (the first {@value #LISTED}). */
    public static String compare(Path dryRun, Path realRun) {
        List<String> differences = new ArrayList<>();
        long total = 0;
        long rows = 0;
        for (String file : FILES) {
            Map<String, String> dry = rows(dryRun.resolve(file));
            Map<String, String> real = rows(realRun.resolve(file));
            rows += real.size();
            for (Map.Entry<String, String> row : real.entrySet()) {
                String shown = dry.remove(row.getKey());
                if (shown == null) {
                    total++;
                    note(differences, file + " " + row.getKey() + ": not in the dry run; real run: " + row.getValue());
                } else if (!shown.equals(row.getValue())) {
                    total++;
                    note(differences, file + " " + row.getKey() + ": dry run " + shown + "; real run " + row.getValue());
                }
            }
            for (Map.Entry<String, String> row : dry.entrySet()) {
                total++;
                note(differences, file + " " + row.getKey() + ": in the dry run only: " + row.getValue());
            }
        }
        if (total == 0) {
            return "The real run " + SAME + ": the same " + rows + " rows of decisions.csv and adjustments.csv.";
        }
        StringBuilder text = new StringBuilder("The real run differs from the dry run in " + total + " rows:");
        differences.forEach(line -> text.append('\n').append(line));
        if (total > differences.size()) {
            text.append('\n').append("… and ").append(total - differences.size()).append(" more");
        }
        return text.toString();
    }

    private static void note(List<String> differences, String line) {
        if (differences.size() < LISTED) {
            differences.add(line);
        }
    }

    /** A file's rows by their first column, the claim or adjustment id; a missing file has none. */
    private static Map<String, String> rows(Path file) {
        Map<String, String> rows = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return rows;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReader(reader)) {
            String[] header = csv.readNext();
            if (header == null) {
                return rows;
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                rows.put(row[0], String.join(",", Arrays.asList(row)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("the run's " + file.getFileName() + " cannot be read", e);
        } catch (CsvValidationException e) {
            throw new IllegalStateException("the run's " + file.getFileName() + " is not CSV: " + e.getMessage(), e);
        }
    }
}
