package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void aDownloadKeepsTheOutputFilesNotationAndTheirFormulaGuard() {
        StringWriter out = new StringWriter();
        CsvTable table = new CsvTable(out, List.of("customer_name", "amount", "note"));
        table.row("=HYPERLINK(\"http://x\")", "-300.00", "a, b");
        table.row("@SUM(A1)", "-2+3", "");
        table.flush();
        assertThat(out.toString()).isEqualTo("customer_name,amount,note\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-300.00,\"a, b\"\r\n"
                + "'@SUM(A1),'-2+3,\r\n");
    }

    @Test
    void aRowMustFillEveryColumnAndALeadGoesFirst() {
        CsvTable table = new CsvTable(new StringWriter(), List.of("a", "b"));
        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
        assertThat(CsvTable.led("2", new String[] {"x", "y"})).containsExactly("2", "x", "y");
    }
}
