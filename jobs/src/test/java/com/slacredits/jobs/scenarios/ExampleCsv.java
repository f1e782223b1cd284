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
}
