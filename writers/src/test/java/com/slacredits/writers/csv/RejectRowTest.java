package com.slacredits.writers.csv;

import com.slacredits.domain.RejectedRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectRowTest {

    private final RejectRow row = new RejectRow();

    @Test
    void headerIsTheColumnOrderOfFilesMd() {
        assertThat(String.join(",", RejectRow.HEADER)).isEqualTo("file,line,reason,raw");
        assertThat(row.fileName()).isEqualTo("rejects.csv");
    }

    @Test
    void rowKeepsFileLineReasonAndRawText() {
        RejectedRow rejected = new RejectedRow("claims.csv", 14, "received_at has no offset",
                "CL-13,K-A1,2026-10,2026-11-02T09:00:00,EMAIL,,");

        assertThat(row.cells(rejected)).containsExactly(
                "claims.csv", "14", "received_at has no offset", "CL-13,K-A1,2026-10,2026-11-02T09:00:00,EMAIL,,");
    }

    @Test
    void rejectsAreOrderedByFileThenLine() {
        RejectedRow probes9 = new RejectedRow("probes.csv", 9, "r", "x");
        RejectedRow claims14 = new RejectedRow("claims.csv", 14, "r", "x");
        RejectedRow claims2 = new RejectedRow("claims.csv", 2, "r", "x");

        assertThat(List.of(probes9, claims14, claims2).stream().sorted(RejectedRow.IN_FILE_ORDER).toList())
                .containsExactly(claims2, claims14, probes9);
    }

    @Test
    void rawTextIsQuotedAndGuardedInTheFile(@TempDir Path output) throws IOException {
        List<RejectedRow> rejects = List.of(
                new RejectedRow("claims.csv", 14, "received_at has no offset", "CL-13,K-A1,2026-10,2026-11-02T09:00:00,EMAIL,,"),
                new RejectedRow("claims.csv", 15, "unknown channel", "=HYPERLINK(\"http://evil\",\"x\")"));

        Path written = CsvOutputFile.write(output, row, rejects);

        assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(
                "file,line,reason,raw\r\n"
                        + "claims.csv,14,received_at has no offset,\"CL-13,K-A1,2026-10,2026-11-02T09:00:00,EMAIL,,\"\r\n"
                        + "claims.csv,15,unknown channel,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n");
    }
}
