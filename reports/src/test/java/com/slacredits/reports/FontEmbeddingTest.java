package com.slacredits.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every font of both documents is embedded: a reader without DejaVu sees exactly what we rendered. */
class FontEmbeddingTest {

    @TempDir
    static Path out;

    static List<Path> pdfs;

    @BeforeAll
    static void render() throws IOException {
        Statements.render(out, true, October2026.DECISIONS);
        Path summary = out.resolve("summary.pdf");
        new SummaryRenderer(Statements.REPORTS, Packs.CATALOG).render(October2026.summary(true),
                new SummaryParameters(StatementRun.DEFAULT_PROVIDER_NAME, 42, Path.of("in"), out, "embedded"), summary);
        pdfs = List.of(out.resolve("statements/CU-1.pdf"), out.resolve("statements/CU-4.pdf"), summary);
    }

    @Test
    void pdfboxFindsOnlyEmbeddedDejaVu() throws IOException {
        for (Path pdf : pdfs) {
            List<PDFont> fonts = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        fonts.add(resources.getFont(name));
                    }
                }
                assertThat(fonts).as(pdf.toString()).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                });
            }
        }
    }

    @Test
    void pdffontsAgrees() throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdffonts")), "pdffonts (poppler-utils) not installed");
        for (Path pdf : pdfs) {
            Process process = new ProcessBuilder("pdffonts", pdf.toString()).redirectErrorStream(true).start();
            List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(process.waitFor()).isZero();
            // Header, dashes, then one line per font; "emb" is the column after the encoding.
            List<String> fonts = lines.subList(2, lines.size());
            assertThat(fonts).as(pdf.toString()).isNotEmpty().allSatisfy(line -> {
                String[] columns = line.trim().split("\\s+");
                assertThat(columns[columns.length - 5]).as(line).isEqualTo("yes");
            });
        }
    }
}
