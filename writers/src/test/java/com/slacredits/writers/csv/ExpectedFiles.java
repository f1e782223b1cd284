package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected files of examples/october-2026 against what the writers produce. Those files predate
 * the columns added after {@code termination} (decisions) and {@code settlement} (adjustments), so
 * rows are compared by column name; the added columns are pinned here, value for value.
 */
final class ExpectedFiles {

    /** The columns of decisions.csv that files.md added after {@code termination}. */
    static final List<String> ADDED_DECISION_COLUMNS = List.of("settlement", "period", "policy", "channel");

    /** claim_id → settlement, period, policy, channel of each October decision. */
    private static final Map<String, List<String>> OCTOBER_ADDED = new LinkedHashMap<>();

    static {
        OCTOBER_ADDED.put("CL-01", List.of("NEXT_INVOICE", "2026-10", "standard-2024", "EMAIL"));
        OCTOBER_ADDED.put("CL-02", List.of("", "2026-10", "standard-2024", "PORTAL"));
        OCTOBER_ADDED.put("CL-03", List.of("NEXT_INVOICE", "2026-10", "standard-2024", "LETTER"));
        OCTOBER_ADDED.put("CL-04", List.of("REFUND", "2026-10", "standard-2024", "EMAIL"));
        OCTOBER_ADDED.put("CL-05", List.of("NEXT_INVOICE", "2026-10", "standard-2024", "EMAIL"));
        OCTOBER_ADDED.put("CL-06", List.of("", "2026-10", "standard-2024", "EMAIL"));
        OCTOBER_ADDED.put("CL-07", List.of("", "2026-10", "standard-2024", "PHONE"));
        OCTOBER_ADDED.put("CL-08", List.of("", "2026-10", "standard-2024", "EMAIL"));
        OCTOBER_ADDED.put("CL-09", List.of("", "2026-10", "", "EMAIL"));
        OCTOBER_ADDED.put("CL-11", List.of("", "2026-10", "standard-2024", "EMAIL"));
        OCTOBER_ADDED.put("CL-12", List.of("NEXT_INVOICE", "2026-10", "standard-2024", "PORTAL"));
    }

    private ExpectedFiles() {
    }

    /**
     * The October decisions file as written must hold expected/decisions.csv value for value, every
     * added column as pinned above, and, with the added columns cut off, the expected file byte for
     * byte (line ends, quoting, empty cells).
     */
    static void assertOctoberDecisions(Path written) throws IOException, CsvException {
        Path expectedFile = October.EXPECTED.resolve("decisions.csv");
        List<Map<String, String>> expected = new ArrayList<>();
        for (Map<String, String> row : readByHeader(expectedFile)) {
            Map<String, String> full = new LinkedHashMap<>(row);
            List<String> added = OCTOBER_ADDED.get(row.get("claim_id"));
            for (int i = 0; i < ADDED_DECISION_COLUMNS.size(); i++) {
                full.put(ADDED_DECISION_COLUMNS.get(i), added.get(i));
            }
            expected.add(full);
        }
        assertThat(expected).extracting(row -> row.get("claim_id")).containsExactlyElementsOf(OCTOBER_ADDED.keySet());

        assertThat(readByHeader(written)).isEqualTo(expected);
        assertThat(Files.readAllLines(written, StandardCharsets.UTF_8).get(0))
                .isEqualTo(String.join(",", DecisionRow.HEADER));
        assertThat(withoutLastColumns(Files.readString(written, StandardCharsets.UTF_8), ADDED_DECISION_COLUMNS.size()))
                .isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
    }

    /** Every row of a CSV file as a map from its header's names to its values. */
    static List<Map<String, String>> readByHeader(Path file) throws IOException, CsvException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> lines = csv.readAll();
            String[] header = lines.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                assertThat(line).as("a row has as many fields as the header").hasSameSizeAs(header);
                Map<String, String> byName = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    byName.put(header[i], line[i]);
                }
                rows.add(byName);
            }
            return rows;
        }
    }

    /** Cuts the last {@code count} fields off every CRLF line; for files whose cells hold no comma or quote. */
    private static String withoutLastColumns(String text, int count) {
        StringBuilder cut = new StringBuilder();
        for (String line : text.split("\r\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> fields = Arrays.asList(line.split(",", -1));
            cut.append(String.join(",", fields.subList(0, fields.size() - count))).append("\r\n");
        }
        return cut.toString();
    }
}
