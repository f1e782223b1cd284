package com.slacredits.jobs.scenarios;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

/** The bundled examples, and their CSV output or expected files read as rows of header name to cell. */
final class ExampleCsv {

    static final Path EXAMPLE = Path.of("..", "examples", "october-2026").toAbsolutePath().normalize();
    static final Path FIVE_PACKS = Path.of("..", "examples", "five-packs-2026").toAbsolutePath().normalize();
    static final Path SUPPORT = Path.of("..", "examples", "support-2026").toAbsolutePath().normalize();

    private ExampleCsv() {
    }

    static List<Map<String, String>> rows(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            List<String[]> all = csv.readAll();
            String[] header = all.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] cells : all.subList(1, all.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    /**
     * Both files' rows cut down to the columns they share, for a value-by-value comparison of what the
     * product writes today with an expected file that also has a column a later issue adds.
     */
    static List<List<Map<String, String>>> onSharedColumns(Path actual, Path expected) throws IOException {
        List<Map<String, String>> written = rows(actual);
        List<Map<String, String>> wanted = rows(expected);
        List<String> shared = new ArrayList<>(headerOf(expected));
        shared.retainAll(headerOf(actual));
        return List.of(cut(written, shared), cut(wanted, shared));
    }

    private static List<String> headerOf(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(in)) {
            return List.of(csv.readNext());
        } catch (CsvException e) {
            throw new IOException(e);
        }
    }

    private static List<Map<String, String>> cut(List<Map<String, String>> rows, List<String> columns) {
        return rows.stream().map(row -> {
            Map<String, String> kept = new LinkedHashMap<>();
            columns.forEach(column -> kept.put(column, row.get(column)));
            return kept;
        }).toList();
    }

    /** The rows of {@code actual} cut down to the columns {@code expected} has, for a value-by-value comparison. */
    static List<Map<String, String>> projected(List<Map<String, String>> actual, List<Map<String, String>> expected) {
        if (expected.isEmpty()) {
            return actual;
        }
        List<String> columns = List.copyOf(expected.get(0).keySet());
        return actual.stream().map(row -> {
            Map<String, String> cut = new LinkedHashMap<>();
            columns.forEach(column -> cut.put(column, row.get(column)));
            return cut;
        }).toList();
    }

    /**
     * files.md, evidence.csv: a claim's OUTAGE minutes add up to its verified_downtime_minutes and its
     * EXCUSED minutes to its excused_minutes, for every verified decision of the run; a decision that
     * was not verified has no evidence. The rows are in the file's order: claim, start, kind.
     */
    static void assertEvidenceAddsUpToDecisions(Path output) throws IOException {
        List<Map<String, String>> evidence = rows(output.resolve("evidence.csv"));
        Map<String, long[]> minutes = new java.util.HashMap<>();
        for (Map<String, String> row : evidence) {
            long[] sums = minutes.computeIfAbsent(row.get("claim_id"), id -> new long[2]);
            long runMinutes = Long.parseLong(row.get("minutes"));
            org.assertj.core.api.Assertions.assertThat(java.time.Duration.between(
                    java.time.Instant.parse(row.get("starts_at")), java.time.Instant.parse(row.get("ends_at"))).toMinutes())
                    .as("the minutes of %s", row).isEqualTo(runMinutes);
            switch (row.get("kind")) {
                case "OUTAGE" -> sums[0] += runMinutes;
                case "EXCUSED" -> sums[1] += runMinutes;
                case "NO_DATA" -> { }
                default -> throw new AssertionError("unknown kind in " + row);
            }
        }
        java.util.Set<String> verified = new java.util.HashSet<>();
        for (Map<String, String> decision : rows(output.resolve("decisions.csv"))) {
            String claim = decision.get("claim_id");
            if (decision.get("verified_downtime_minutes").isEmpty()) {
                continue;
            }
            verified.add(claim);
            long[] sums = minutes.getOrDefault(claim, new long[2]);
            org.assertj.core.api.Assertions.assertThat(sums).as("OUTAGE and EXCUSED minutes of " + claim)
                    .containsExactly(Long.parseLong(decision.get("verified_downtime_minutes")),
                            Long.parseLong(decision.get("excused_minutes")));
        }
        org.assertj.core.api.Assertions.assertThat(verified).containsAll(minutes.keySet());
        List<String> order = evidence.stream()
                .map(row -> row.get("claim_id") + " " + row.get("starts_at") + " " + row.get("kind")).toList();
        org.assertj.core.api.Assertions.assertThat(order).isSorted();
    }
}
