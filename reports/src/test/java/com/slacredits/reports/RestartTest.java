package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.Chunk;

/** A run killed while rendering, then restarted: every statement exactly once, each one whole. */
class RestartTest {

    record Identity(Object fileKey, FileTime modified) {
        static Identity of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Identity(attributes.fileKey(), attributes.lastModifiedTime());
        }
    }

    @Test
    void aRunKilledWhileRenderingIsFinishedByItsRestart(@TempDir Path out) throws Exception {
        int customers = 400;
        Path statements = out.resolve(StatementItemWriter.FOLDER);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RenderingRun.class.getName(), out.toString(),
                Integer.toString(customers))
                .redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + "-child.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (finals(statements).size() < 20) {
                assertThat(child.isAlive()).as("the child run ended before it could be killed").isTrue();
                assertThat(System.nanoTime()).as("the child run rendered nothing in time").isLessThan(deadline);
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        List<Path> beforeRestart = finals(statements);
        assertThat(beforeRestart.size()).as("killed in the middle").isBetween(20, customers - 1);
        Map<Path, Identity> rendered = new HashMap<>();
        for (Path pdf : beforeRestart) {
            assertValidPdf(pdf);
            rendered.put(pdf, Identity.of(pdf));
        }

        RenderingRun.run(out, customers);

        List<Path> afterRestart = finals(statements);
        assertThat(afterRestart).hasSize(customers);
        for (Path pdf : afterRestart) {
            assertValidPdf(pdf);
        }
        for (Map.Entry<Path, Identity> before : rendered.entrySet()) {
            assertThat(Identity.of(before.getKey())).as("%s rendered again", before.getKey()).isEqualTo(before.getValue());
        }
        assertThat(temporaries(statements)).isEmpty();
    }

    @Test
    void aFailureMidChunkLeavesOnlyWholeFilesAndTheRetryRendersTheRest(@TempDir Path out) throws Exception {
        List<CustomerStatement> all = SyntheticCustomers.statements(8);
        StatementItemWriter writer = Statements.writer(out, true);
        Path statements = out.resolve(StatementItemWriter.FOLDER);
        Files.createDirectories(statements);
        // The fourth customer's temporary name is taken by a directory: its render fails, as a crash would.
        Path blocked = PdfTarget.temporaryFor(writer.targetFor("CX-00004"));
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("keep"), "a directory with a file cannot be opened, nor removed");
        // A killed run left half a PDF under the sixth customer's temporary name.
        Path halfWritten = PdfTarget.temporaryFor(writer.targetFor("CX-00006"));
        Files.write(halfWritten, "%PDF-1.5\n%half".getBytes());

        assertThatThrownBy(() -> writer.write(new Chunk<>(all))).isInstanceOf(IOException.class);
        List<Path> firstAttempt = finals(statements);
        assertThat(firstAttempt).extracting(p -> p.getFileName().toString())
                .containsExactly("CX-00001.pdf", "CX-00002.pdf", "CX-00003.pdf");
        Map<Path, Identity> rendered = new HashMap<>();
        for (Path pdf : firstAttempt) {
            assertValidPdf(pdf);
            rendered.put(pdf, Identity.of(pdf));
        }

        Files.delete(blocked.resolve("keep"));
        Files.delete(blocked);
        writer.write(new Chunk<>(all));

        assertThat(finals(statements)).hasSize(8).allSatisfy(RestartTest::assertValidPdf);
        for (Map.Entry<Path, Identity> before : rendered.entrySet()) {
            assertThat(Identity.of(before.getKey())).isEqualTo(before.getValue());
        }
        assertThat(temporaries(statements)).isEmpty();
    }

    @Test
    void renderingAnExistingStatementDoesNothing(@TempDir Path out) throws Exception {
        CustomerStatement statement = SyntheticCustomers.statements(1).get(0);
        StatementHeader header = October2026.run(false).headerFor(statement);
        Path target = out.resolve("CX-00001.pdf");
        assertThat(Statements.RENDERER.render(statement, header, target)).isTrue();
        Identity first = Identity.of(target);
        assertThat(Statements.RENDERER.render(statement, header, target)).isFalse();
        assertThat(Identity.of(target)).isEqualTo(first);
    }

    @Test
    void aCutOffStatementCountsAsMissing(@TempDir Path out) throws Exception {
        CustomerStatement statement = SyntheticCustomers.statements(1).get(0);
        StatementHeader header = October2026.run(false).headerFor(statement);
        Path target = out.resolve("CX-00001.pdf");
        Statements.RENDERER.render(statement, header, target);
        byte[] whole = Files.readAllBytes(target);
        // What a power cut after the rename could leave: the name, with only part of the content.
        Files.write(target, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThat(Statements.RENDERER.render(statement, header, target)).isTrue();
        assertValidPdf(target);
        Files.write(target, new byte[0]);
        assertThat(Statements.RENDERER.render(statement, header, target)).isTrue();
        assertValidPdf(target);
    }

    static List<Path> finals(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    static List<Path> temporaries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    static void assertValidPdf(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as(pdf.toString()).isPositive();
            assertThat(PdfText.of(pdf).flat()).contains("page 1 of");
        } catch (IOException e) {
            throw new AssertionError(pdf + " is not a valid PDF", e);
        }
    }
}
