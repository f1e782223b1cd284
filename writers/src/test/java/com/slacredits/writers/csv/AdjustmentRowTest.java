package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import com.slacredits.domain.Adjustment;
import com.slacredits.domain.AdjustmentKind;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Money;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdjustmentRowTest {

    private final AdjustmentRow row = new AdjustmentRow();

    private String line(Adjustment adjustment) {
        return String.join(",", row.cells(adjustment));
    }

    @Test
    void headerIsTheColumnOrderOfFilesMd() {
        assertThat(String.join(",", AdjustmentRow.HEADER)).isEqualTo(
                "adjustment_id,claim_id,contract_id,customer_id,service_month,kind,amount,currency,settlement");
        assertThat(row.header()).isEqualTo(AdjustmentRow.HEADER);
        assertThat(row.fileName()).isEqualTo("adjustments.csv");
    }

    @Test
    void creditIsSettledOnTheNextInvoice() {
        assertThat(line(October.CL_01.adjustment().orElseThrow()))
                .isEqualTo("ADJ-CL-01,CL-01,K-A1,CU-1,2026-10,SLA_CREDIT,500.00,EUR,NEXT_INVOICE");
    }

    @Test
    void terminationRefundIsPaidOut() {
        assertThat(line(October.CL_04.adjustment().orElseThrow()))
                .isEqualTo("ADJ-CL-04,CL-04,K-C1,CU-4,2026-10,TERMINATION_REFUND,16767.12,EUR,REFUND");
    }

    @Test
    void yenAmountHasNoDecimals() {
        Adjustment yen = new Adjustment("ADJ-CL-30", "CL-30", "K-J1", "CU-9", YearMonth.of(2026, 10),
                AdjustmentKind.SLA_CREDIT, new Money(new BigDecimal("5000"), October.JPY));

        assertThat(line(yen)).isEqualTo("ADJ-CL-30,CL-30,K-J1,CU-9,2026-10,SLA_CREDIT,5000,JPY,NEXT_INVOICE");
    }

    /** expected/adjustments.csv has no adjustment_id column, so the comparison goes by header name. */
    @Test
    void theOctoberFileHasTheExpectedValuesColumnByColumn(@TempDir Path output) throws Exception {
        List<Adjustment> adjustments = October.DECISIONS.stream()
                .map(ClaimDecision::adjustment)
                .flatMap(Optional::stream)
                .toList();

        Path written = CsvOutputFile.write(output, row, adjustments);

        List<Map<String, String>> ours = readByHeader(written);
        List<Map<String, String>> expected = readByHeader(October.EXPECTED.resolve("adjustments.csv"));
        assertThat(ours).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(ours.get(i)).containsAllEntriesOf(expected.get(i));
            assertThat(ours.get(i)).containsEntry("adjustment_id", "ADJ-" + expected.get(i).get("claim_id"));
        }
        assertThat(Files.readAllLines(written).get(0)).isEqualTo(String.join(",", AdjustmentRow.HEADER));
    }

    private static List<Map<String, String>> readByHeader(Path file) throws IOException, CsvException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> lines = csv.readAll();
            String[] header = lines.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                Map<String, String> byName = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    byName.put(header[i], line[i]);
                }
                rows.add(byName);
            }
            return rows;
        }
    }
}
