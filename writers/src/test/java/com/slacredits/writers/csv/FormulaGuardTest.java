package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.slacredits.domain.Channel;
import com.slacredits.domain.ClaimDecision;
import com.slacredits.domain.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {

    @Test
    void eachDangerousFirstCharacterGetsALeadingQuote() {
        assertThat(FormulaGuard.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaGuard.cell("+31 20 555 0100")).isEqualTo("'+31 20 555 0100");
        assertThat(FormulaGuard.cell("-2+3")).isEqualTo("'-2+3");
        // a negative number is a number; anything that merely starts like one is not
        assertThat(FormulaGuard.cell("-1.5E3")).isEqualTo("'-1.5E3");
        assertThat(FormulaGuard.cell("-300.00 ")).isEqualTo("'-300.00 ");
        assertThat(FormulaGuard.cell("-.5")).isEqualTo("'-.5");
        assertThat(FormulaGuard.cell("-3\n=1")).isEqualTo("'-3\n=1");
        assertThat(FormulaGuard.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(FormulaGuard.cell("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(FormulaGuard.cell("\r=cmd")).isEqualTo("'\r=cmd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CL-01", "99.887", "500.00", "a=b", "x+1", " =1", "'=already text", "\n=1", "K-A1", "-300.00", "-5000", "-1"})
    void safeCellsAreLeftAlone(String cell) {
        assertThat(FormulaGuard.cell(cell)).isEqualTo(cell);
    }

    @Test
    void theWriterGuardsEveryCellOfEveryRow(@TempDir Path output) throws IOException {
        Path file = output.resolve("cells.csv");

        CsvOutputFile.write(file, List.of("a", "b", "c"), List.of(
                new String[] {"=1", "ok", "@x"},
                new String[] {"+1", "-1", "\t2"}));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo("a,b,c\r\n" + "'=1,ok,'@x\r\n" + "'+1,-1,'\t2\r\n");
    }

    @Test
    void aGuardedClaimIdIsWrittenAsText(@TempDir Path output) throws IOException {
        ClaimDecision decision = October.rejected(
                October.claim("=WEBSERVICE(\"x\")", "K-ZZ", "2026-11-02T09:00:00Z", Channel.EMAIL, null, false),
                Optional.empty(), Reason.UNKNOWN_CONTRACT);

        Path written = CsvOutputFile.write(output, new DecisionRow(Packs.CATALOG), List.of(decision));

        assertThat(Files.readAllLines(written).get(1))
                .isEqualTo("\"'=WEBSERVICE(\"\"x\"\")\",K-ZZ,,2026-10,REJECTED,UNKNOWN_CONTRACT,,,,,,,,,NONE,,2026-10,,EMAIL");
    }
}
