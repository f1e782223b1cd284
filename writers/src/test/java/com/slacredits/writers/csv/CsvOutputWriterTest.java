package com.slacredits.writers.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slacredits.domain.ClaimDecision;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class CsvOutputWriterTest {

    private static final String HEADER_LINE = String.join(",", DecisionRow.HEADER) + "\r\n";
    private static final String CL_01 = "CL-01,K-A1,CU-1,2026-10,CREDIT,TIER,99.887,99.900,10.000,84,50,60,500.00,EUR,NONE,NEXT_INVOICE,2026-10,standard-2024,EMAIL\r\n";
    private static final String CL_02 = "CL-02,K-A2,CU-2,2026-10,REJECTED,NO_CREDIT_DUE,99.887,99.800,,,50,60,,,NONE,,2026-10,standard-2024,PORTAL\r\n";
    private static final String CL_09 = "CL-09,K-ZZ,,2026-10,REJECTED,UNKNOWN_CONTRACT,,,,,,,,,NONE,,2026-10,,EMAIL\r\n";

    @TempDir
    Path output;

    private Path target() {
        return output.resolve("decisions.csv");
    }

    private Path part() {
        return output.resolve("decisions.csv.part");
    }

    private CsvOutputWriter<ClaimDecision> openWriter() {
        CsvOutputWriter<ClaimDecision> writer = new CsvOutputWriter<>(output, new DecisionRow(Packs.CATALOG));
        writer.open(new ExecutionContext());
        return writer;
    }

    @Test
    void namesItsFiles() {
        CsvOutputWriter<ClaimDecision> writer = new CsvOutputWriter<>(output, new DecisionRow(Packs.CATALOG));

        assertThat(writer.target()).isEqualTo(target());
        assertThat(writer.part()).isEqualTo(part());
    }

    @Test
    void writesToThePartFileAndPublishesOnlyOnCompletion() throws Exception {
        CsvOutputWriter<ClaimDecision> writer = openWriter();
        writer.write(Chunk.of(October.CL_01, October.CL_02));
        writer.update(new ExecutionContext());
        writer.write(Chunk.of(October.CL_09));

        assertThat(target()).doesNotExist();
        assertThat(Files.readString(part())).isEqualTo(HEADER_LINE + CL_01 + CL_02 + CL_09);

        writer.complete();
        writer.close();

        assertThat(part()).doesNotExist();
        assertThat(Files.readString(target(), StandardCharsets.UTF_8)).isEqualTo(HEADER_LINE + CL_01 + CL_02 + CL_09);
    }

    @Test
    void closingWithoutCompletionLeavesNoFinalFile() throws Exception {
        CsvOutputWriter<ClaimDecision> writer = openWriter();
        writer.write(Chunk.of(October.CL_01));
        writer.update(new ExecutionContext());

        writer.close();

        assertThat(target()).doesNotExist();
        assertThat(Files.readString(part())).isEqualTo(HEADER_LINE + CL_01);
    }

    @Test
    void aFailedWriteOutsideATransactionBlocksCompletion() throws Exception {
        CsvOutputWriter<String> writer = new CsvOutputWriter<>(output, new FailingFormat("boom"));
        writer.open(new ExecutionContext());

        assertThatThrownBy(() -> writer.write(Chunk.of("fine", "boom", "never")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(writer::complete)
                .isInstanceOf(ItemStreamException.class)
                .hasMessageContaining("earlier write failed");
        writer.close();

        assertThat(output.resolve("items.csv")).doesNotExist();
        assertThat(Files.readString(output.resolve("items.csv.part"))).isEqualTo("item\r\nfine\r\n");
    }

    @Test
    void aRerunEmptiesWhatAFailedRunLeftInThePartFile() throws Exception {
        Files.writeString(part(), HEADER_LINE + CL_01 + CL_02 + CL_09 + "CL-99,half a row");

        CsvOutputWriter<ClaimDecision> writer = openWriter();
        writer.write(Chunk.of(October.CL_02));
        writer.complete();
        writer.close();

        assertThat(Files.readString(target())).isEqualTo(HEADER_LINE + CL_02);
        assertThat(part()).doesNotExist();
    }

    @Test
    void aStepWithNoRowsPublishesTheHeaderAlone() throws Exception {
        CsvOutputWriter<ClaimDecision> writer = openWriter();
        writer.complete();
        writer.close();

        assertThat(Files.readString(target())).isEqualTo(HEADER_LINE);
    }

    @Test
    void completionReplacesAFileOfTheSameName() throws Exception {
        Files.writeString(target(), "old");

        CsvOutputWriter<ClaimDecision> writer = openWriter();
        writer.write(Chunk.of(October.CL_09));
        writer.complete();
        writer.close();

        assertThat(Files.readString(target())).isEqualTo(HEADER_LINE + CL_09);
    }

    @Test
    void completingTwiceIsHarmless() throws Exception {
        CsvOutputWriter<ClaimDecision> writer = openWriter();
        writer.write(Chunk.of(October.CL_09));
        writer.complete();
        writer.complete();
        writer.close();

        assertThat(Files.readString(target())).isEqualTo(HEADER_LINE + CL_09);
    }

    @Test
    void completionNeedsAnOpenWriter() {
        CsvOutputWriter<ClaimDecision> neverOpened = new CsvOutputWriter<>(output, new DecisionRow(Packs.CATALOG));
        assertThatThrownBy(neverOpened::complete).isInstanceOf(IllegalStateException.class);

        CsvOutputWriter<ClaimDecision> closed = openWriter();
        closed.close();
        assertThatThrownBy(closed::complete).isInstanceOf(IllegalStateException.class);
        assertThat(target()).doesNotExist();
    }

    @Test
    void aReusedWriterStartsOver() throws Exception {
        CsvOutputWriter<ClaimDecision> writer = openWriter();
        writer.write(Chunk.of(October.CL_01));
        writer.complete();
        writer.close();

        writer.open(new ExecutionContext());
        writer.write(Chunk.of(October.CL_09));
        assertThat(Files.readString(part())).isEqualTo(HEADER_LINE + CL_09);
        writer.close();

        assertThat(Files.readString(target())).as("the earlier, completed file").isEqualTo(HEADER_LINE + CL_01);
    }

    @Test
    void rowsOfARolledBackChunkNeverReachTheFile() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(new ResourcelessTransactionManager());
        CsvOutputWriter<ClaimDecision> writer = openWriter();

        transaction.executeWithoutResult(status -> {
            writer.write(Chunk.of(October.CL_01));
            assertThat(part()).content().as("held until commit").isEqualTo(HEADER_LINE);
        });
        transaction.executeWithoutResult(status -> {
            writer.write(Chunk.of(October.CL_02));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> writer.write(Chunk.of(October.CL_09, null))))
                .isInstanceOf(NullPointerException.class);
        transaction.executeWithoutResult(status -> writer.write(Chunk.of(October.CL_09)));
        writer.complete();
        writer.close();

        assertThat(Files.readString(target())).isEqualTo(HEADER_LINE + CL_01 + CL_09);
    }

    @Test
    void completionInsideAnUncommittedTransactionIsRefused() {
        TransactionTemplate transaction = new TransactionTemplate(new ResourcelessTransactionManager());
        CsvOutputWriter<ClaimDecision> writer = openWriter();

        transaction.executeWithoutResult(status -> {
            writer.write(Chunk.of(October.CL_01));
            assertThatThrownBy(writer::complete).isInstanceOf(IllegalStateException.class);
        });
        writer.close();

        assertThat(target()).doesNotExist();
    }

    /** One column; refuses the item it is told to, as a broken row would. */
    private record FailingFormat(String refused) implements OutputFormat<String> {

        @Override
        public String fileName() {
            return "items.csv";
        }

        @Override
        public List<String> header() {
            return List.of("item");
        }

        @Override
        public String[] cells(String item) {
            if (item.equals(refused)) {
                throw new IllegalArgumentException("cannot format " + item);
            }
            return new String[] {item};
        }
    }
}
