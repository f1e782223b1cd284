package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputFileTest {

    private static final List<String> HEADER = List.of("id", "text");

    @Test
    void fieldsWithCommaQuoteOrLineBreakRoundTripThroughOpenCsv(@TempDir Path output) throws Exception {
        Path file = output.resolve("text.csv");
        List<String[]> rows = List.of(
                new String[] {"1", "Acme, Inc."},
                new String[] {"2", "the \"big\" outage"},
                new String[] {"3", "first line\nsecond line"},
                new String[] {"4", "C:\\probes\\ü€"},
                new String[] {"5", "=SUM(1,2)"});

        CsvOutputFile.write(file, HEADER, rows);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "id,text\r\n"
                        + "1,\"Acme, Inc.\"\r\n"
                        + "2,\"the \"\"big\"\" outage\"\r\n"
                        + "3,\"first line\nsecond line\"\r\n"
                        + "4,C:\\probes\\ü€\r\n"
                        + "5,\"'=SUM(1,2)\"\r\n");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> read = csv.readAll();
            assertThat(read).hasSize(6);
            assertThat(read.get(0)).containsExactly("id", "text");
            assertThat(read.get(1)).containsExactly("1", "Acme, Inc.");
            assertThat(read.get(2)).containsExactly("2", "the \"big\" outage");
            assertThat(read.get(3)).containsExactly("3", "first line\nsecond line");
            assertThat(read.get(4)).containsExactly("4", "C:\\probes\\ü€");
            assertThat(read.get(5)).containsExactly("5", "'=SUM(1,2)");
        }
    }

    /** OpenCSV's reader turns an embedded CR LF into LF when reading; the file itself keeps it. */
    @Test
    void anEmbeddedCarriageReturnIsKeptInsideQuotes(@TempDir Path output) throws Exception {
        Path file = output.resolve("text.csv");

        CsvOutputFile.write(file, HEADER, List.<String[]>of(new String[] {"4", "carriage\r\nreturn"}));

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("id,text\r\n4,\"carriage\r\nreturn\"\r\n");
    }

    @Test
    void isUtf8WithoutByteOrderMark(@TempDir Path output) throws Exception {
        Path file = output.resolve("text.csv");

        CsvOutputFile.write(file, HEADER, List.<String[]>of(new String[] {"1", "Zürich"}));

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'i');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("id,text\r\n1,Zürich\r\n");
    }

    @Test
    void noRowsStillWritesTheHeader(@TempDir Path output) throws Exception {
        Path file = CsvOutputFile.write(output, new RejectRow(), List.of());

        assertThat(Files.readString(file)).isEqualTo("file,line,reason,raw\r\n");
        assertThat(output.resolve("rejects.csv.part")).doesNotExist();
    }

    @Test
    void aRowThatFailsLeavesNoFinalFile(@TempDir Path output) {
        Path file = output.resolve("text.csv");

        assertThatThrownBy(() -> CsvOutputFile.write(file, HEADER, List.of(
                new String[] {"1", "fine"},
                new String[] {"2", null})))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text");

        assertThat(file).doesNotExist();
        assertThat(output.resolve("text.csv.part")).exists();
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused(@TempDir Path output) {
        Path file = output.resolve("text.csv");

        assertThatThrownBy(() -> CsvOutputFile.write(file, HEADER, List.<String[]>of(new String[] {"1"})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    @Test
    void createsTheOutputFolderWhenMissing(@TempDir Path output) throws Exception {
        Path file = output.resolve("run").resolve("text.csv");

        CsvOutputFile.write(file, HEADER, List.of());

        assertThat(Files.readString(file)).isEqualTo("id,text\r\n");
    }
}
